"""Question stems: the asked span becomes "bao nhiêu ...", "nào", "thứ mấy" ...

A stem is built from the *clause* holding the fact (the sentence cut at
semicolons outside quotes), not the whole sentence:

* a list clause after a colon keeps the colon's lead-in as context
  ("Chuyển dịch cơ cấu kinh tế ...: Công nghiệp – Xây dựng chiếm bao nhiêu phần trăm?");
* leading connectives ("Vì thế,", "Đồng thời,") are dropped;
* what follows the asked phrase is kept only when short and free of other
  figures, unless the fact is the clause's subject (then the predicate is the
  question);
* when other figures crowd the text before the fact, a shorter variant keeps
  only the subject and its first verb ("Huyện Bình Lục có bao nhiêu thị trấn?");
* long quotations are cut to their first words;
* the governing "as of" phrase and the place are prefixed when the clause
  does not state them.

:func:`stem_variants` returns candidates best first; the builder takes the
first that does not give its answer away.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from studyapp.core.article import Sentence
from studyapp.core.article.charset import TITLE_WORD
from studyapp.core.cards.anaphora import named_body, named_level, named_measure, named_pronoun
from studyapp.core.cards.list_items import attendance_head, list_item_head
from studyapp.core.cards.list_tails import MAX_SUBJECT_TAIL_WORDS, cut_tail, tail_span
from studyapp.core.cards.openers import CONNECTIVE_RE
from studyapp.core.cards.person_stems import person_stem
from studyapp.core.cards.quotes import outside_quotes, shorten_quotes
from studyapp.core.cards.reported import as_reported, bare_name, body_led_by, quote_as_reported
from studyapp.core.cards.respective import respective
from studyapp.core.cards.stem_boundaries import boundaries, clause_span, starts_address
from studyapp.core.cards.stem_checks import (
    breaks_brackets,
    cuts_quote_short,
    ends_on_speech,
    has_twin_after,
    is_adverbial_only,
    is_box_line,
    is_label_row,
    is_thin,
    is_undefined_part,
    names_issued_document,
    says_only_where,
    speaks_unnamed,
)
from studyapp.core.cards.stem_context import (
    StemContext,
    absolute_years,
    context_prefix,
    lost_target,
)
from studyapp.core.cards.stem_finish import finish
from studyapp.core.facts import Fact
from studyapp.core.facts.base import WORD_RE
from studyapp.core.model import NUMERIC_KINDS, FactKind

MAX_STEM_WORDS = 50
_MAX_TAIL_WORDS = 20
_SUBJECT_WORDS = 3
_TIME_LEFT_WORDS = 6

_DELEGATES_RE = re.compile(
    r"(?<!\w)cùng\s+(?=(?:hơn |gần |trên )?[\d.]+\s+(?:đại biểu|hội viên|đoàn viên)(?!\w))"
)
_SUBJECT_END_RE = re.compile(
    r"(?<!\w)(?:đã|đang|sẽ|luôn|thường xuyên|tiếp tục|cần|phải|đều|cũng)(?!\w)"
)
_MAX_SUBJECT_WORDS = 15
# A ';' clause starting with one of these verbs shares the sentence's subject.
_CONTINUATION_RE = re.compile(
    r"(?:(?:đã|đang|sẽ|cũng|còn) )?"  # "...; đã giải quyết xong 10 đơn"
    r"(?:chỉ đạo|tăng cường|đẩy mạnh|nâng cao|tổ chức|triển khai|thực hiện|xây dựng|ban hành"
    r"|phát huy|tập trung|tiếp tục|quan tâm|chú trọng|duy trì|hoàn thành|phối hợp|vận động"
    r"|tuyên truyền|kiểm tra|giám sát|huy động|hỗ trợ|giải quyết|đầu tư|làm tốt|lãnh đạo"
    r"|đổi mới|củng cố|kiện toàn|rà soát|đôn đốc|phát động|khen thưởng|trao"
    r"|tịch thu|thu hút|tiếp nhận|xử lý|xử phạt|phát hiện|bắt giữ|kê khai|xác minh|tặng"
    r"|giải ngân|thành lập|kết nạp|tiêu hủy|di dời|sơ tán|cấp|tạo việc làm"
    # Deeds of a campaign: "...; lắp đặt 26 tuyến đường điện; trồng mới 18.500 cây xanh".
    r"|lắp đặt|trồng mới|trồng|thu gom|nạo vét|làm mới|sửa chữa|tu sửa|nâng cấp|xây mới"
    r"|cải tạo|khám|hiến|mở|đào tạo|tập huấn|bồi dưỡng|cứu vớt|cứu|tư vấn|cho vay|khởi công"
    r"|khánh thành|bàn giao|tiêm|điều trị|đón|phục vụ|giới thiệu|dạy)(?!\w)"
)
_MAX_NEAR_WORDS = 20
# The colon that opens a count's items, with its "gồm": "5 lĩnh vực: thương mại – đầu tư".
_ITEMS_COLON_RE = re.compile(r"(?:,?\s(?:bao )?gồm)?:\s")
_BARE_NAME_RE = re.compile(rf"\s*{TITLE_WORD}(?:\s{TITLE_WORD}){{0,3}}\s*")
_BEFORE_CHARS = 40
_LABEL_RE = re.compile(r"^\s*[^\s:]+(?:\s[^\s:]+){0,9}:\s")
_MEASURE_LABEL_RE = re.compile(
    r"^(\s*(?i:tổng|số|tỷ lệ|giá trị|thu|chi|diện tích|sản lượng|kim ngạch|doanh thu|mức|năng suất)"
    r"(?:\s[^\s:]+){0,9}):\s"
)


def stem_variants(fact: Fact, ctx: StemContext) -> Iterator[str]:
    """Candidate question stems for a fact, best first (may be none).

    Lazy: the caller usually takes the first one.
    """
    if fact.template is not None and fact.kind is not FactKind.PERSON:
        yield fact.template  # a table's cell, asked with its header and row
        return
    if fact.template is not None:
        stem = person_stem(fact, ctx)
        if stem:
            yield stem
        return
    sentence = fact.sentence
    text = sentence.text
    cs, ce, lead = clause_span(sentence.norm, fact.ask_start)
    if cs > 0 and not lead:
        lead = _bracketed_item_lead(sentence.norm, cs, ce)
    left = text[cs : fact.phrase_start].lstrip()
    while True:
        stripped = CONNECTIVE_RE.sub("", left, count=1).lstrip()
        if stripped == left:
            break
        left = stripped
    if delegates := _DELEGATES_RE.search(left):
        # "đồng chí X, Bí thư Huyện ủy cùng 145 đại biểu đại diện cho 412 đảng viên": the
        # delegates represent the members, not the guests named before them.
        left = left[delegates.end() :]
    left_begin = fact.phrase_start - len(left)
    own_left = left
    if cs > 0 and not lead and _CONTINUATION_RE.match(sentence.norm[cs:].lstrip()):
        shared = _shared_subject(sentence.text, sentence.norm)
        if shared:
            left = shared + " " + left
    mid = text[fact.phrase_start : fact.ask_start] + fact.ask + text[fact.ask_end : fact.phrase_end]
    spans = [
        (s, e)
        for s, e in ctx.quantity_spans.get(sentence.index, ())
        if not (s == fact.phrase_start and e == fact.phrase_end)
    ]
    paired = respective(fact, ctx.quantity_spans.get(sentence.index, ()), (cs, ce), mid)
    if paired is not None and not paired.body and not paired.last:
        return  # one of figures given "lần lượt" that no subject can be paired with
    speaker = ctx.speakers.get(fact.paragraph_index, "")
    if (
        fact.kind in NUMERIC_KINDS and has_twin_after(fact, spans) and not (paired and paired.body)
    ) or (speaks_unnamed(sentence.text) and not speaker):
        return  # no cut of the sentence would name who "tôi" is
    if cs > 0 and fact.kind in NUMERIC_KINDS and _BARE_NAME_RE.fullmatch(own_left):
        return  # "...tuyên phạt bị cáo Khải 20 năm tù; Đỗ Văn Long 12 năm tù": no verb left
    tail_start, tail_end, whole = tail_span(fact, spans, ce, sentence.norm)
    left_words = len(WORD_RE.findall(own_left))
    # An opening time ("Khoảng 14 giờ ngày 1/9, khi ..., tàu bị sóng đánh gãy bánh lái")
    # is followed by its event: the tail is the clause's predicate, as after a subject.
    is_subject = left_words <= _SUBJECT_WORDS or (
        fact.kind is FactKind.DATE and left_words <= _TIME_LEFT_WORDS
    )
    limit = MAX_SUBJECT_TAIL_WORDS if is_subject else _MAX_TAIL_WORDS
    before_tail = text[max(fact.phrase_start, tail_start - _BEFORE_CHARS) : tail_start]
    tail = cut_tail(
        text[tail_start:tail_end],
        limit,
        whole=whole,
        longest=is_subject and whole,
        before=before_tail,
        continues=tail_start == fact.phrase_end,
    )
    if fact.kind in NUMERIC_KINDS and (colon := _ITEMS_COLON_RE.search(tail)):
        tail = tail[: colon.start()]  # "bao nhiêu lĩnh vực: thương mại – đầu tư": one of them
    # Not a bare "Cụ thể:" or "Trong đó:": it leads into nothing the question can say.
    lead_text = (
        lead + " " if lead and lead not in left and not CONNECTIVE_RE.fullmatch(lead) else ""
    )
    whole_tail = text[tail_start:tail_end]
    own_body = own_left + mid + tail
    fronted = cut_before_comma(whole_tail, tail) and is_adverbial_only(own_body, mid)
    issued = ""  # kept last: a document with its issuer, when no main clause fits
    if fronted:
        if names_issued_document(own_body, mid):
            issued = lead_text + shorten_quotes(own_left, unclosed=False) + mid + tail
        # "Theo Quyết định số nào ngày 28/7/2023 của UBND thành phố" lost what was
        # decided: the main clause after the fronted adverbial is the predicate.
        tail = cut_tail(whole_tail, MAX_SUBJECT_TAIL_WORDS, whole=whole, longest=whole)
    short_of_clause = cut_before_comma(whole_tail, tail)

    variants = [lead_text + shorten_quotes(left, unclosed=False) + mid + tail]
    if cs == 0 and (breakdown_of := _with_breakdown_of(sentence, ctx)):
        # "Bắc Ninh thu hút 3,2 tỷ USD vốn FDI. Trong đó, cấp mới 89 dự án": of what.
        variants.insert(0, breakdown_of + shorten_quotes(left, unclosed=False) + mid + tail)
    before = [(s, e) for s, e in spans if cs <= s < fact.phrase_start]
    if (attended := attendance_head(fact)) is not None:
        variants.insert(0, lead_text + text[:attended] + " " + mid + tail)
    # Not for figures given "lần lượt": "lần lượt là bao nhiêu" would hide the others.
    head = list_item_head(fact, left_begin, before, tail) if paired is None else None
    if head is not None:
        short = lead_text + text[left_begin:head] + " " + mid + tail
        if len(before) >= 2:
            variants.insert(0, short)
        else:
            variants.append(short)
    # Fallbacks for crowded sentences: without the borrowed subject, then
    # starting at the last boundary close enough to the asked phrase.
    variants.append(lead_text + shorten_quotes(own_left, unclosed=False) + mid + tail)
    if issued:
        variants.append(issued)
    if paired is not None and paired.body:
        variants = [lead_text + paired.body]  # "số người chết giảm bao nhiêu phần trăm"
    seen: set[str] = set()
    for i, body in enumerate([*variants, ""]):
        if i == len(variants):
            # Not for a fronted adverbial: its main clause follows, not precedes it.
            near = "" if fronted or paired else _near_left(own_left)
            if not near:
                return
            body = near + mid + tail
        if (
            not body.replace(mid, "", 1).strip()  # a list's bullet: "• 12,8 bác sĩ/vạn dân"
            or is_thin(body, mid, fact)
            or is_label_row(body, mid)
            or says_only_where(body, mid, fact.kind)
            or ends_on_speech(body)
            or is_box_line(body, mid)
            or breaks_brackets(body, mid, fact.kind)
            or is_undefined_part(body, mid, fact.ask)
            or cuts_quote_short(body, mid, fact)
            or (body != issued and short_of_clause and is_adverbial_only(body, mid))
        ):
            continue
        reported = speaks_unnamed(body)
        bare_head = ""
        title = ctx.titles.get(bare_name(speaker), "") if speaker else ""
        if reported:
            # An interview's answer: "Theo ông X, Sở Y đặt mục tiêu ..." for "Chúng tôi ...".
            said = as_reported(body, speaker, title)
            if not speaker or said is None:
                continue
            body = said
        elif speaker and (named := body_led_by(body, title)) is not None:
            # Kept as it was if the body's full name makes the stem too long.
            bare_head, body, reported = body, named, True
        body = plain = quote_as_reported(
            named_body(named_measure(named_level(body, fact, ctx), fact, ctx), ctx), mid
        )
        if not body:
            continue
        labelled = _LABEL_RE.match(body) is not None
        if labelled and body.startswith(mid, body.find(": ") + 2):
            # "Tổng vốn đầu tư toàn xã hội: bao nhiêu tỷ đồng?" reads "... là bao nhiêu ...".
            body = _MEASURE_LABEL_RE.sub(r"\1 là ", body, count=1)
        if (list_lead := ctx.labels.get(fact.paragraph_index)) and labelled:
            # "Thị trấn Ba Sao: bao nhiêu phần trăm?" says not what the figure is.
            body = f"{list_lead} – {body}"
        prefix = context_prefix(fact, body, ctx)
        if reported:
            prefix = f"{prefix}, theo {speaker}" if prefix else f"theo {speaker}"
        if (target_time := ctx.targets.get(fact.paragraph_index)) is not None:
            # An item of a list of targets ("- Giới thiệu 250 hội viên ưu tú ...").
            goal = f"theo mục tiêu {target_time}".rstrip()
            prefix = f"{prefix}, {goal}" if prefix else goal
        elif lost_target(fact, left_begin, body):
            prefix = f"{prefix}, theo mục tiêu" if prefix else "theo mục tiêu"
        # With the name of whoever a bare "Đồng chí" is if it fits; else without the list's lead.
        for named in dict.fromkeys((named_pronoun(body, fact, ctx), body, plain)):
            stem = absolute_years(finish(named, prefix, ctx.given_names), ctx.year)
            if len(stem.split()) <= MAX_STEM_WORDS:
                break
        else:
            if bare_head:
                stem = absolute_years(
                    finish(bare_head, context_prefix(fact, bare_head, ctx), ctx.given_names),
                    ctx.year,
                )
        if stem not in seen and len(stem.split()) <= MAX_STEM_WORDS:
            seen.add(stem)
            yield stem


def _with_breakdown_of(sentence: Sentence, ctx: StemContext) -> str:
    """The sentence before and ", trong đó ", when this one opens a breakdown of it; or "".

    Only a short one: it goes whole into the question.
    """
    if not _BREAKDOWN_OPENER_RE.match(sentence.norm):
        return ""
    before = ctx.sentence_before.get(sentence.index, "").rstrip(" .;:")
    if not before or len(WORD_RE.findall(before)) > _MAX_BREAKDOWN_OF_WORDS:
        return ""
    return before + ", trong đó "


_BREAKDOWN_OPENER_RE = re.compile(r"^\s*(?i:trong đó)\s*[,:]\s*")
_MAX_BREAKDOWN_OF_WORDS = 20


def _bracketed_item_lead(norm: str, start: int, end: int) -> str:
    """The lead of a ';' list whose items each give their figure in brackets, or "".

    "Nguyên nhân chủ yếu do đi không đúng phần đường (chiếm 31,6%); chuyển hướng không quan
    sát (22,4%); ...": the later items are causes too ("Nguyên nhân chủ yếu do").
    """
    if not _BRACKETED_ITEM_RE.fullmatch(norm, start, end):
        return ""
    head = _ITEM_LEAD_RE.match(norm)
    return head.group(1) if head and head.end() <= norm.find(";") else ""


_BRACKETED_ITEM_RE = re.compile(r"\s*[^();,]{3,80}\((?:chiếm\s+)?[\d.,]+\s*(?:%|\S+)?\)\s*\.?\s*")
_ITEM_LEAD_RE = re.compile(r"([^;,:()]{3,60}?\s(?:do|là|gồm|gồm có|như))\s")


def _shared_subject(text: str, norm: str) -> str:
    """The subject of a sentence's first clause, for a later clause that omits it.

    "Ban chấp hành Đảng bộ huyện thường xuyên quan tâm ...; nâng cao ..." ->
    "Ban chấp hành Đảng bộ huyện". Empty when no auxiliary marks its end.
    """
    first_cut = norm.find(";")
    end = first_cut if first_cut > 0 else len(norm)
    # Else the first clause's own verb: "các cơ quan hành chính các cấp tiếp 3.208 lượt".
    m = _SUBJECT_END_RE.search(norm, 0, end) or _FIRST_VERB_RE.search(norm, 0, end)
    if m is None:
        return ""
    subject = CONNECTIVE_RE.sub("", text[: m.start()].strip(), count=1)
    # The time goes before the stem anyway ("Năm 2024, ..."); a topic keeps its comma,
    # unless it is what makes the subject too long ("Trong lĩnh vực ..., các cơ sở Đoàn").
    subject = _TIME_OPENER_RE.sub("", subject).strip(" ,")
    if len(WORD_RE.findall(subject)) > _MAX_SUBJECT_WORDS:
        subject = _FIELD_OPENER_RE.sub("", subject).strip(" ,")
    if subject[:3].casefold() == "về ":
        subject += ","
    words = len(WORD_RE.findall(subject))
    return subject if 1 <= words <= _MAX_SUBJECT_WORDS else ""


_FIELD_OPENER_RE = re.compile(r"^(?i:trong|ở|về|đối với|tại)\s+[^,]{1,80},\s*")
_FIRST_VERB_RE = re.compile(r"\s(?:tiếp|thu hút|tiếp nhận|kiểm tra|phát hiện|xử lý)\s")
_TIME_OPENER_RE = re.compile(
    r"^(?:(?i:từ|đến|trong|tính đến|sau)\s+)?(?i:năm|tháng|quý|ngày|sáng|chiều|tối|đến nay"
    r"|hiện nay)[^,]{0,40},\s*"
)


def _near_left(left: str) -> str:
    """The end of a long left context, from the last boundary within the word limit."""
    short = shorten_quotes(left, unclosed=False)
    if len(WORD_RE.findall(short)) <= _MAX_NEAR_WORDS:
        return ""
    outside = outside_quotes(short)
    for m in boundaries(short):
        if outside[m.start()] and len(WORD_RE.findall(short[m.end() :])) <= _MAX_NEAR_WORDS:
            kept = short[m.end() :]
            if starts_address(kept):
                continue  # "huyện Tri Tôn, UBND tỉnh ...": the address has lost its place
            if CONNECTIVE_RE.match(kept.lstrip()):  # ", và phối hợp ..."
                kept = CONNECTIVE_RE.sub("", kept.lstrip(), count=1)
            return kept if len(WORD_RE.findall(kept)) >= 2 else ""
    return ""


def cut_before_comma(whole: str, kept: str) -> bool:
    """Whether ``kept``, the start of ``whole``, leaves out a comma and what follows it."""
    return whole.startswith(kept) and "," in whole[len(kept) :]
