"""Quantities: counts of things, percentages and money.

A Vietnamese cardinal comes *before* its noun ("56 tổ chức cơ sở Đảng"),
while a number *after* a noun names something ("thôn 3", "bệnh nhân 251",
"Quận 7", "Trung ương 4"). So a count is a number followed by a noun and not
preceded by a naming noun; numbers glued to letters or dashes ("Covid-19",
"5K", "11/NQ") are never quantities. Qualifiers (trên, gần, hơn, khoảng,
đạt ...) are kept with the fact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from studyapp.core.article import Sentence
from studyapp.core.facts.base import NUMBER_RE, WORD_RE, Fact, SpanSet, word_set, words_before
from studyapp.core.facts.counted_nouns import LEVEL_WORDS, STOP_WORDS, TIME_UNITS, noun_phrase
from studyapp.core.facts.number_context import part_of_another
from studyapp.core.model import FactKind
from studyapp.core.numbers import MAGNITUDES, parse_number

QUALIFIERS: tuple[str, ...] = (
    "ước đạt",
    "ước tính",
    "lên tới",
    "lên đến",
    "ít nhất",
    "tối thiểu",
    "tối đa",
    "xấp xỉ",
    "trên",
    "gần",
    "hơn",
    "khoảng",
    "đạt",
    "chừng",
    "tới",
)
# Nouns after which a number is a name or an ordinal, not a quantity.
_ID_HEADS = word_set(
    """
    thôn xóm tổ khu ấp bản đội số phòng nhân bn ca đường phố ngõ ngách hẻm lộ ql tl quận
    phường lô tầng khoản điều chương mục phần khóa lớp nhóm trang tập kỳ kì đợt đoạn lần
    hạng top mẫu kiểu cấp covid mã hệ model cổng tuyến xe chuyến toa vùng cụm căn nhà lầu
    block tòa ương thứ năm tháng ngày giờ quý tuần hội họp phiên clip video ảnh hình bảng
    biểu phụ lục mốc km sân khoa bàn câu bài tiêu định quyết luận án hoạch mô-đun
    """
)
# Two-word naming nouns: "Vành đai 4", not "đất đai 864 hồ sơ"; the army's units
# ("Sư đoàn 320"), where "đoàn" alone counts people ("đoàn 12 người").
_ID_PAIRS = frozenset(
    {
        "vành đai",
        "sư đoàn",
        "trung đoàn",
        "lữ đoàn",
        "tiểu đoàn",
        "đại đoàn",
        "quân đoàn",
        "binh đoàn",
        "hải đoàn",
        "đường tỉnh",  # "đường tỉnh 917", "đường huyện 02": a road's number
        "đường huyện",
        "tỉnh lộ",
        "huyện lộ",
        "chương trình",  # "Chương trình 1719 giai đoạn 2021 – 2023": a programme's number
        "đề án",
    }
)
# A year written as a bare number ("vụ chiêm xuân 2025 toàn tỉnh") counts nothing.
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# "chính quyền (địa phương) 2 cấp": the name of a model of government, not a count.
_TIERS_RE = re.compile(r"(?:chính quyền|địa phương)\s$")
# Before a naming noun, these make it a verb ("đã cấp", "được khoanh").
_AUXILIARIES = word_set("đã đang sẽ được vừa mới đều cũng chưa")
# The magnitudes written out in words, longest first ("nghìn tỷ" before "nghìn");
# the abbreviations are read only in typed answers ("60tr", "500k").
_MAGNITUDE_WORDS = tuple(
    sorted((word for word in MAGNITUDES if word not in {"k", "tr"}), key=len, reverse=True)
)
# "đồng" is also the first syllable of common words: "15 đồng chí" are people.
_NOT_MONEY_DONG = (
    "chí bào nghiệp đội môn hương hành minh bằng ruộng lúa hồ thời loại cấp chủ tâm ý tình"
)
# Units of a rate written in more than one word.
_MULTI_WORD_RATES = (
    "doanh nghiệp,lao động,học sinh,sinh viên,hội viên,đảng viên,đơn vị,dự án,công trình,"
    "cơ sở,gia đình,hộ gia đình,nhân khẩu,đầu người,bệnh nhân,người dân,hồ sơ,vận động viên,"
    "học viên,trường hợp,lượt người,giường bệnh,suất ăn,sản phẩm,con giống,căn hộ"
)
CURRENCY_RE = re.compile(
    r"(?:đồng(?!\s+(?:" + "|".join(_NOT_MONEY_DONG.split()) + r")(?![^\W\d_]))"
    r"|vnđ|vnd|usd|đô la(?: mỹ)?|euro|eur|nhân dân tệ|yên)(?![^\W\d_])"
    # Per what: "đồng/hộ", "đồng/người/năm", "đồng/doanh nghiệp", "đồng/m2".
    r"(?:/(?:" + "|".join(_MULTI_WORD_RATES.split(",")) + r"|[^\W\d_]+[23²³]?)(?![^\W\d_]))*",
    re.IGNORECASE,
)
PERCENT_RE = re.compile(r"\s?%|\s+phần trăm(?!\w)")
_MEASURES = frozenset({
    "km2", "km²", "km", "m", "m2", "m²", "m3", "m³", "ha", "tấn", "tạ", "kg", "g", "gam",
    "mg", "miligam", "lít", "ml", "mw", "kw", "kwh", "cm", "mm",
    "lần",  # "gấp 1,4 lần" is offered other ratios, not "gấp 21 lần"
    "độ",  # "39 độ C" is offered temperatures, not the article's 174 cases
    "tuổi",  # "52 tuổi" is offered ages, not the article's 300 households
})  # fmt: skip
_GAP_TARGET_RE = re.compile(r"(?:thấp|cao|vượt) hơn (?:so với )?(?:mục tiêu|kế hoạch|chỉ tiêu)\s+$")
_CONVERSION_BEFORE_RE = re.compile(r"(?<!\w)(?:sào|mẫu|công)\s*\(\s*$", re.IGNORECASE)
_TERM_PART_RE = re.compile(r"\d\s+năm\s+$")
_PRISON_TERM_RE = re.compile(r"\s+(?:năm|tháng)\s+tù(?!\w)")
# A penalty's length: "thời gian thử thách 48 tháng", "tước giấy phép lái xe 24 tháng".
_PENALTY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:thử thách|tước giấy phép lái xe|cấm hành nghề|cải tạo không giam giữ"
    r"|(?<!gia )đình chỉ(?: hoạt động)?|tước quyền sử dụng giấy phép lái xe)"
    r"(?: (?:là|trong|thời hạn))?\s+$"
)
# "2 tạ 7 thóc": 2,7 tạ written in two parts; neither part is the amount.
_TWO_PART_RE = re.compile(r"\d\s+(?:tạ|tấn|yến|cân|kg)\s+\d")


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    head = text[:start].rstrip()
    lowered = head.casefold()
    for qualifier in QUALIFIERS:
        if lowered.endswith(qualifier) and (
            len(lowered) == len(qualifier) or not lowered[-len(qualifier) - 1].isalnum()
        ):
            begin = len(head) - len(qualifier)
            return head[begin:], begin
    return "", start


_QUOTED_NAME_WORDS = 12


def is_identifier(text: str, start: int) -> bool:
    """A number that follows a naming noun ("thôn 3") or a capitalised word ("TƯ 4")."""
    before = words_before(text, start, 2)
    if not before:
        return False
    previous = before[-1]
    gap = text[:start].rstrip()
    if not gap.endswith(previous):
        return False  # punctuation in between: the number starts a new phrase
    at_sentence_start = len(gap) == len(previous)
    if len(before) == 2 and f"{before[0]} {previous}".casefold() in _ID_PAIRS:
        return True
    if previous.casefold() in _ID_HEADS:
        if len(before) == 2 and before[0].casefold() in _AUXILIARIES:
            return False  # a verb: "đã cấp 725.480 thẻ", not "cấp 2"
        # "tổng số 6.968 đảng viên" is a total and "dân số 31.452 người" a population,
        # not "số 12".
        return not (
            previous.casefold() == "số"
            and len(before) == 2
            and before[0].casefold() in {"tổng", "với", "dân"}
        )
    if previous[:1].isupper() and not at_sentence_start:
        return previous.casefold() not in QUALIFIERS and previous.casefold() not in STOP_WORDS
    return False


def _magnitude_at(text: str, pos: int) -> tuple[str, int]:
    """A magnitude word ("triệu", "tỷ") right after the number."""
    rest = text[pos : pos + 12].casefold()
    for word in _MAGNITUDE_WORDS:
        if rest.startswith(" " + word) and not rest[len(word) + 1 : len(word) + 2].isalpha():
            return word, pos + 1 + len(word)
    return "", pos


def extract_quantities(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """Counts, percentages and money amounts of one sentence."""
    text = sentence.norm
    facts: list[Fact] = []
    for m in NUMBER_RE.finditer(text):
        start, end = m.start(), m.end()
        if claimed.overlaps(start, end):
            continue
        number = parse_number(m.group(0))
        if number is None or part_of_another(text, start, end) or _in_short_quote(text, start, end):
            continue
        if number == 0:
            continue  # "phiếu mua hàng 0 đồng" names a kind of voucher; nothing to recall
        qualifier, phrase_start = _qualifier_before(text, start)
        if number == 1 and not _magnitude_at(text, end)[0] and _per_unit(text, start, qualifier):
            continue  # "thu được trên 1 ha", "phân bón cho 1 ha": per hectare, not "one"
        fact = _percent(sentence, m, number, qualifier, phrase_start) or _money_or_count(
            sentence, m, number, qualifier, phrase_start
        )
        if fact is not None:
            facts.append(fact)
            claimed.add(fact.phrase_start, fact.phrase_end)
    return facts


def _per_unit(text: str, start: int, qualifier: str) -> bool:
    """Whether a "1" before it is "per one" ("trên 1 ha", "cho 1 ha", "mỗi 1 người")."""
    return qualifier.casefold() == "trên" or text[:start].rstrip().endswith((" cho", " mỗi"))


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether the number is part of a short quoted name: "“Chi bộ 4 tốt”", "“3 không”"."""
    opened = text.rfind("“", 0, start)
    if opened < 0 or text.rfind("”", opened, start) >= 0:
        return False
    closed = text.find("”", end)
    if closed < 0 or text.find("“", end, closed) >= 0:
        return False
    return len(text[opened + 1 : closed].split()) <= _QUOTED_NAME_WORDS


def _percent(
    sentence: Sentence, m: re.Match[str], number: Decimal, qualifier: str, phrase_start: int
) -> Fact | None:
    text = sentence.norm
    pm = PERCENT_RE.match(text, m.end())
    if pm is None:
        return None
    end = pm.end()
    noun_start, noun_end = noun_phrase(text, end)
    share_of = text[noun_start:noun_end] if noun_end > noun_start else _subject(text, m.start())
    return Fact(
        kind=FactKind.PERCENT,
        sentence=sentence,
        start=m.start(),
        end=end,
        ask_start=m.start(),
        ask_end=end,
        ask="bao nhiêu phần trăm",
        phrase_start=phrase_start,
        phrase_end=noun_end if noun_end > noun_start else end,
        value=number,
        unit=share_of,
        qualifier=qualifier,
        group="percent",
        # "chỉ đạt 89,7%, thấp hơn mục tiêu 95%": asked, the target reads as the gap;
        # "gạo 5% tấm" is a grade of rice.
        askable=not _GAP_TARGET_RE.search(text, max(0, m.start() - 30), m.start())
        and share_of.casefold().split()[:1] != ["tấm"],
    )


def _subject(text: str, start: int) -> str:
    """What a bare percentage is a share of: the clause text before its verb."""
    head = text[:start]
    cut = max(head.rfind(ch) for ch in ",;:")
    words = WORD_RE.findall(head[cut + 1 :])
    while words and words[-1].casefold() in {"chiếm", "đạt", "là", "bằng", "tỷ", "lệ", "tăng"}:
        words.pop()
    return " ".join(words)


def _compound_money(
    sentence: Sentence, m: re.Match[str], first: Decimal, after: int
) -> Fact | None:
    """An amount in two parts, "8 tỷ 650 triệu đồng": one figure, asked whole."""
    text = sentence.norm
    rest = _SECOND_PART_RE.match(text, after)
    if rest is None:
        return None
    second = parse_number(rest.group("n"))
    magnitude, end = _magnitude_at(text, rest.end("n"))
    scale = MAGNITUDES.get(magnitude, Decimal(0))
    currency = CURRENCY_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    if second is None or currency is None or not Decimal(0) < scale * 1000 <= first:
        return None
    return Fact(
        kind=FactKind.MONEY,
        sentence=sentence,
        start=m.start(),
        end=currency.end(),
        ask_start=m.start(),
        ask_end=end,  # "bao nhiêu đồng"
        ask="bao nhiêu",
        phrase_start=m.start(),
        phrase_end=currency.end(),
        value=first + second * scale,
        unit=text[end : currency.end()].strip(),
        group="money:compound",
    )


_SECOND_PART_RE = re.compile(r" (?P<n>\d{1,3}(?:,\d+)?)(?= )")


def _money_or_count(
    sentence: Sentence, m: re.Match[str], number: Decimal, qualifier: str, phrase_start: int
) -> Fact | None:
    text = sentence.norm
    magnitude, after = _magnitude_at(text, m.end())
    scale = MAGNITUDES.get(magnitude, Decimal(1))
    if magnitude and (compound := _compound_money(sentence, m, number * scale, after)):
        return replace(compound, qualifier=qualifier, phrase_start=phrase_start)
    if magnitude:
        cm = CURRENCY_RE.match(text, after + 1) if text[after : after + 1] == " " else None
    else:
        cm = CURRENCY_RE.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    if cm is not None:
        unit = text[m.end() : cm.end()].strip()
        return Fact(
            kind=FactKind.MONEY,
            sentence=sentence,
            start=m.start(),
            end=cm.end(),
            ask_start=m.start(),
            ask_end=m.end(),
            ask="bao nhiêu",
            phrase_start=phrase_start,
            phrase_end=cm.end(),
            value=number * scale,
            unit=unit,
            qualifier=qualifier,
            group="money:" + (magnitude + " " + text[cm.start() : cm.end()].split("/")[0]).strip(),
        )
    # "tuyên phạt bị cáo Trần Văn Hùng 30 tháng tù": a term after a name is no name's number.
    if is_identifier(text, m.start()) and not _PRISON_TERM_RE.match(text, m.end()):
        return None
    if not magnitude and not qualifier and _YEAR_RE.fullmatch(m.group(0)):
        return None
    noun_start, noun_end = noun_phrase(text, after)
    if noun_end <= noun_start:
        return None
    noun = text[noun_start:noun_end]
    # "tuyên phạt bị cáo H. 12 năm tù": a sentence is the fact a trial reports; not
    # "7 năm 6 tháng tù", whose parts read badly asked one at a time.
    prison_term = (
        noun in ("năm tù", "tháng tù")
        or _PENALTY_BEFORE_RE.search(text, max(0, m.start() - 32), m.start()) is not None
    ) and not _TERM_PART_RE.search(text, max(0, m.start() - 8), m.start())
    if noun.split()[0].casefold() in TIME_UNITS and not prison_term:
        return None  # "6 tháng đầu năm", "trong 5 năm": a period, not a count
    if noun.split()[0] == "sao":
        return None  # "OCOP 4 sao", "khách sạn 5 sao": a rating, not a count of stars
    if noun.split()[0] == "cấp" and _TIERS_RE.search(text, max(0, phrase_start - 16), phrase_start):
        return None
    words = noun.split()
    # "3 huyện Đam Rông, Lạc Dương, Đơn Dương": the names that follow give the count away.
    named_after = words[0] in LEVEL_WORDS and len(words) > 1 and words[1][:1].isupper()
    # "cán bộ dưới 35 tuổi chiếm 16,2%": an age bound names a group, it is no finding.
    age_bound = words[0] == "tuổi" and text[: m.start()].rstrip().endswith(
        (" dưới", " trên", " từ")
    )
    # "ông Nguyễn Văn Ba (62 tuổi)", "cụ Thao Pheng, 87 tuổi,": a speaker's age is no finding.
    age_aside = words[0] == "tuổi" and text[: m.start()].rstrip().endswith(("(", ","))
    # "mỗi sào (360 m2)": a unit's size, the same in every article, is no finding.
    conversion = _CONVERSION_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is not None
    two_part = bool(
        _TWO_PART_RE.match(text, m.start())
        or _TWO_PART_RE.search(text, max(0, m.start() - 10), m.end())
    )

    return Fact(
        kind=FactKind.COUNT,
        sentence=sentence,
        start=m.start(),
        end=after,
        ask_start=m.start(),
        ask_end=m.end(),
        ask="bao nhiêu",
        phrase_start=phrase_start,
        phrase_end=noun_end,
        value=number * scale,
        unit=(magnitude + " " + noun).strip(),
        qualifier=qualifier,
        # A measurement is offered only measurements of its unit: "24,87 km2" is never
        # given the article's "34" communes or "98" units as options.
        group=f"count:{measure}"
        if (measure := words[0].split("/")[0].casefold()) in _MEASURES
        else "count",
        askable=not (named_after or age_bound or age_aside or two_part or conversion),
    )
