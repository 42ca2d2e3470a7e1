"""What a question stem borrows from the rest of the article: its date and its place.

A clause that does not say when or where gets the governing "as of" phrase
("Năm 2023, ...") and the place it is about ("ở Lý Nhân, ...") put before it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from studyapp.core.article.charset import LOWER_CLASS, UPPER_CLASS
from studyapp.core.cards.pools import ALL_PROVINCES
from studyapp.core.facts import Fact
from studyapp.core.facts.places import LEVEL_RANK
from studyapp.core.model import FactKind

_PROVINCES = ALL_PROVINCES
_PLACE_SUBJECT_RE = re.compile(
    rf"^(?i:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh)\s+{UPPER_CLASS}"
)
_TIME_FRAME_START_RE = re.compile(
    r"(?i:(?:đến|tính đến|từ|trong|sau|vào)\s+(?:hết\s+)?)?"
    r"(?i:năm|tháng|ngày|quý|khi(?= nào)|giai đoạn|nhiệm kỳ)\b[^,]{0,25}?(?:(?:19|20)\d{2}|nào)"
)


@dataclass(frozen=True, slots=True)
class StemContext:
    """Article-wide facts a stem may borrow context from."""

    places_by_paragraph: Mapping[int, Sequence[tuple[int, int, str]]]
    # Sentence index -> the text of the paragraph's last earlier sentence that spoke of a
    # whole area ("toàn tỉnh ..."), or "" (see cards._scope_before).
    scope_before: Mapping[int, str]
    dominant_places: Mapping[str, str]
    quantity_spans: Mapping[int, Sequence[tuple[int, int]]]
    main_place: str = ""
    place_keys: frozenset[str] = frozenset()
    place_levels: Mapping[str, str] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    # (sentence index, name, honorific before the name or "") of the titled people each
    # paragraph names, in order: "đồng chí" is never a bishop's ("Giám mục").
    people_by_paragraph: Mapping[int, Sequence[tuple[int, str, str]]] = field(default_factory=dict)
    # The province of the paper that printed the article ("Báo Nam Định"), or "".
    paper_province: str = ""
    # Paragraph index -> who answers in it, in an interview ("ông Phạm Văn Hưng").
    speakers: Mapping[int, str] = field(default_factory=dict)
    # A titled person's name -> title ("Giám đốc Sở Lao động – Thương binh và Xã hội").
    titles: Mapping[str, str] = field(default_factory=dict)
    # Paragraph index -> the time a list of targets is for, for the list's items.
    targets: Mapping[int, str] = field(default_factory=dict)
    # Paragraph index -> its list's lead, for an item that opens with a label.
    labels: Mapping[int, str] = field(default_factory=dict)
    # The year the article was published, for "năm ngoái" and "năm nay" (0: unknown).
    year: int = 0
    # Paragraph index -> (sentence index, place) of someone reporting for a unit below the
    # main place: the figures from there on are that unit's.
    speaker_places: Mapping[int, tuple[int, str]] = field(default_factory=dict)
    # Sentence index -> the text of the sentence before it in its paragraph, if it has facts.
    sentence_before: Mapping[int, str] = field(default_factory=dict)
    # Kind ("bệnh viện", "trường") -> the one body of that kind the article names in full.
    bodies: Mapping[str, str] = field(default_factory=dict)
    # The place of a paragraph that names none, when the article has no main place.
    fallback_place: str = ""


def absolute_years(body: str, year: int) -> str:
    """``body`` with "năm ngoái" and "năm nay" written as the years they are, when known.

    "Năm ngoái, hợp tác xã xuất bán 1.200 tấn quả": a card read a year later would
    take "last year" for the wrong one.
    """
    if not year or "ăm " not in body:
        return body

    def absolute(m: re.Match[str]) -> str:
        if body.count("“", 0, m.start()) > body.count("”", 0, m.start()):
            return m.group(0)  # someone's own words stay as they were said
        return f"{m.group(1)} {year - 1 if m.group(2) == 'ngoái' else year}"

    return _RELATIVE_YEAR_RE.sub(absolute, body)


# Not "Tết năm nay", which in December is the coming year's.
# Nor a season that spans two years ("mùa khô năm nay" is 2024 – 2025).
_RELATIVE_YEAR_RE = re.compile(
    r"(?<!\w)(?<!Tết )(?<!mùa khô )(?<!mùa mưa )(?<!niên vụ )([Nn]ăm) (ngoái|nay)(?!\w)"
)


def context_prefix(fact: Fact, clause_text: str, ctx: StemContext) -> str:
    """What to put before a stem: the as-of phrase and the place, when it lacks them."""
    # Everything compared here comes from the same article text, so plain
    # case-folding is enough (and much cheaper than full normalisation).
    parts: list[str] = []
    key = clause_text.casefold()
    if (
        fact.as_of_phrase
        and fact.as_of_phrase.casefold() not in key
        and not _TIME_FRAME_START_RE.match(clause_text.lstrip())
    ):
        # A clause that opens on its own time ("đến tháng 6 năm 2023 còn 212 người",
        # "đến khi nào còn 212 người") takes no other date.
        parts.append(fact.as_of_phrase)
    if (
        fact.kind not in (FactKind.PLACE, FactKind.PERSON)
        and not _of_national_document(fact)
        and not _NATIONAL_RULE_RE.search(clause_text)
        # "Ở Nam Định, “Chúng tôi đặt mục tiêu ...”": a place before someone's words.
        and not _SPOKEN_RE.match(clause_text)
    ):
        if _WHOLE_PROVINCE_RE.search(key) and not any(p in key for p in ctx.place_keys):
            # "Toàn tỉnh hiện có 137 HTX": the article's one province, else the paper's.
            named = "tỉnh" in ctx.place_levels.values()
            province = _only_place(ctx, "tỉnh") if named else ctx.paper_province
            if province:
                parts.append("ở " + province)
            return ", ".join(parts)
        place = _place_context(fact, ctx)
        level = ctx.place_levels.get(place, "")
        own = _OWN_UNIT_RE.search(key)
        # "thu nhập bình quân đầu người của xã đạt 65,3 triệu đồng" in a district's
        # article, "... của người dân trong thôn": the one commune or village it names.
        if own and _rank(own[1]) < _rank(level) and (narrower := _only_place(ctx, own[1])):
            place, level = narrower, own[1]
        if wider := _wider_subject(clause_text, level):
            # The unit the clause is about, if the article names just one of that level.
            widest = [name for name, unit in ctx.place_levels.items() if unit == wider]
            if len(widest) == 1:
                place = widest[0]
            elif not widest and wider == "tỉnh" and ctx.paper_province:
                place = ctx.paper_province  # "Toàn tỉnh" in Báo Hà Nam is Hà Nam
            elif not (wider == "tỉnh" and place in _PROVINCES):
                place = ""  # "Ở Nam Định" stays: the city's name is the province's
            level = wider
        # "Huyện Lâm Hà có 31.500 ha cà phê": a place the article names once, bare.
        named = any(p in key for p in ctx.place_keys) or bool(_PLACE_SUBJECT_RE.match(clause_text))
        if (
            place
            and not named
            and not _wider_scope(key, level)
            and not key.lstrip().startswith("ở ")  # "Ở nội dung chạy 100 m ...": its own "ở"
            # The sentence's opening speaks for the whole ("thiên tai trên địa bàn tỉnh
            # đã làm ...; tổng thiệt hại ..."): its later clauses are the province's too.
            and not _opening_is_wider(fact.sentence.norm, fact.phrase_start, level)
        ):
            # The paragraph spoke of the whole province: its one province, or nothing
            # ("Nam Định" names both the city and the province).
            if (
                _wider_scope(ctx.scope_before.get(fact.sentence.index, ""), level)
                and level != "tỉnh"
                and place not in _PROVINCES
            ):
                place = _only_place(ctx, "tỉnh")
            if place:
                parts.append("ở " + place)
    return ", ".join(parts)


def lost_target(fact: Fact, kept_from: int, body: str) -> bool:
    """Whether a stem kept from ``kept_from`` on dropped what made its figure a target.

    "UBND tỉnh đặt mục tiêu ...; thu ngân sách đạt trên 9.500 tỷ đồng": asked
    as "Thu ngân sách đạt trên bao nhiêu tỷ đồng?", the target reads as what
    was achieved, and the real figure among the options makes it wrong.
    """
    norm = fact.sentence.norm
    if "mục tiêu" not in norm and "phấn đấu" not in norm and "Mục tiêu" not in norm:
        return False  # most sentences: no target at all
    return (
        _TARGET_RE.search(norm, 0, kept_from) is not None
        and _TARGET_RE.search(body) is None
        and _DONE_RE.search(body) is None  # "đến ngày 15/11, toàn tỉnh đã trồng được ..."
    )


# Not a target met or compared with ("vượt ... so với mục tiêu Nghị quyết"), nor
# "Chương trình mục tiêu quốc gia", a programme's name.
_TARGET_RE = re.compile(
    r"(?<!\w)(?i:phấn đấu|(?<!so với )(?<!vượt )(?<!đạt )(?<!thành )(?<!các )(?<!những )"
    r"mục tiêu(?! quốc gia)(?! nghị quyết)(?! (?:đó|này|trên|ấy)(?!\w)))(?!\w)"
)
# Done, or so far: "đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 41,8%" is no target.
_DONE_RE = re.compile(r"(?<!\w)(?:đã|đạt được|mới đạt|hiện đạt|đến nay|hiện nay)(?!\w)")


@lru_cache(maxsize=1024)
def _opening_is_wider(norm: str, upto: int, level: str) -> bool:
    """``_wider_scope`` of the sentence up to a fact (cached: each stem variant asks)."""
    return _wider_scope(norm[:upto].casefold(), level)


def _wider_scope(key: str, level: str) -> bool:
    """Whether the clause speaks of a whole area above ``level`` ("toàn tỉnh" for a xã).

    Or a body of the wider area acts in it ("Công an tỉnh đã bắt giữ ..."):
    the figure is the province's, not the district's the article is about.
    """
    if not _SCOPE_CUE_RE.search(key):
        return False  # neither "toàn/cả/địa bàn ..." nor a body of a level: most clauses
    if _NATIONAL_RE.search(key):
        return True  # "trên cả nước", "gạo 5% tấm của Việt Nam": wider than any place
    rank = LEVEL_RANK.get(level, 0)
    return any(
        f"{whole} {scope}" in key
        for scope, scope_rank in LEVEL_RANK.items()
        if scope_rank > rank
        for whole in ("toàn", "cả", "địa bàn")
    ) or any(
        (scope_rank > rank or (level == "quận" and scope == "thành phố"))  # a city's quận
        and f" {scope} " in key
        and _WIDER_BODY_RES[scope].search(key)
        for scope, scope_rank in LEVEL_RANK.items()
    )


def _wider_subject(clause: str, level: str) -> str:
    """The wider unit that the clause itself is about, unnamed; "" if none.

    "Quý I/2024, thành phố có 372 doanh nghiệp", "kinh tế thành phố đạt 6,15%",
    "Năm 2023, tỉnh đón 4,65 triệu lượt khách": the city's or province's
    figures, in an article whose headline names one of its districts. A quận
    is always a city's, so for one "thành phố" is the wider unit. Nothing is
    wider than a place of unknown level.
    """
    rank = _rank(level)
    if not rank:
        return ""
    for m in _BARE_SUBJECT_RE.finditer(clause):
        scope = m.group("scope").casefold()
        if LEVEL_RANK[scope] > rank or (level == "quận" and scope == "thành phố"):
            return scope
    return ""


# The level word alone, opening a clause or after "kinh tế", before a lower-case word
# that is not part of a body's name ("Huyện ủy", "Tỉnh đoàn").
_BARE_SUBJECT_RE = re.compile(
    r"(?:^|,\s|(?i:kinh tế)\s)(?P<scope>(?i:"
    + "|".join(sorted(LEVEL_RANK, key=len, reverse=True))
    + rf"))\s(?!(?:ủy|đoàn|đội|lỵ)(?!\w))(?={LOWER_CLASS})"
)


# The province as the clause's subject, not a rank in it ("xếp thứ 3 toàn tỉnh").
# Someone's words, then who said them: "“Chúng tôi ...”, ông Khải nói" (not a quoted
# name that opens the clause: "“Xây dựng đội ngũ cán bộ …” đã trở thành ...").
_SPOKEN_RE = re.compile(r"\s*[“\"][^”\"]*[”\"]\s*,")
_OWN_UNIT_RE = re.compile(r"(?<!\w)(?:của|toàn|cả|trong) (xã|thôn|bản|xóm|ấp)(?!\w)(?! hội)")


def _rank(level: str) -> float:
    """A level's rank; a village ("thôn", "làng", "xóm") is below every level a clause names."""
    return LEVEL_RANK.get(level, 0.5 if level in _BELOW_COMMUNE or level == "bản" else 0)


_BELOW_COMMUNE = frozenset({"thôn", "làng", "xóm", "ấp", "khu phố", "tổ dân phố"})
_WHOLE_PROVINCE_RE = re.compile(r"(?:^\s*|,\s)(?:toàn|cả) tỉnh(?!\w)")
_SCOPE_CUE_RE = re.compile(
    r"(?:toàn|cả|địa bàn|công an|ubnd|hđnd|của|quốc hội|đbqh|mttq|nhân dân|tand|vksnd|phòng"
    r"|quân sự|hội|lao động|xã hội|bhxh|sở|do|chính phủ) "
)
# Not a rank or a comparison ("xếp thứ 15 toàn quốc", "cao hơn mức trung bình của cả
# nước"), nor an event's name ("Đại hội đại biểu toàn quốc lần thứ XIV").
_NATIONAL_RE = re.compile(
    r"(?:trên (?:phạm vi )?cả nước|(?:trên|trong) toàn quốc(?! lần)|của việt nam"
    r"|(?<!\w)cả nước (?:đã|đang|sẽ|có|đạt|ghi nhận)"
    # The National Assembly or the Government acting: "Quốc hội sẽ xem xét 10 dự án luật",
    # "mức trợ cấp do Chính phủ quy định".
    r"|(?<!đoàn đại biểu )(?<!đbqh )(?<!của )quốc hội (?:sẽ|đã|đang|xem xét|thông qua|khóa)"
    r"|(?:do|của) chính phủ quy định)(?!\w)"
)
# "công an tỉnh đã ...", "ubnd tỉnh sẽ ...": a body of that level as the subject.
_WIDER_BODY_RES = {
    scope: re.compile(
        rf"(?:công an|ubnd|hđnd|đoàn đại biểu quốc hội|đoàn đbqh|ủy ban mttq|mttq"
        rf"|tòa án nhân dân|tand|viện kiểm sát nhân dân|vksnd|bộ đội biên phòng|biên phòng"
        rf"|bộ chỉ huy quân sự|hội nông dân|hội phụ nữ|hội cựu chiến binh|liên đoàn lao động"
        rf"|ngân hàng chính sách xã hội|bảo hiểm xã hội|bhxh|(?<!cơ )sở [^,;]{{2,40}}?) {scope}"
        r" (?:đã|đang|sẽ|vừa|cũng)(?!\w)"
    )
    for scope in LEVEL_RANK
}


def paper_province(paper: str) -> str:
    """The province a paper's name carries ("BÁO NAM ĐỊNH ĐIỆN TỬ" -> "Nam Định"), or ""."""
    for name in _PROVINCES_LONGEST_FIRST:
        if re.search(rf"(?<!\w)(?i:{re.escape(name)})(?!\w)", paper):
            return name
    return ""


_PROVINCES_LONGEST_FIRST = sorted(ALL_PROVINCES, key=lambda name: (-len(name), name))


def _of_national_document(fact: Fact) -> bool:
    """Whether the fact is a national document's number, date or session.

    "Quy định số 69-QĐ/TW ngày nào của Bộ Chính trị", "Nghị định số 100/2019/NĐ-CP":
    the Politburo's or the Government's, so "Ở Thái Bình" would misplace it.
    """
    if fact.kind not in (FactKind.DOCUMENT, FactKind.DATE, FactKind.ORDINAL):
        return False
    norm = fact.sentence.norm
    near = norm[max(0, fact.start - 40) : fact.end + 60]
    return _NATIONAL_DOCUMENT_RE.search(near) is not None


_NATIONAL_DOCUMENT_RE = re.compile(
    r"[-/](?:QĐi?/TW|NQ/TW|CT/TW|KL/TW|QĐ/TW|NĐ-CP|QĐ-TTg|CT-TTg|NQ-CP|TT-B\w+|QH\d+)(?!\w)"
    r"|(?<!\w)của (?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Thủ tướng|Chính phủ"
    r"|Quốc hội|Chủ tịch nước)(?!\w)"
)


# A rule of the land, not of the article's place: "theo khoản 1 Điều 60 Luật Giao thông
# đường bộ, người đủ 16 tuổi ...", "mức chuẩn ... theo Nghị định số 77/2024/NĐ-CP".
_NATIONAL_RULE_RE = re.compile(
    r"(?<!\w)(?:(?:khoản|điểm \w) \d*\s*Điều \d+"
    r"|(?i:theo) (?:quy định (?:của|tại) )?(?:Luật|Bộ luật|Nghị định|Thông tư|Hiến pháp)(?!\w))"
)


def _only_place(ctx: StemContext, level: str) -> str:
    """The article's one place of ``level``, or "" when it names none or several."""
    found = [name for name, unit in ctx.place_levels.items() if unit == level]
    return found[0] if len(found) == 1 else ""


def _place_context(fact: Fact, ctx: StemContext) -> str:
    """The article's main place, else the widest place named in the paragraph so far.

    The widest, and of those the last: in "thị xã Duy Tiên khởi công đường nối
    xã Mộc Bắc với xã Chuyên Ngoại" the figures that follow are Duy Tiên's.
    """
    if ctx.main_place:
        spoken = ctx.speaker_places.get(fact.paragraph_index)
        return spoken[1] if spoken and spoken[0] <= fact.sentence.index else ctx.main_place
    best, best_rank = "", -1
    for sentence_index, start, name in ctx.places_by_paragraph.get(fact.paragraph_index, ()):
        rank = LEVEL_RANK.get(ctx.place_levels.get(name, ""), 0)
        if (sentence_index, start) <= (fact.sentence.index, fact.start) and rank >= best_rank:
            best, best_rank = name, rank
    return best or ctx.fallback_place
