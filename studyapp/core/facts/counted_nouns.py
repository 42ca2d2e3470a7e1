"""The noun a count counts: "56 tổ chức cơ sở Đảng", "318 cán bộ, công chức".

A Vietnamese cardinal comes before its noun; the noun runs until a word that
starts a new phrase (a verb, a preposition, a connective), a place's name or a
date, and is capped at a few words.
"""

from __future__ import annotations

import re

from studyapp.core.article.charset import UPPER_CLASS
from studyapp.core.facts.base import WORD_RE, word_set

# Words that end the noun phrase after a number.
STOP_WORDS = word_set(
    """
    và với gồm trong của có được đã đang sẽ là tại ở cho để từ đến theo nhằm bằng so tham
    đạt chiếm vào khi thì mà nhưng do vì như các những mỗi này đó trên dưới hơn gần khoảng
    tăng giảm thuộc ra lên về sau trước đều cũng còn bị nên phải trở không xảy rạng cùng
    dành
    """
)
_MAX_NOUN_WORDS = 8
# A noun that ends within this many words past the limit is kept whole, so that
# "tổ chức cơ sở đảng học tập chuyên đề" does not end on "chuyên".
_NOUN_GRACE_WORDS = 2
_AREA_VOLUME_RE = re.compile(r"(?:k|c|d|h)?m[23]")
_HAS_MERIT_RE = re.compile(r"người có công(?!\w)")
# A stop word that ends a noun of two words: "ha mặt bằng", "căn nhà ở xã hội".
_PART_OF_NOUN_RE = re.compile(r".*(?<!\w)(?:mặt bằng|(?:nhà|chỗ|nơi) ở)$")
_TRUC_THUOC = " trực thuộc"
TIME_UNITS = frozenset({"tháng", "năm", "ngày", "tuần", "quý", "giờ", "phút", "giây", "thế"})
LEVEL_WORDS = frozenset({"xã", "huyện", "tỉnh", "thôn", "phường", "quận"})
_NAME_NEXT_RE = re.compile(rf" {UPPER_CLASS}")
_NUMBER_NEXT_RE = re.compile(r" \d")
_SPEC_NEXT_RE = re.compile(
    r"(?:loại|cỡ|công suất|dung tích|trọng tải|tải trọng|đường kính|chiều dài|chiều rộng"
    r"|chiều cao|quy mô|sức chứa)\s+(?:từ\s+|khoảng\s+|trên\s+|gần\s+|hơn\s+)?\d",
    re.IGNORECASE,
)
# Groups named as pairs: "318 cán bộ, công chức", "25 xã, thị trấn", "142 thôn, xóm",
# "6 huyện, thị xã, thành phố", "63 tỉnh, thành" (not "3 xã, huyện Tri Tôn": an address).
# Abbreviations that are a counted noun themselves: "243 HTX nông nghiệp", "12 CLB".
_COUNTED_ACRONYMS = frozenset({"HTX", "CLB"})
_LEVEL_NOUN = (
    r"(?:thị trấn|thị xã|thành phố|tổ dân phố|khu phố|xã|phường|huyện|quận|tỉnh|thành|thôn"
    r"|xóm|làng|bản|ấp|khóm)"
)
_PAIR_RE = re.compile(
    r"(?:cán bộ, (?:công chức|viên chức|chiến sĩ|đảng viên|công nhân|đoàn viên|hội viên)"
    r"|(?:học sinh, sinh viên|sinh viên, học sinh)|tổ, đội|đoàn viên, thanh niên"
    r"|quốc gia, vùng lãnh thổ"
    r"|máy móc, thiết bị|hộ gia đình, cá nhân"
    r"|tổ tiết kiệm và vay vốn"
    rf"|{_LEVEL_NOUN}(?:(?:, |,? và ){_LEVEL_NOUN})+(?! {UPPER_CLASS}))(?!\w)"
)


def noun_phrase(text: str, pos: int) -> tuple[int, int]:
    """The counted noun starting at ``pos`` (after one space): (start, end) or (pos, pos)."""
    if pos >= len(text) or text[pos] != " ":
        return pos, pos
    start = pos + 1
    end = capped = start
    count = 0
    for m in WORD_RE.finditer(text, start):
        gap = text[end : m.start()]
        if count and (gap == "/" or (gap == "." and m.group(0).casefold() == "đêm")):
            end = m.end()  # a rate: "64,5 tạ/ha", "300 lượt/ngày", "m3/ngày.đêm"
            continue
        if m.start() < end:
            continue  # inside a pair taken whole
        if text[end : m.start()].strip() or (count and m.start() != end + 1):
            break
        word = m.group(0)
        lowered = word.casefold()
        if count == 0 and not word[:1].islower() and word not in _COUNTED_ACRONYMS:
            return pos, pos
        if any(ch.isdecimal() for ch in word) and not _AREA_VOLUME_RE.fullmatch(word):
            break  # "m²", "m3" are units, "2A" is not
        if lowered == "có" and count and _HAS_MERIT_RE.match(text, m.start() - 6):
            count, end = count + 1, m.end()  # "người có công": a group of people, not a verb
            continue
        if lowered == "bị" and count and text[m.start() - 6 : m.start()] == "thiết ":
            count, end = count + 1, m.end()  # "thiết bị": a device, not the passive "bị"
            continue
        if count and _PART_OF_NOUN_RE.match(text, max(0, m.start() - 6), m.end()):
            count, end = count + 1, m.end()  # "mặt bằng", "nhà ở": a noun, not a preposition
            continue
        if lowered in STOP_WORDS or (lowered == "trực" and count):
            break
        if count and lowered == "tổ" and text.startswith(" chức", m.end()):
            break  # "... rừng cộng đồng tổ chức 9.640 lượt": the verb, after the noun
        if count and text[m.end() : m.end() + 3] == " ra" and lowered in {"đề", "đặt", "đưa"}:
            break  # "kế hoạch đề ra": a verb
        if count and _SPEC_NEXT_RE.match(text, m.start()):
            break  # "9 xe ép rác loại 7 tấn": the size is another figure, not the noun
        if count and lowered in TIME_UNITS and _NUMBER_NEXT_RE.match(text, m.end()):
            break  # "312 đảng viên năm 1949": a date follows the counted noun
        if count and lowered in LEVEL_WORDS and _NAME_NEXT_RE.match(text, m.end()):
            break  # "5 thôn xã Nhân Thịnh": a place; "nông thôn", "cấp xã", "vòng huyện" are not
        count += 1
        end = m.end()
        if count <= 2 and (pair := _PAIR_RE.match(text, start)) and m.end() < pair.end():
            # "318 cán bộ, công chức", "172 tổ, đội ...": one group, of as many words.
            count, end = len(pair.group(0).split()), pair.end()
        if count == _MAX_NOUN_WORDS:
            capped = end
        if count >= _MAX_NOUN_WORDS + _NOUN_GRACE_WORDS:
            count, end = _MAX_NOUN_WORDS, capped  # no natural end near: cut at the limit
            break
    if count and text[end : end + len(_TRUC_THUOC)].casefold() == _TRUC_THUOC:
        end += len(_TRUC_THUOC)  # "chi bộ cơ sở trực thuộc": part of the name of what is counted
    if count and not _UNIT_RE.fullmatch(text, start, end):
        end = _list_end(text, end)
    return (start, end) if count else (pos, pos)


# A unit is no start of a list: "6.360,83 km2 và quy mô dân số", "76,8 m và đoạn tháp".
_UNIT_RE = re.compile(r"[^\s/]{1,4}(?:/\S+)?")
_LIST_ITEM_RE = re.compile(r"(,\s|\s(?:và|hoặc)\s)([^\W\d_]+(?:\s[^\W\d_]+){0,3})")
_LIST_VERBS = word_set(
    "hỗ trợ tặng trao thăm tuyên truyền vận động hướng dẫn kiểm tra xử lý giúp tạo đóng góp "
    "chúc mừng khen thưởng biểu dương động viên sửa chữa xây dựng xây phát hiện tổ chức thu "
    "giải quyết tiếp nhận ký kết triển khai thực hiện hoàn thành lắp đặt cấp tháo dỡ hiến "
    "mở rộng nâng cấp tập trung tham gia phối hợp"
)
_COMMA_ITEM_WORDS = 2
_LIST_CLOSE_RE = re.compile(r"\s*(?:[,;.:)!?]|$)|\s(\w+)")


def _list_end(text: str, end: int) -> int:
    """Where a list of nouns that goes on from the counted noun ends, or ``end``.

    "17.432 cán bộ quản lý, giáo viên và nhân viên": the count is of all three;
    asked as "bao nhiêu cán bộ quản lý?" it would be wrong. The list must close
    (with "và", or after two more items) before punctuation or a stop word, and
    hold no figure, capitalised name or verb.
    """
    pos, items = end, 0
    while m := _LIST_ITEM_RE.match(text, pos):
        kept: list[str] = []
        for word in m.group(2).split():
            if not word[0].islower():
                return end  # a name: "cán bộ, công chức xã Nhân Thịnh"
            if (
                word in STOP_WORDS
                or word in TIME_UNITS
                or (kept and f"{kept[-1]} {word}" in _LIST_VERBS)
            ):
                break
            kept.append(word)
        if not kept or kept[0] in _LIST_VERBS or " ".join(kept[:2]) in _LIST_VERBS:
            return end
        pos, items = m.start(2) + len(" ".join(kept)), items + 1
        closed = m.group(1).strip() in ("và", "hoặc")
        if not closed and len(kept) > _COMMA_ITEM_WORDS:
            return end  # "đoàn viên, thanh niên, tập trung tuyên truyền": a new clause
        after = _LIST_CLOSE_RE.match(text, pos)
        clean = after is not None and (after.group(1) is None or after.group(1) in STOP_WORDS)
        if closed or (items >= 2 and clean and not _LIST_ITEM_RE.match(text, pos)):
            return pos if clean else end
    return end
