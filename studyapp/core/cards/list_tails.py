"""What a stem keeps after its asked phrase: where the tail ends, and where it is cut.

In "35 tập thể và 72 cá nhân được khen thưởng" the items share their
predicate, so a question about the 35 keeps "được khen thưởng"; in "đạt trên
70%, 100% kết quả ... được số hóa" or after a breakdown's "trong đó có" they
do not. A tail too long for a question is cut at a natural boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.article.charset import LOWER_CLASS, UPPER_CLASS
from studyapp.core.cards.quotes import outside_quotes, shorten_quotes, word_count
from studyapp.core.cards.stem_boundaries import boundaries
from studyapp.core.facts import Fact
from studyapp.core.facts.base import WORD_RE
from studyapp.core.model import NUMERIC_KINDS, FactKind

MAX_SUBJECT_TAIL_WORDS = 40
_MIN_CUT_WORDS = 5
_RANK = r"(?:đại|thượng|trung|thiếu) (?:tá|úy|uý|tướng)"  # "Đại úy Lò Văn Pọm"
_PERSON_NEXT_RE = re.compile(rf"\s*(?i:đồng chí|ông|bà|anh|chị|{_RANK})\s+{UPPER_CLASS}")
# ", trong khi xã Chính Lý tập trung ...": another place's doings, not this one's.
_CONTRAST_NEXT_RE = re.compile(r"\s*(?:trong khi|còn)\s")
_CONTRAST_RE = re.compile(r",\s*trong khi\s")
# The comparator may open the next figure's phrase ("trên 50 triệu USD").
# Not "với tổng số tiền trên 1,6 tỷ đồng": an amount beside the count, not a threshold.
# "62% nạn nhân là người trên 50 tuổi": who is counted, as with "có" and "với".
_THRESHOLD_RE = re.compile(r"\s(?:có|với|là)\s(?![^,;:]*tổng)[^,;:]{0,40}?\s")
_ADJACENT_BOUND_RE = re.compile(r"\s(?:từ|trên|dưới)\s")
_COMPARATOR_RE = re.compile(r"(?:trên|dưới|từ|hơn|gần|tới)\s")
_COORDINATOR_RE = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")
_RANGE_END_RE = re.compile(r"^[^,;]{0,60}?\s(?:giảm|tăng)?\s?(?:xuống|lên)?\s?(?:còn|đến|tới)?\s*$")
_OWN_NOUN_WORDS = 2  # "100% kết quả giải quyết ...", not "50% mức" closing a list of shares
_OWN_DOING_RE = re.compile(r"%\s(?:\S+\s){1,3}?(?:tập luyện|sử dụng|tham gia|sinh sống|làm việc)\s")
# "trong đó có" lists nouns, so a clause after the last one is that noun's; after a bare
# "trong đó" the items share a predicate ("trong đó 6 tổ chức, 15 đảng viên đến mức ...").
_BREAKDOWN_BEFORE_RE = re.compile(r"(?<!\w)(?:trong đó có|gồm có|bao gồm)\s+$")
# How what coordinated figures share begins: a predicate ("35 tập thể và 72 cá nhân được
# khen") or a phrase of place, time or purpose ("..., 3.400 cây giống cho hộ nghèo").
_PREDICATE_START_RE = re.compile(
    r"\s*(?:được|đã|đang|sẽ|đều|cũng|bị|có|đạt|là|vừa|mới|còn|tham gia|nhận|hoàn thành"
    r"|tiếp tục|phải|cần|cho|về|trong(?! nước)|từ|trên|tại|ở|của|để|theo|đến|vào|sau|trước|khi|qua"
    r"|thuộc|nhằm|phục vụ"
    # Who the items are by what befell them: "23 bác sĩ và 17 điều dưỡng nghỉ việc".
    r"|nghỉ việc|nghỉ hưu|chuyển công tác|mắc|tử vong|thiệt mạng|xin|đăng ký|trúng tuyển"
    r"|tốt nghiệp|thoát nghèo|nhập ngũ|bỏ học)(?!\w)"
)


# The counted's own verb, with nothing but words up to the next figure.
_OWN_VERB_GAP_RE = re.compile(
    r"\s(?:phải|cần|được|bị|đã|đang|sẽ|đều|vừa|tham gia|đóng góp)\s[^,;:()]*"
)


def tail_span(
    fact: Fact, spans: Sequence[tuple[int, int]], clause_end: int, norm: str
) -> tuple[int, int, bool]:
    """The text kept after a fact: (start, end, whether end is the clause's end).

    Figures in the tail would crowd a figure question, so it stops at the next
    one; but in "35 tập thể và 72 cá nhân được khen thưởng" the items share
    their predicate, so coordinated figures are skipped, not the predicate.
    """
    if fact.kind not in NUMERIC_KINDS:
        return fact.phrase_end, clause_end, True
    following = sorted((s, e) for s, e in spans if fact.phrase_end <= s < clause_end)
    start = fact.phrase_end
    bare_share = fact.kind is FactKind.PERCENT and norm[fact.start : fact.phrase_end].endswith("%")
    if (
        following
        and (
            # "159.400 người từ 60 tuổi trở lên": without it the count is another.
            _ADJACENT_BOUND_RE.fullmatch(norm, fact.phrase_end, following[0][0])
            # The bound read as the next figure's own: "14 người | trên 100 tuổi".
            or (
                not norm[fact.phrase_end : following[0][0]].strip()
                and _ADJACENT_BOUND_RE.match(norm, following[0][0] - 1) is not None
            )
            or (
                _THRESHOLD_RE.fullmatch(norm, fact.phrase_end, following[0][0])
                and (
                    _COMPARATOR_RE.match(norm, following[0][0])
                    or _COMPARATOR_RE.search(norm, following[0][0] - 6, following[0][0])
                )
            )
        )
    ):
        # "có 3 dự án có vốn đăng ký trên 50 triệu USD": the threshold says which of
        # them are counted, so the question keeps it, as if it were part of the noun.
        if len(following) == 1:
            return fact.phrase_end, clause_end, True
        return fact.phrase_end, following[1][0], False
    if following and norm[max(0, fact.start - 3) : fact.start] == "từ ":
        s, e = following[0]
        if _RANGE_END_RE.match(norm[fact.phrase_end : s]):
            # "từ 98 đơn vị ... giảm còn 34 đơn vị": where the change ended says what
            # the start was, so the question keeps it (whole: up to that figure).
            return fact.phrase_end, e, True
    last_item = ""
    for s, e in following:
        if (
            not _COORDINATOR_RE.match(norm[start:s])
            # "đạt trên 70%, 100% kết quả ... được số hóa": a share of what went
            # before, then another of its own noun; they share no predicate.
            or (bare_share and len(norm[s:e].partition("%")[2].split()) >= _OWN_NOUN_WORDS)
            # "có 612 học sinh, 98,5% là học sinh dân tộc Mông": a share of the count,
            # whose predicate is the share's alone.
            or (fact.kind is not FactKind.PERCENT and norm[s:e].endswith("%"))
        ):
            if _own_predicates(fact.unit, last_item):
                return start, start, False
            if (
                start == fact.phrase_end
                and _OWN_VERB_GAP_RE.fullmatch(norm, start, s)
                and " và " not in f"{norm[start:s]} "  # "... và 13,5 bác sĩ": another item
            ):
                # "có 9 em phải đi bộ từ 3 – 5 km mới đến trường": what they do says who
                # is counted; the next figure is part of it, shown, up to the next comma.
                comma = norm.find(",", e, clause_end)
                return start, comma if comma >= 0 else clause_end, comma < 0
            return start, s, False
        start, last_item = e, norm[s:e]
    if start != fact.phrase_end and (
        not _PREDICATE_START_RE.match(norm, start)
        or _own_predicates(fact.unit, last_item)
        # "trong đó có 1.096 thương binh, 478 bệnh binh, 62 người ... bị nhiễm chất độc
        # hóa học": what follows a breakdown's last item qualifies that item only.
        or _after_breakdown(fact, spans, norm)
        # "38% dân số tập luyện thể thao thường xuyên và 100% xã ... có trung tâm": a
        # share that says its own doing does not share the next one's.
        or (
            fact.kind is FactKind.PERCENT
            and _OWN_DOING_RE.search(norm, fact.start, fact.phrase_end) is not None
        )
    ):
        # After the last item comes the rest of its own noun ("2 thiết bị bay | không
        # người lái"), not a predicate the items share.
        return start, start, False
    return start, clause_end, True


def _own_predicates(unit: str, last_item: str) -> bool:
    """Whether the items say their own predicate: "4 người chết, 152 người bị thương".

    The fact's noun goes on past the last item's ("người chết" after "người"), so
    what follows the last item ("bị thương") is that item's alone.
    """
    own = unit.casefold().split()
    other = [w for w in WORD_RE.findall(last_item.casefold()) if not w[0].isdigit()]
    return 0 < len(other) < len(own) and own[: len(other)] == other


def _after_breakdown(fact: Fact, spans: Sequence[tuple[int, int]], norm: str) -> bool:
    """Whether the list the fact is an item of follows "trong đó có": a breakdown of nouns."""
    first = fact.start
    for s, e in sorted(spans, reverse=True):
        if e <= first and _COORDINATOR_RE.match(norm[e:first]):
            first = s
        elif e <= first:
            break
    return bool(_BREAKDOWN_BEFORE_RE.search(norm, max(0, first - 16), first))


# The link from a count's own noun to the next figure: "14.382 doanh nghiệp và tổ chức
# sử dụng hóa đơn điện tử, trong đó 1.947 ...", "137 vụ lừa đảo chiếm đoạt tài sản qua
# mạng với tổng thiệt hại khoảng 46 tỷ đồng": what comes before it is the noun's.
_NEXT_FIGURE_LINK_RE = re.compile(
    r"(?:,\s*(?:trong đó(?:\scó)?|bao gồm|gồm(?:\scó)?)"
    r"|(?<!\sso)\svới\s(?:tổng|số tiền|kinh phí|trị giá)[^,;:]{0,25})\s*$"
)
_MAX_OWN_NOUN_WORDS = 12
# A list of short items ending in "và ...": "cán bộ y tế thôn, chi hội trưởng phụ nữ và
# trưởng thôn"; a cut at the comma before it would leave only the first item.
_ITEM = r"[^\s\d,;:.()“”\"]+(?:\s[^\s\d,;:.()“”\"]+){0,4}"
# Not a clause of its own: ", tập trung vào giáo dục, nông nghiệp và ...".
_CLAUSE_VERB = r"(?:tập trung|nhằm|góp phần|đồng thời|tạo|giúp|đưa|phấn đấu|bảo đảm|đảm bảo)\s"
_ENUMERATION_RE = re.compile(
    rf"\s*+(?!{_CLAUSE_VERB})(?:{_ITEM},\s*)*{_ITEM}\svà\s(?={LOWER_CLASS})"
)
_QUALIFIER_START_RE = re.compile(
    r"\s(?:đang|được|đã|bị|còn|theo|tại|trong|vào|ra|từ|cho|bằng|đạt|có|–)(?!\w)"
)
_LINK_RE = re.compile(r"\s(?:với|thông qua|qua|cho|tại|trong|gồm|bằng)\s")


def _last_link(tail: str) -> int:
    """Where the last preposition of a tail cut before another figure starts (-1: none).

    Only a tail that qualifies the counted noun ("đang được vay vốn", "bị xử phạt",
    "theo Nghị định số ...") is kept; any other may be the rest of another item.
    """
    if not _QUALIFIER_START_RE.match(tail):
        return -1
    last = -1
    for m in _LINK_RE.finditer(tail):
        last = m.start()
    return last if len(WORD_RE.findall(tail[:last])) >= 2 else -1


def cut_tail(
    tail: str, limit: int, *, whole: bool, longest: bool, before: str = "", continues: bool = False
) -> str:
    """What follows the asked phrase, cut at a natural boundary within ``limit`` words.

    ``whole`` says the text runs to the end of the clause; otherwise another
    figure follows. A tail that is too long is cut at its first boundary, or
    with ``longest`` (the fact is the subject: the tail is its predicate) at
    the last boundary within the limit. ``before`` is the text right before
    the tail, looked at to tell a set phrase's comma ("129 xã, phường");
    ``continues`` says the tail starts right after the asked phrase.
    """
    short = shorten_quotes(tail, unclosed=True)
    contrast = _CONTRAST_RE.search(short)
    if contrast is not None and outside_quotes(short)[contrast.start()]:
        short = short[: contrast.start()]
    if whole and word_count(short, WORD_RE) <= limit:
        return short
    outside = outside_quotes(short)
    if continues and not whole and (linked := _NEXT_FIGURE_LINK_RE.search(short)):
        own = short[: linked.start()]
        if (
            0 < word_count(own, WORD_RE) <= _MAX_OWN_NOUN_WORDS
            and all(outside[: linked.start()])
            and own.count("(") == own.count(")")
        ):
            return own
    best = 0
    joined = before + short
    cut_found = False
    listed_to = -1  # the end of a list the cut may not fall inside
    fallback = 0  # the list's first comma, if nothing after the list will do
    for found in boundaries(joined, len(before), colons=True):
        start, end = found.start() - len(before), found.end() - len(before)
        if not outside[start] or short.count("(", 0, start) > short.count(")", 0, start):
            continue  # not inside quotes or brackets: "(sinh năm 1995, trú tại ...)"
        if word_count(short[:start], WORD_RE) > limit:
            break
        if start < listed_to:
            continue
        if not longest and short[start] == "," and (listed := _ENUMERATION_RE.match(short, end)):
            listed_to = listed.end()
            fallback = fallback or start
            continue
        best, cut_found = start, True
        if _PERSON_NEXT_RE.match(short, end) or _CONTRAST_NEXT_RE.match(short, end):
            break  # a new subject starts: its predicate would be cut off
        if longest:
            continue
        # In a whole tail, a very short first piece is probably the start of an
        # enumeration ("các cấp ủy, chính quyền"): look for the next boundary.
        if not whole or len(WORD_RE.findall(short[:best])) >= _MIN_CUT_WORDS:
            break
    if (
        not cut_found
        and fallback
        and not (whole and word_count(short, WORD_RE) <= MAX_SUBJECT_TAIL_WORDS)
    ):
        best, cut_found = fallback, True
    if best == 0 and not whole and (bracket := short.find(" (")) > 0 and outside[bracket]:
        # Before another figure in brackets: "trong đó 1.104 đảng viên | là người dân tộc
        # thiểu số (41,09%)" keeps what the count is of.
        best = bracket
    if (
        continues
        and not cut_found
        and not whole
        and (link := _last_link(short)) > 0
        and outside[link]
    ):
        # Before the link to the next figure: "bao nhiêu hộ hội viên đang được vay vốn từ
        # quỹ | thông qua 486 dự án" keeps what the count is of.
        best = link
    if best == 0 and whole and word_count(short, WORD_RE) <= MAX_SUBJECT_TAIL_WORDS:
        # No boundary to cut at: the whole predicate, rather than a question
        # that stops at its subject ("... bao nhiêu phần trăm trạm y tế?").
        return short
    kept = short[:best]
    words = WORD_RE.findall(kept)
    # One word goes on with the asked phrase ("trợ cấp thất" + " nghiệp"), unless a
    # comma or other figures stand before it.
    return kept if len(words) >= 2 or (words and continues and kept[:1].isspace()) else ""
