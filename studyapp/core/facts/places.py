"""Places with their administrative level: "xã Bồ Đề", "huyện Bình Lục", "tỉnh Hà Nam".

A first pass finds level + capitalised name; a second pass finds the same
names written bare ("ở Bình Nghĩa") and gives them the level they had
elsewhere. The article's dominant place (mentioned most, at least three
times) and places named in the title are what the article is about, so they
are not asked ("Huyện nào ...?" would be trivial), only kept as context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core.article import Sentence
from studyapp.core.article.charset import CAP_WORD, UPPER_CLASS
from studyapp.core.facts.base import Fact, SpanSet
from studyapp.core.facts.place_lists import in_name_list, list_colon_before, list_items
from studyapp.core.model import FactKind
from studyapp.core.vietnamese import comparable

LEVELS: dict[str, str] = {
    "thành phố": "thành phố",
    "tp.": "thành phố",
    "tp": "thành phố",
    "thị trấn": "thị trấn",
    "thị xã": "thị xã",
    "tx.": "thị xã",
    "tổ dân phố": "tổ dân phố",
    "khu phố": "khu phố",
    "xã": "xã",
    "huyện": "huyện",
    "tỉnh": "tỉnh",
    "thôn": "thôn",
    "phường": "phường",
    "quận": "quận",
    "xóm": "xóm",
    "làng": "làng",
    "ấp": "ấp",
    # A party committee named by its place: "Huyện ủy Ý Yên" names huyện Ý Yên.
    "huyện ủy": "huyện",
    "huyện uỷ": "huyện",
    "tỉnh ủy": "tỉnh",
    "tỉnh uỷ": "tỉnh",
    "thành ủy": "thành phố",
    "thành uỷ": "thành phố",
    "thị ủy": "thị xã",
    "thị uỷ": "thị xã",
    "quận ủy": "quận",
    "quận uỷ": "quận",
}
# How wide an area each level covers, for "toàn tỉnh" against a place's level.
LEVEL_RANK = {
    "tỉnh": 3, "huyện": 2, "thị xã": 2, "thành phố": 2, "quận": 2, "xã": 1, "phường": 1,
    "thị trấn": 1,
}  # fmt: skip
_LEVEL_ALT = "|".join(
    re.escape(k) for k in sorted((k for k in LEVELS if k[0].islower()), key=len, reverse=True)
)
_PLACE_RE = re.compile(
    # Not the "xã" of "Hợp tác xã Nông nghiệp Ea Tân", a cooperative, nor the "làng"
    # of "Già làng Lò Văn Piềng", a village elder.
    rf"(?<![\w.])(?<![Tt]ác )(?<![Gg]ià )(?P<level>(?i:{_LEVEL_ALT})|TP\.?|Tp\.?|TX\.)\s+"
    # "Phan Rang - Tháp Chàm": two names joined by a dash are one place.
    rf"(?P<name>{CAP_WORD}(?:\s{CAP_WORD}){{0,2}}(?:\s[-–]\s{CAP_WORD}(?:\s{CAP_WORD}){{0,2}})?)"
    r"(?!\w)(?!\.\d)"  # "đường huyện ĐH.34B" is a road's code
)
_DOMINANT_MIN = 3
# A private person's home, in apposition to the name ("Ông Trần Văn Thắng, thôn Đông
# Cường, xã Hải Toàn cho biết", "bà Vũ Thị Nhàn (68 tuổi, thôn Thượng Trại)"): trivia.
_LEVEL_WORD = rf"(?i:{_LEVEL_ALT})"
_PRIVATE_HOME_RE = re.compile(
    r"(?<!\w)(?i:ông|bà|anh|chị|em|cụ|cháu|bị cáo|bị can|đối tượng|bạn đọc)"
    rf"\s+{CAP_WORD}\.?(?:\s{CAP_WORD}\.?){{1,3}}"
    r"\s*(?:\(\d{1,3} tuổi\s*[,)]\s*|,\s*\d{1,3} tuổi\s*,\s*"
    r"|\((?:sinh năm|SN)\s*\d{4}\s*,\s*|[,(]\s*)"
    r"(?:(?i:ở|ngụ|ngụ ở|trú|trú tại|quê|quê ở|tại)\s+)?"
    rf"(?:{_LEVEL_WORD}\s+{CAP_WORD}(?:\s{CAP_WORD})*(?:\s\d{{1,2}})?\s*,\s*)*{_LEVEL_WORD}\s+$"
)
# Whoever is named with a birth year and a home ("tài xế Bùi Văn Tr. (SN 1979, trú tại
# xã An Ninh, huyện ...)") is a private person.
_BIRTH_HOME_RE = re.compile(
    r"\((?:sinh năm|SN)\s*\d{4}\s*,\s*(?:(?i:ở|ngụ|ngụ ở|trú|trú tại|thường trú|tạm trú|quê"
    rf"|quê ở)\s+)?(?:{_LEVEL_WORD}\s+{CAP_WORD}(?:\s{CAP_WORD})*(?:\s\d{{1,2}})?\s*,\s*)*"
    rf"{_LEVEL_WORD}\s+$"
)
_HOME_WINDOW = 90
_TITLE_BEFORE_RE = re.compile(r"(?:Bí thư|Ủy viên|Chủ nhiệm|Trưởng ban|Trưởng Ban)\s$")
# Hamlets are often numbered after their name: "thôn Liêng Trang 2," "xóm Đông 3)";
# so are communes split in two ("xã Tam Xuân 2 chia sẻ", "ấp Kiến Hưng 1 xảy ra").
_NUMBERED_LEVELS = frozenset({"thôn", "xóm", "ấp", "làng", "khu phố", "tổ dân phố"})
_NUMBER_AFTER_RE = re.compile(r"\s\d{1,2}(?=\s*[,.;)]|\s*$)")
_NUMBER_THEN_VERB_RE = re.compile(
    r"\s\d{1,2}(?=\s(?:chia sẻ|cho biết|xảy ra|có|là|được|đã|đang|sẽ|vẫn|cũng|và|với"
    r"|thuộc|nơi|bị|phấn khởi|nói|kể)(?!\w))"
)
# Only a city or a province has a name of two parts joined by a dash.
_DASHED_LEVELS = frozenset({"thành phố", "tỉnh"})
_DASH_RE = re.compile(r"\s[-–]\s")
_CAPITAL_WORD_END_RE = re.compile(rf"(?<!\S){CAP_WORD}$")
# "các xã", "Hai huyện Di Linh và Lâm Hà": one of several.
_PLURAL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:các|những)\s+\S+(?:\s\S+)?|(?:hai|ba|bốn)\s+(?:huyện|xã|thôn|phường|quận"
    r"|thị xã|thành phố|tỉnh))\s$",
    re.IGNORECASE,
)
# "Huyện ủy Lý Nhân": the organisation already says the level ("Huyện ủy nào").
_ORG_BEFORE_RE = re.compile(
    r"(?:ủy|ubnd|hđnd|ủy ban nhân dân|mttq|đảng bộ|công an|ban)\s$", re.IGNORECASE
)


# A bare name after one of these names a cave, bridge, market ... after the place, not
# the place: "hang Viêng Xay", "đầu cầu Bói Kênh", "chợ Cái Răng", "thị trường Nhật Bản".
_FEATURE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:hang|cầu|bến|chợ|đền|chùa|đình|núi|sông|hồ|đầm|cống|đê|kênh|trạm|cảng|sân"
    r"|bãi|đường|phố|thị trường|nhà máy|cánh đồng)\s$",
    re.IGNORECASE,
)
# What a bare name stands after when it names the place itself: "ở Bình Nghĩa", "(Bình
# Lục)", ", Kim Bảng", not "Nhà máy nước sạch Thụy Trường" or "mít sấy Trung An", where
# the question would make up a level ("Nhà máy nước sạch xã nào").
_BARE_CONTEXT_RE = re.compile(
    r"(?:^|[,(;:–-]\s*|(?<!\w)(?:ở|tại|về|của|thuộc|đến|tới|từ|qua|và|với|cho|trên|khắp|giữa"
    r"|ra|vào|đi|là|gồm|như|đội|đoàn|nay là|nhân dân|người dân|bà con)\s)$"
)
_TABLE_SEPARATORS = 2
_WHOLE_BEFORE_RE = re.compile(r"(?<!\w)(?i:toàn|cả)\s+(?:tỉnh|huyện|xã|thành phố|thị xã|quận)\s+$")
_COUNTRIES = frozenset(
    (
        "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Lào", "Campuchia", "Thái Lan", "Hoa Kỳ", "Mỹ",
        "Đức", "Pháp", "Nga", "Anh", "Úc", "Singapore", "Malaysia", "Đài Loan", "Ba Lan", "Séc",
        "Hungary", "Rumani", "Ấn Độ", "Indonesia", "Philippines", "Myanmar", "Cuba", "Canada",
        "Italia", "Israel",
    )
)  # fmt: skip


def _level_of(raw: str) -> str:
    return LEVELS.get(raw.casefold(), LEVELS.get(raw.casefold().rstrip("."), raw.casefold()))


def _is_youth_union(m: re.Match[str]) -> bool:
    """Whether "Tỉnh Đoàn Sông Trà", "Huyện Đoàn" names a Youth Union, not a place "Đoàn"."""
    # Lower case too above a commune ("huyện Đoàn Tân Châu"); "xã Đoàn Kết" is a commune.
    return m.group("name").split()[0] == "Đoàn" and (
        m.group("level")[:1].isupper() or _level_of(m.group("level")) in _UNION_LEVELS
    )


_UNION_LEVELS = frozenset({"tỉnh", "huyện", "quận", "thị xã", "thành phố"})


def _is_titled_committee(text: str, m: re.Match[str]) -> bool:
    """Whether "Tỉnh ủy X" follows a title, where X is the holder's name, not a place.

    "Phó Bí thư Tỉnh ủy Y Thông Byă": a person; "Ban Thường vụ Huyện ủy Ý Yên": a place.
    """
    return m.group("level").casefold().endswith(("ủy", "uỷ")) and bool(
        _TITLE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
    )


# "Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng ghi nhận ...": a province's name is of one or
# two words (or a dashed pair), save this one; three words after a head are his name.
_HEAD_BEFORE_RE = re.compile(r"Chủ tịch (?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s$")
_THREE_WORD_PROVINCES = frozenset({"Thừa Thiên Huế"})


def _is_named_head(text: str, m: re.Match[str], name: str) -> bool:
    return (
        m.group("level").casefold() == "tỉnh"
        and len(name.split()) >= 3
        and "-" not in name
        and "–" not in name
        and name not in _THREE_WORD_PROVINCES
        and _HEAD_BEFORE_RE.search(text, max(0, m.start() - 32), m.start()) is not None
    )


def _trim_name(name: str, after: str) -> str:
    """Stop a name before an honorific or title word glued after it.

    ``after`` is the text that follows: "Đồng" ends a name only as "Đồng chí"
    ("xã Nhân Thịnh Đồng chí ..."), not in "Lâm Đồng".
    """
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in {"Ông", "Bà", "UBND", "HĐND", "Huyện", "Tỉnh", "Xã", "Đảng"} or (
            word == "Đồng" and i == len(words) - 1 and after.startswith(" chí")
        ):
            return " ".join(words[:i])
    return name


def extract_places(
    sentences: Sequence[Sentence], claimed: Sequence[SpanSet], title: str
) -> list[Fact]:
    """Place mentions of the whole article (needs it all to know bare names' levels).

    Not a table's rows ("2 | Huyện Tiền Hải | 88 | ..."): a list of places is no
    sign of where the story is.
    """
    sentences = [s for s in sentences if s.text.count(" | ") < _TABLE_SEPARATORS]
    mentions: list[tuple[Sentence, int, int, str, str, bool]] = []
    levels: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for m in _PLACE_RE.finditer(sentence.norm):
            if _is_youth_union(m) or _is_titled_committee(sentence.norm, m):
                continue
            level = _level_of(m.group("level"))
            name = _trim_name(m.group("name"), sentence.norm[m.end("name") : m.end("name") + 4])
            if level not in _DASHED_LEVELS:
                name = _DASH_RE.split(name, maxsplit=1)[0]  # "liên xã A – B": two communes
            start = m.start("name")
            # A person named right after the place ("xã Nhật Tựu Phạm Văn Nam") ends it.
            end = claimed[sentence.index].free_end(start, start + len(name))
            name = sentence.norm[start:end].rstrip()
            end = start + len(name)
            if (
                not name
                or claimed[sentence.index].overlaps(start, end)
                or _is_named_head(sentence.norm, m, name)
            ):
                continue
            if name in _COUNTRIES or sentence.norm.startswith(" bằng", end):
                continue  # "làng Nhật Bản" is a nickname; "các tỉnh Đồng bằng sông Cửu Long"
            number = _NUMBER_THEN_VERB_RE.match(sentence.norm, end)
            if level in _NUMBERED_LEVELS:
                number = number or _NUMBER_AFTER_RE.match(sentence.norm, end)
            if number:
                end = number.end()  # "thôn Liêng Trang 2": the number is part of the name
                name = sentence.norm[start:end]
            mentions.append((sentence, start, end, name, level, True))
            levels.setdefault(name, Counter())[level] += 1
    if not levels:
        return []
    known = {name: counts.most_common(1)[0][0] for name, counts in sorted(levels.items())}
    bare_re = re.compile(
        r"(?<![\w])(?:"
        + "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
        + r")(?![\w])"
    )
    with_level = {(sentence.index, start) for sentence, start, *_ in mentions}
    for sentence in sentences:
        for m in bare_re.finditer(sentence.norm):
            start, end = m.start(), m.end()
            if (sentence.index, start) in with_level:
                continue
            if (
                _preceded_by_level(sentence.norm, start)
                or _preceded_by_capital(sentence.norm, start)
                or _followed_by_capital(sentence.norm, end)
                or _ORG_NAME_BEFORE_RE.search(sentence.norm, max(0, start - 60), start)
                or _FEATURE_BEFORE_RE.search(sentence.norm, max(0, start - 16), start)
            ):
                continue
            if claimed[sentence.index].overlaps(start, end):
                continue
            mentions.append((sentence, start, end, m.group(0), known[m.group(0)], False))

    counts = Counter(name for _, _, _, name, _, _ in mentions)
    ranked = counts.most_common()
    title_key = comparable(title)
    boring = {name for name in counts if comparable(name) in title_key}
    if (
        ranked
        and ranked[0][1] >= _DOMINANT_MIN
        and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
    ):
        boring.add(ranked[0][0])

    items = list_items(sentences)
    facts: list[Fact] = []
    for sentence, start, end, name, level, leveled in sorted(
        mentions, key=lambda item: (item[0].index, item[1])
    ):
        org_named = _ORG_BEFORE_RE.search(sentence.norm[max(0, start - 24) : start])
        # "các xã Ba Sao, Khả Phong, Thanh Sơn": one of a list reads badly asked alone.
        listed = (
            _PLURAL_BEFORE_RE.search(sentence.norm[max(0, start - 24) : start])
            or in_name_list(sentence.norm, start, end)
            or list_colon_before(sentence.norm, start)
            or sentence.index in items
        )
        private_home = _PRIVATE_HOME_RE.search(
            sentence.norm, max(0, start - _HOME_WINDOW), start
        ) or _BIRTH_HOME_RE.search(sentence.norm, max(0, start - _HOME_WINDOW), start)
        ask = "nào" if leveled or org_named else level + " nào"
        # A bare name the question would make up a level for: "Nhà máy nước sạch xã nào".
        named_thing = (
            not leveled
            and not org_named
            and not _BARE_CONTEXT_RE.search(sentence.norm, max(0, start - 12), start)
        )
        facts.append(
            Fact.spanning(
                FactKind.PLACE,
                sentence,
                start,
                end,
                ask,
                unit=level,
                group="place:" + level,
                askable=name not in boring
                and not (listed or private_home or named_thing)
                # "toàn tỉnh Thái Bình có ...": "toàn tỉnh nào có ...?" is no Vietnamese.
                and not _WHOLE_BEFORE_RE.search(sentence.norm, max(0, start - 20), start),
            )
        )
    return facts


def _preceded_by_level(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].casefold().rstrip()
    return any(before.endswith(level) for level in LEVELS)


# A company's name ending on a place's: "Công ty Cổ phần Đầu tư Thương mại Phú Thứ".
_ORG_NAME_BEFORE_RE = re.compile(
    r"(?<!\w)(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Hợp tác xã|HTX|Doanh nghiệp)"
    rf"(?:\s(?:{UPPER_CLASS}[\w&.-]*|(?:cổ|phần|trách|nhiệm|hữu|hạn|một|thành|viên|thương"
    r"|mại|đầu|tư|dịch|vụ|xây|dựng|sản|xuất|phát|triển|và|nhập|khẩu|nông|nghiệp)(?!\w)))*\s$"
)


def _preceded_by_capital(text: str, start: int) -> bool:
    """Whether the name ends a longer one ("Huế" in "Thừa Thiên Huế")."""
    return (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2].isalpha()
        and bool(_CAPITAL_WORD_END_RE.search(text, max(0, start - 12), start - 1))
    )


def _followed_by_capital(text: str, end: int) -> bool:
    """Whether the name goes on ("Bình Lục Xanh", "khu tái định cư Tiên Nội 2")."""
    return (
        end + 1 < len(text)
        and text[end] == " "
        and (text[end + 1].isupper() or text[end + 1].isdigit())
    )


def dominant_places(facts: Sequence[Fact]) -> dict[str, str]:
    """The most mentioned place name per level ("huyện" -> "Bình Lục"); of equals, the first.

    The first: "... Hội thi Sáng tạo kỹ thuật tỉnh Thái Bình ..." in the lead, "bán sang
    cả tỉnh Hưng Yên" later on.
    """
    by_level: dict[str, Counter[str]] = {}
    for fact in facts:  # in reading order: a Counter keeps the first mention first
        if fact.kind is FactKind.PLACE:
            by_level.setdefault(fact.unit, Counter())[fact.answer] += 1
    return {
        level: max(counts.items(), key=lambda kv: kv[1])[0] for level, counts in by_level.items()
    }
