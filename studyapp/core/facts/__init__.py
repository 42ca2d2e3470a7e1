"""Fact extraction: one module per fact family, run in a fixed order.

Order matters because a span claimed by one family is not read again by the
next: document codes first (they hold numbers and dates), then dates and
periods, ordinals, ranges, quantities, quoted names, people, and finally places
(which need the whole article to know the level of a bare place name).

Each fact carries the "as of" date governing its sentence: the one stated in
the sentence, or else the last one stated earlier in the same paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.article import Article
from studyapp.core.article.list_leads import result_items
from studyapp.core.facts.base import Fact, SpanSet
from studyapp.core.facts.dates import AsOf, extract_dates, find_as_of, leading_year
from studyapp.core.facts.documents import extract_documents
from studyapp.core.facts.lunar_dates import extract_lunar_dates
from studyapp.core.facts.mentions import extract_mentions
from studyapp.core.facts.names import extract_names, is_quotation
from studyapp.core.facts.ordinals import extract_ordinals
from studyapp.core.facts.people import extract_people, has_title
from studyapp.core.facts.places import dominant_places, extract_places
from studyapp.core.facts.quantities import extract_quantities
from studyapp.core.facts.ranges import extract_ranges
from studyapp.core.facts.tables import extract_table_cells
from studyapp.core.model import FactKind

__all__ = ["Fact", "dominant_places", "extract_facts", "is_quotation"]

_DIGIT_RE = re.compile(r"\d")
_ORDINAL_HINT_RE = re.compile(r"\d|(?<!\w)[IVXLCDM]+(?!\w)")
_QUOTE_HINT_RE = re.compile(r"[“\"«]")

# Names, people and places quoted inside someone's words are not asked: the
# stem would have to cut the quotation open. Figures inside quotes still are.
_WORDY_KINDS = frozenset({FactKind.NAME, FactKind.PERSON, FactKind.PLACE, FactKind.DOCUMENT})


def _quoted(article: Article, fact: Fact) -> bool:
    """Whether the fact sits inside a “…” quotation of its paragraph."""
    text = article.paragraphs[fact.paragraph_index].text
    at = fact.sentence.offset + fact.ask_start
    return text.count("“", 0, at) > text.count("”", 0, at)


# "bạn" as "you", the reader: after a kinship word or a preposition ("bố bạn", "cho bạn"),
# or opening a clause ("bạn được hưởng"); not "bạn bè", "bạn đọc", "các bạn trẻ".
_TO_THE_READER_RE = re.compile(
    r"(?:(?<!\w)(?i:bố|mẹ|cha|ông|bà|anh|chị|em|con|vợ|chồng|gia đình|nhà|của|cho|với|thì)"
    r"(?:\s+(?:trai|gái|ruột|cả|út))?\s+|(?:^|,)\s*)[Bb]ạn(?!\s+(?:bè|đọc|trẻ|học|hữu|nhỏ|đồng|thân|cùng|đời|hàng|nghề|lớp)(?!\w))"
    r"(?!\w)"
)


def _in_quoted_name(article: Article, fact: Fact) -> bool:
    """Whether the fact sits inside a quoted name, not quoted words.

    "tọa đàm “Nâng cao giá trị chuỗi cà phê giai đoạn 2025 – 2030”": a blank in a
    name ("giai đoạn nào”") asks for a piece of a title. Words someone said follow a
    colon ("cho biết: “...”") or run long.
    """
    text = article.paragraphs[fact.paragraph_index].text
    at = fact.sentence.offset + fact.ask_start
    opening = text.rfind("“", 0, at)
    closing = text.find("”", at)
    if opening < 0 or closing < 0:
        return False
    before = text[:opening].rstrip()
    return (
        not before.endswith((":", ",", "."))
        and bool(before)
        and len(text[opening:closing].split()) <= _MAX_NAME_WORDS
    )


_MAX_NAME_WORDS = 20
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MOVES_ON_RE = re.compile(
    r"(?<!\w)(?:đến|tới|sang) (?:hết |cuối )?(?:ngày|tháng|năm|quý)\s[^,;.]{0,20}?(?:19|20)\d{2}",
    re.IGNORECASE,
)


_NOW_RE = re.compile(
    r"(?<!\w)(?:hiện nay|hiện có|hiện đang|năm nay|(?<!trước )đến nay)(?!\w)|^Hiện\s"
    # "nghề biển hiện giải quyết việc làm cho ...": "hiện" as "now", not "thực hiện",
    # "phát hiện", "hiện đại", "hiện vật" ...
    r"|(?<!thực )(?<!xuất )(?<!phát )(?<!thể )(?<!biểu )(?<!\w)hiện"
    r" (?!đại|tượng|vật|trường|trạng|hành|thực|diện|ra|lên)(?=\w+ )",
    re.IGNORECASE,
)
_FUTURE_RE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|phấn đấu)(?!\w)", re.IGNORECASE)
_SPAN_START_RE = re.compile(r"(?<!\w)từ (?:ngày |tháng )?[\d/.\-]+\s+$")


def _before_the_article(as_of: AsOf, article: Article) -> bool:
    """Whether the as-of's years all lie before the article's own (a plan is not of them)."""
    years = [int(y) for y in _YEAR_RE.findall(as_of.phrase)]
    return article.date is not None and bool(years) and max(years) < article.date.year


def _names_another_year(text: str, as_of: AsOf) -> bool:
    own = set(_YEAR_RE.findall(as_of.phrase))
    return any(year not in own for year in _YEAR_RE.findall(text))


def _moves_to_later_year(text: str, as_of: AsOf) -> bool:
    """Whether the sentence dates an event after the year carried over: the story moved on.

    A day or a month ("khánh thành ngày 26/8/2023"), not a term or a target's year
    ("nhiệm kỳ 2024 – 2029", "đến năm 2025"), which say nothing of when things are.
    """
    own = [int(year) for year in _YEAR_RE.findall(as_of.phrase)]
    return bool(own) and any(int(m.group(1)) > max(own) for m in _DATED_RE.finditer(text))


_DATED_RE = re.compile(
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]|tháng \d{1,2}(?:/| năm ))((?:19|20)\d{2})(?!\d)"
)


def _deadline_after(fact: Fact, as_of: AsOf) -> bool:
    """Whether ``as_of``, stated in the fact's own sentence, is a target's deadline after it."""
    norm = fact.sentence.norm
    return as_of.start > fact.end and _TARGET_BEFORE_RE.search(norm, 0, as_of.start) is not None


_TARGET_BEFORE_RE = re.compile(r"(?i:phấn đấu|mục tiêu|dự kiến|kế hoạch)\s+$")


def extract_facts(article: Article) -> tuple[Fact, ...]:
    """All facts of an article, in reading order."""
    claimed = [SpanSet() for _ in article.sentences]
    facts: list[Fact] = []
    governing: dict[int, AsOf | None] = {}
    stated_in: set[int] = set()  # sentences whose "as of" is their own, not carried over
    current: AsOf | None = None
    paragraph = -1
    for sentence in article.sentences:
        if sentence.paragraph_index != paragraph:
            paragraph = sentence.paragraph_index
            current = None
        stated = find_as_of(sentence)
        if stated is not None:
            stated_in.add(sentence.index)
        current = stated or current
        # A date carried over from an earlier sentence does not govern one that
        # names a year of its own ("…, nhiệm kỳ 2024 – 2029 đã thành công").
        now = stated is None and current is not None and _NOW_RE.search(sentence.norm)
        if (
            stated is None
            and current is not None
            and (
                now
                or _names_another_year(sentence.norm, current)
                or (_FUTURE_RE.search(sentence.norm) and _before_the_article(current, article))
            )
        ):
            # Nor one set in its own time: "Năm 2020, chị được vay 50 triệu đồng. Đến
            # nay, đàn lợn ...", "Hội sẽ ra mắt thêm 5 mô hình".
            governing[sentence.index] = None
            if now or _moves_to_later_year(sentence.norm, current):
                # "Hiện nay trang trại có ... Trang trại tạo việc làm ...": now too; "Năm 2022,
                # xã đạt chuẩn ... khánh thành ngày 26/8/2023. Từ khi ...": 2023 on.
                current = None
        else:
            governing[sentence.index] = current
        if stated is not None and (
            _MOVES_ON_RE.search(sentence.norm, stated.end)
            # "diễn ra từ ngày 23/2 đến hết ngày 26/2/2024": a span's end dates no more.
            or _SPAN_START_RE.search(sentence.norm, max(0, stated.start - 40), stated.start)
        ):
            # "Năm 2015, biên chế là 242 người; đến tháng 6 năm 2023 còn 212": what
            # follows is no longer as of 2015.
            current = None
        spans = claimed[sentence.index]
        text = sentence.norm
        found = len(facts)
        if text.rstrip(' ”"').endswith("?"):
            continue  # an interviewer's question states nothing
        # Cheap tests first: most sentences hold no digit, quote or title.
        if _DIGIT_RE.search(text):
            facts += extract_documents(sentence, spans)
            facts += extract_dates(sentence, spans, stated)
            facts += extract_lunar_dates(sentence, spans)
        if _ORDINAL_HINT_RE.search(text):
            facts += extract_ordinals(sentence, spans)
        if _DIGIT_RE.search(text):
            facts += extract_ranges(sentence, spans)
            facts += extract_quantities(sentence, spans)
        if _QUOTE_HINT_RE.search(text):
            facts += extract_names(sentence, spans)
        if has_title(text):
            facts += extract_people(sentence, spans)
        year = leading_year(sentence, stated) if stated else None
        if year is not None and year.group == "month":
            # "Tháng 3/1938, đồng chí được cử ...": asked, and the time of what follows.
            facts.append(year)
        elif year is not None and len(facts) == found:
            # An event's year, asked: not the context of this sentence or the next.
            facts.append(year)
            governing[sentence.index] = current = None
        facts += extract_mentions(sentence, spans)
    # The paper's own province ("Báo Nam Định", above the headline or in the imprint)
    # is as plain as the title's place.
    plain = f"{article.title} {article.publisher or ''} {article.site or ''}"
    facts += extract_places(article.sentences, claimed, plain)
    facts += extract_table_cells(article.paragraphs, article.sentences)

    # A place inside a person's title ("Chủ tịch UBND xã Thanh Hà") is asked
    # through the person; "... Chủ tịch UBND xã nào cho biết?" reads badly.
    titles: dict[int, list[str]] = {}
    for fact in facts:
        if fact.kind is FactKind.PERSON:
            titles.setdefault(fact.sentence.index, []).append(fact.unit)
    dated: list[Fact] = []
    periods = result_items(article.paragraphs)
    for fact in facts:
        if fact.kind is FactKind.PLACE and any(
            fact.answer in title for title in titles.get(fact.sentence.index, ())
        ):
            fact = replace(fact, askable=False)
        if fact.sentence.paragraph_index in article.subheads or (
            "ạn" in fact.sentence.norm and _TO_THE_READER_RE.search(fact.sentence.norm)
        ):
            # Nor a reader's own case in a legal column: "Khi bố bạn mất năm 2019, ...".
            fact = replace(fact, askable=False)
        as_of = governing.get(fact.sentence.index)
        if (
            as_of is not None
            and fact.kind is FactKind.DATE
            and fact.sentence.index in stated_in
            and as_of.start == fact.start
        ):
            as_of = None  # the leading month asked itself
        if as_of is None and (period := periods.get(fact.paragraph_index)):
            as_of = AsOf(date=period, phrase=period, start=-1, end=-1)  # a list item's period
        if fact.sentence.index in stated_in and as_of and _deadline_after(fact, as_of):
            as_of = None  # "..., phấn đấu đến hết tháng 9 năm 2024 hoàn thành ...": a target's
        if _quoted(article, fact):
            wordy = fact.kind in _WORDY_KINDS or _in_quoted_name(article, fact)
            fact = replace(fact, quoted=True, askable=fact.askable and not wordy)
        dated.append(fact.with_as_of(as_of.date, as_of.phrase) if as_of else fact)
    dated.sort(key=lambda f: (f.sentence.index, f.start, f.end, f.kind.value))
    return tuple(dated)
