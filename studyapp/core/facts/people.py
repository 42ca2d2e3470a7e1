"""People with their titles: "đồng chí Vũ Trùng Dương, Phó Bí thư Thường trực Huyện ủy".

Recognised shapes, the name being two to four capitalised syllables:

* honorific + name + ", " + title  ("ông Nguyễn Văn Hùng, Chủ tịch UBND huyện");
* name + ", " + title when the name has three or more syllables;
* title + (", ") + honorific + name  ("Chủ tịch UBND xã, ông Trần Văn Nam").

The title runs to the next punctuation or verb; a further title after a
comma is the same person's and joins it. The fact is asked with a
template ("<title> là ai?") since replacing a name in place reads badly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from studyapp.core.article import Sentence
from studyapp.core.article.charset import CAP_WORD
from studyapp.core.facts.base import WORD_RE, Fact, SpanSet, word_set
from studyapp.core.model import FactKind
from studyapp.core.vietnamese import SURNAMES

_TITLE_HEAD = (
    r"(?:(?:Phó|Tổng|Nguyên|Quyền|Phó Tổng)\s+)?"
    r"(?:Bí thư|Chủ tịch|Giám đốc|Trưởng|Ủy viên|Chánh|Biên tập|Hiệu trưởng|Chủ nhiệm"
    r"|Thủ tướng|Bộ trưởng|Thứ trưởng|Chỉ huy trưởng|Chính ủy|Đại biểu|Thượng tá|Đại tá"
    r"|Trung tá|Thiếu tá|Thiếu tướng|Trung tướng|Giáo sư|Tiến sĩ|Bác sĩ|Tổng Biên tập"
    # The head of a unit named before "trưởng": "Phó Chi cục trưởng Chi cục Trồng trọt".
    r"|Chi cục trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Trạm trưởng|Đội trưởng|Chi hội trưởng"
    r"|Huấn luyện viên trưởng|Huấn luyện viên"
    # The army's commands: "Phó Tư lệnh Quân khu 9", "Sư đoàn trưởng Sư đoàn 330".
    r"|Tư lệnh|Sư đoàn trưởng|Trung đoàn trưởng|Lữ đoàn trưởng|Tiểu đoàn trưởng"
    r"|Đại đội trưởng|Tham mưu trưởng|Chính trị viên"
    # Diplomats and foreign officials; clergy's offices.
    r"|Đại sứ|Tổng Lãnh sự|Lãnh sự|Tham tán|Thống đốc|Tỉnh trưởng|Trụ trì|Giám quản|Quản hạt)"
)
# Who is named after the honorific; clergy and foreign dignitaries have their own.
_HONORIFIC = (
    r"(?:đồng chí|đ/c|ông|bà|thầy giáo|cô giáo|thầy|cô|anh|chị|cụ|ngài|hòa thượng|thượng tọa"
    r"|đại đức|ni sư|linh mục|giám mục|mục sư)"
)
# Punctuation that ends a title: a title is a run of anything else.
_CLAUSE_MARKS = ',.;:()“”"'
_IN_CLAUSE = f"[^{re.escape(_CLAUSE_MARKS)}]"
_NAME = rf"{CAP_WORD}(?:\s{CAP_WORD}){{1,3}}"
_AFTER_RE = re.compile(
    rf"(?:(?<!\w)(?P<hon>(?i:{_HONORIFIC}))\s+)?(?<!\w)(?P<name>{_NAME})\s*[,–-]\s*"
    rf"(?P<title>(?i:{_TITLE_HEAD}){_IN_CLAUSE}*)"
)
# A second title after a comma ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"): the same person's.
_MORE_TITLE_RE = re.compile(rf"\s*,\s*(?i:{_TITLE_HEAD}){_IN_CLAUSE}*")
# A department named as a list: "Sở Văn hóa, Thể thao và Du lịch".
_NAME_LIST_RE = re.compile(rf",\s*(?={CAP_WORD}){_IN_CLAUSE}*?\svà\s(?={CAP_WORD}){_IN_CLAUSE}*")
# "Ban Chỉ huy Phòng, chống thiên tai": the comma of the set phrase "phòng, chống".
_PREVENTION_RE = re.compile(rf"(?<=[Pp]hòng),\s*chống\s{_IN_CLAUSE}*")
_BEFORE_RE = re.compile(
    rf"(?P<title>(?i:{_TITLE_HEAD}){_IN_CLAUSE}{{0,80}}?),?\s+(?i:{_HONORIFIC})\s+(?P<name>{_NAME})"
)
# Elected or appointed: "anh Đặng Quốc Huy được bầu giữ chức Bí thư Huyện đoàn",
# "đồng chí Lê Thị Thu Hương, nguyên Trưởng phòng Nội vụ, giữ chức Chủ tịch UBND xã":
# the title after the verb is the name's (its new post), not the next name's.
_APPOINTED = (
    r"(?:(?:tiếp tục |tái )?(?:được )?(?:tín nhiệm )?(?:bầu|cử|bổ nhiệm|chỉ định)(?: tái cử)?"
    r"(?: giữ chức| làm| vào chức)?|(?:tái )?(?:đắc cử|trúng cử|tái cử)"
    r"(?: giữ chức| chức danh| chức)?"
    r"|(?:tiếp tục )?(?:được )?(?:tín nhiệm )?giữ chức|là)"
)
_APPOINTED_RE = re.compile(
    rf"(?:(?<!\w)(?i:{_HONORIFIC})\s+)?(?<!\w)(?P<name>{_NAME})"
    # "X, <old title>, được bổ nhiệm ...", also with no comma before "được" and a
    # comma inside the old title ("Trưởng phòng Quản lý đất đai, Sở Tài nguyên ...").
    rf"(?:\s*,{_IN_CLAUSE}{{1,90}},|(?:\s*,{_IN_CLAUSE}{{1,90}}){{1,2}}(?=\sđược\s))?"
    rf"\s+{_APPOINTED}\s+(?P<title>(?i:{_TITLE_HEAD}){_IN_CLAUSE}*)"
)
_CO_APPOINTED_RE = re.compile(rf"{_NAME}\s+và\s+$")
_APPOINTED_BEFORE_RE = re.compile(rf"(?<!\w){_APPOINTED}\s+$")
# A name straight after its title, with no comma or honorific ("Chủ tịch UBND
# tỉnh Trương Quốc Huy", "Trưởng thôn Trần Văn Thành"): only names of three or
# four syllables that start with a common family name and end the run of
# capitalised words (two-syllable "Đinh Xá" is a commune).
_DIRECT_NAME_RE = re.compile(rf"(?<!\w)(?:{SURNAMES})(?:\s{CAP_WORD}){{2,3}}(?!\w)(?!\s{CAP_WORD})")
_SURNAME_RE = re.compile(SURNAMES)
_BODY_BEFORE_RE = re.compile(r"(?<!\w)(?:Thành|Tỉnh|Huyện|Quận|Thị) $")
_SCHOOL_BEFORE_RE = re.compile(
    r"(?<!\w)Trường(?:\s+(?:THPT|THCS|PTDTNT|PTDTBT|Tiểu học|Mầm non|Trung học(?: cơ sở"
    r"| phổ thông)?|Đại học|Cao đẳng|chuyên))+\s+$"
)
_OTHER_NAME_RE = re.compile(rf"(?<!\w)(?:{SURNAMES})(?:\s{CAP_WORD}){{1,3}}")
_TITLE_HEAD_RE = re.compile(rf"(?i:{_TITLE_HEAD})")
_HONORIFIC_END_RE = re.compile(rf"(?i:{_HONORIFIC})\s+$")
_MAX_DIRECT_TITLE_CHARS = 64

# Places named after historical figures, which follow a level word like a name.
_NAMED_PLACES = frozenset(
    (
        "Hồ Chí Minh", "Lê Lợi", "Lê Lai", "Nguyễn Trãi", "Nguyễn Huệ", "Trần Hưng Đạo",
        "Lê Hồng Phong", "Trần Phú", "Lý Thường Kiệt", "Phan Bội Châu", "Phan Đình Phùng",
        "Hoàng Hoa Thám", "Nguyễn Du", "Lê Thánh Tông", "Trần Quốc Toản", "Nguyễn Văn Trỗi",
        "Võ Thị Sáu", "Lý Tự Trọng", "Nguyễn Úy", "Đinh Tiên Hoàng", "Lê Quý Đôn",
        "Chu Văn An", "Trần Nhân Tông", "Lê Đại Hành", "Lý Thái Tổ", "Hai Bà Trưng",
    )
)  # fmt: skip
# A rank or profession alone says nothing of whom it means.
_BARE_RANKS = frozenset(
    (
        "bác sĩ", "tiến sĩ", "giáo sư", "phó giáo sư", "thượng tá", "đại tá", "trung tá",
        "thiếu tá", "thiếu tướng", "trung tướng", "đại biểu",
        # A head without the body it heads: "Trạm trưởng là ai?", "Bí thư Chi bộ là ai?".
        "trạm trưởng", "hiệu trưởng", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch",
        "bí thư", "phó bí thư", "bí thư chi bộ", "trưởng ban",
        "đội trưởng", "giám đốc công ty", "giám đốc hợp tác xã", "chủ tịch công đoàn",
        "tư lệnh", "phó tư lệnh", "sư đoàn trưởng", "trung đoàn trưởng", "lữ đoàn trưởng",
        "tiểu đoàn trưởng", "đại đội trưởng", "tham mưu trưởng", "chính trị viên", "trụ trì",
        "đại sứ", "tham tán", "trụ trì chùa",
    )
)  # fmt: skip
# Lower-case words at which a title stops: the verb that follows it. Verbs of
# two syllables are matched whole: "thông" alone ends "Giao thông", "biểu"
# ends "Đoàn đại biểu Quốc hội".
_TITLE_STOP = word_set("cho đã đang cũng trao tặng chúc nói và với tại về trong đến dự làm cùng")
_TITLE_STOP |= word_set("được là có thăm ký kể")
_TITLE_STOP_PAIRS = frozenset(
    (
        "phát biểu", "phát động", "nhấn mạnh", "khẳng định", "yêu cầu", "đề nghị", "đề xuất",
        "nêu rõ", "chia sẻ", "thông báo", "thông tin", "kiểm tra", "chủ trì", "đánh giá",
        "ghi nhận", "trình bày", "biểu dương", "nhận định", "nhận xét", "cho rằng", "lưu ý",
        "quán triệt", "trả lời", "giới thiệu", "báo cáo", "trực tiếp", "giữ chức", "trúng cử",
        "dẫn đầu", "bày tỏ", "cảm ơn", "gửi lời", "thừa nhận", "xung quanh", "khuyến cáo",
        "tiếp thu", "phấn khởi", "xúc động", "tâm sự", "giải thích", "lý giải", "kiêm nhiệm",
        "nhắc nhở", "thẳng thắn", "phê bình",
    )
)  # fmt: skip
# Nouns that start with a stop word: "Ban Quản lý dự án ..." goes on past "dự".
_TITLE_NOUNS = frozenset({"dự án", "dự toán"})
_MAX_TITLE_WORDS = 18  # of each title, when a person holds several
_GRADE_RE = re.compile(r"(?:I{1,3})\s+")
# Academic and professional degrees written before a name: "TS", "PGS.TS", "ThS.BS",
# "BSCKII", "Bác sĩ CKII".
_DEGREE_RE = re.compile(
    r"(?<!\w)(?:(?:GS|PGS|TS|TSKH|ThS|Ths|BS|BSCKI|BSCKII|BSCK|CKI|CKII|DS|KS|CN|NCS|LS|TTƯT|NGƯT|NSƯT"
    r"|NSND)\.?){1,3}\s+"
)
_MAX_PLACE_WORDS = 4
# Words that go on a body's name after an acronym: "Trường THPT chuyên Thái Bình".
_LEVEL_STARTS = word_set("xã huyện tỉnh thị thành phường quận thôn xóm tổ khu ấp bản làng chuyên")
# The last word of a level or a party committee before a place's name ("huyện",
# "thị xã", "thành phố", "Huyện ủy Krông Pắc").
_LEVEL_ENDS = word_set("xã huyện tỉnh phố trấn phường thôn xóm quận ủy uỷ")


_ARMY_UNIT_HEADS = frozenset({"Sư", "Trung", "Lữ", "Tiểu", "Đại"})


def _title_span(raw: str) -> tuple[int, int]:
    """Where the title ends within the text after its first word: (start, end)."""
    first = -1
    last = -1
    count = 0
    part = 0
    words = list(WORD_RE.finditer(raw))
    for i, m in enumerate(words):
        word = m.group(0)
        following = words[i + 1].group(0) if i + 1 < len(words) else ""
        # Stops are lower-case verbs: a capital is part of a name ("Phát triển").
        # And "và" joins the parts of a department's name ("Nông nghiệp và
        # Phát triển nông thôn"): the title goes on when a capital follows.
        joins = (
            (word == "và" and following[:1].isupper() and not _name_follows(words, i + 1))
            or (word == "ký" and i and words[i - 1].group(0) == "Đăng")  # "Đăng ký đất đai"
            or (word == "về" and i and words[i - 1].group(0) == "phạm")  # "tội phạm về ma túy"
            or (word == "làm" and i and words[i - 1].group(0) == "việc")  # "Dịch vụ việc làm"
            # A unit of the army: "Phó Chính ủy Sư đoàn 301", "Chính trị viên Đại đội 2".
            or (word in ("đoàn", "đội") and i and words[i - 1].group(0) in _ARMY_UNIT_HEADS)
        )
        if (
            count
            and word[:1].islower()
            and (
                (word in _TITLE_STOP and f"{word} {following}" not in _TITLE_NOUNS)
                or f"{word} {following}" in _TITLE_STOP_PAIRS
                or _after_named_body(words, i)
            )
            and not joins
        ):
            break
        if last >= 0 and "," in raw[last : m.start()]:
            part = 0
        first = m.start() if first < 0 else first
        last = m.end()
        count += 1
        part += 1
        if part >= _MAX_TITLE_WORDS:
            break
    return (first, last) if count >= 2 else (0, 0)


def _name_follows(words: list[re.Match[str]], i: int) -> bool:
    """A family name and two capitalised words at ``i``: "và Huỳnh Minh Trí", not "và Đào tạo"."""
    names = words[i : i + 3]
    return (
        len(names) == 3
        and _SURNAME_RE.fullmatch(names[0].group(0)) is not None
        and all(m.group(0)[:1].isupper() for m in names)
    )


def _after_named_body(words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` follows a body's full name, which ends a title.

    "Phó Chủ tịch UBND huyện Kim Bảng thẳng thắn nhìn nhận", "Bí thư Huyện ủy
    ôn lại": after a place's name, "Huyện ủy" or an acronym ("Sở GD&ĐT") comes
    the verb, unless a level word begins the next part ("UBND huyện").
    """
    previous = words[i - 1].group(0)
    if words[i].group(0) in _LEVEL_STARTS or (previous, words[i].group(0)) == ("Chỉ", "huy"):
        return False  # "UBND huyện ...", "Bộ Chỉ huy Quân sự tỉnh" go on
    if previous in {"ủy", "uỷ"} or (len(previous) > 1 and previous.isupper()):
        return True  # "Bí thư Huyện ủy ôn lại", "Giám đốc Sở GD&ĐT thẳng thắn"
    j = i - 1
    while j >= 0 and words[j].group(0)[:1].isupper() and i - j <= _MAX_PLACE_WORDS:
        j -= 1
    if j == i - 1 or j < 0 or words[j].group(0) not in _LEVEL_ENDS:
        return False
    if words[j].group(0) == "xã" and j and words[j - 1].group(0) == "tác":
        return False  # "Hợp tác xã Trà hoa vàng Quảng Long": a cooperative's name goes on
    # The level and the name in one run of words: "huyện Kim Bảng", not "thị xã, Phó Trưởng".
    between = words[i].string[words[j].end() : words[i].start()]
    return all(ch.isalpha() or ch == " " for ch in between)


_TITLE_HINTS = (
    *("bí thư", "chủ tịch", "giám đốc", "trưởng", "ủy viên", "chánh", "biên tập", "chủ nhiệm"),
    *("thủ tướng", "chỉ huy", "chính ủy", "đại biểu", " tá", "tướng", "giáo sư", "tiến sĩ"),
    *("bác sĩ", "tư lệnh", "chính trị viên", "đại sứ", "lãnh sự", "tham tán", "thống đốc"),
    *("trụ trì", "giám quản", "quản hạt"),
)


def has_title(text: str) -> bool:
    """Cheap pre-test: does the sentence mention any title at all?"""
    lowered = text.casefold()
    return any(hint in lowered for hint in _TITLE_HINTS)


def extract_people(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """Named people with a title in one sentence."""
    text = sentence.norm
    facts: list[Fact] = []
    seen: set[int] = set()
    if "chức" in text or "bầu" in text or "cử" in text or "bổ nhiệm" in text or " là " in text:
        for post in _APPOINTED_RE.finditer(text):
            if _CO_APPOINTED_RE.search(text, max(0, post.start() - 48), post.start()):
                continue  # "chị Y và anh Z được bầu giữ chức Phó Bí thư": two answers
            if post.start() == post.start("name") and not _SURNAME_RE.match(post["name"]):
                continue  # "Luật Bầu cử đại biểu Quốc hội": no honorific, no family name
            end = post.end("title")
            while more := _MORE_TITLE_RE.match(text, end) or _NAME_LIST_RE.match(text, end):
                end = more.end()
            title_at = post.start("title")
            _add(facts, seen, sentence, claimed, post.span("name"), title_at, text[title_at:end])
    at = 0
    while m := _AFTER_RE.search(text, at):
        at = m.end()
        if not m.group("hon") and len(m.group("name").split()) < 3:
            # "Tại huyện Vũ Thư, Bí thư ...": no one's name, and the title run may
            # hold a name with its own title ("..., Đại tá Phạm Văn Kiên, Chỉ huy trưởng").
            at = m.start("title")
            continue
        end = m.end("title")
        # The first title alone may be held by many ("Ủy viên Trung ương Đảng").
        while more := (
            _MORE_TITLE_RE.match(text, end)
            or _NAME_LIST_RE.match(text, end)
            or _PREVENTION_RE.match(text, end)
        ):
            end = more.end()
        title_at = m.start("title")
        _add(facts, seen, sentence, claimed, m.span("name"), title_at, text[title_at:end])
        # The title stopped short ("... HĐND thành phố | và Huỳnh Minh Trí, Giám đốc"):
        # the next name may stand in what the title run took.
        at = min(m.end(), title_at + (_title_span(text[title_at:end])[1] or end - title_at))
    for m in _DIRECT_NAME_RE.finditer(text):
        if _BODY_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Bí thư Thành Đoàn Cần Thơ": "Đoàn" is the Youth Union, no family name
        if _SCHOOL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Trường THPT chuyên Nguyễn Bỉnh Khiêm": a school's namesake
        start = _name_start(text, m.start(), m.end())
        title_at = _direct_title(text, start)
        if title_at < 0 or m.group(0) in _NAMED_PLACES or _honorific_before(text, start):
            continue
        _add(facts, seen, sentence, claimed, (start, m.end()), title_at, text[title_at:start])
    at = 0
    while found := _BEFORE_RE.search(text, at):
        # The title must reach the honorific: in "Bí thư Đảng ủy xã và ông Lê Văn B"
        # it is someone else's (a later title head may still be B's).
        raw = found.group("title")
        named = claimed.overlaps(found.start("title"), found.end("title"))  # another's name
        # "X được bầu giữ chức Bí thư Huyện đoàn, chị Y ...": the title is X's.
        appointed = _APPOINTED_BEFORE_RE.search(text, max(0, found.start() - 48), found.start())
        if named or appointed or raw[_title_span(raw)[1] :].strip(" ,"):
            at = found.start() + 1
            continue
        _add(facts, seen, sentence, claimed, found.span("name"), found.start("title"), raw)
        at = found.end()
    return facts


def _direct_title(text: str, name_at: int) -> int:
    """Where the title right before a name starts (same clause, close by); -1 if none.

    Names are found first and their title looked for behind them: scanning
    every sentence for title heads followed by a name cost a third of the
    people pass.
    """
    if name_at == 0 or not text[name_at - 1].isspace():
        return -1
    low = max(0, name_at - _MAX_DIRECT_TITLE_CHARS)
    clause = max(text.rfind(mark, low, name_at) for mark in _CLAUSE_MARKS) + 1
    head = _TITLE_HEAD_RE.search(text, max(low, clause), name_at)
    if head is None:
        return -1
    # Another's name between: "Thượng tá Lò Thị Sáu và Trung tá Vũ Đình Phong", "Bí
    # thư Huyện ủy Nguyễn Thế Hùng cùng Đại tá Phạm Văn Kiên". The title is the last one.
    while (other := _OTHER_NAME_RE.search(text, head.end(), name_at)) and (
        own := _TITLE_HEAD_RE.search(text, other.end(), name_at)
    ):
        head = own
    if text.endswith(" và ", 0, name_at):
        return -1  # "Phó Trưởng Ban Văn hóa - Xã hội và Huỳnh Minh Trí": the title is another's
    return head.start()


def _honorific_before(text: str, start: int) -> bool:
    """Whether the name follows an honorific ("..., ông Trần Văn Nam"): _BEFORE_RE's case."""
    return _HONORIFIC_END_RE.search(text, max(0, start - 12), start) is not None


def _name_start(text: str, start: int, end: int) -> int:
    """Where a name found after a capitalised word really starts.

    In "Chủ tịch UBND huyện Tam Dương Trần Quốc Hưng" the run "Dương Trần Quốc
    Hưng" starts with a family name, but the place "Tam Dương" owns "Dương":
    the name is the three words from the next family name.
    """
    if start == 0 or not text[:start].rstrip(" ")[-1:].isalpha():
        return start
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, word in enumerate(words[1:], start=1):
        if len(words) - i >= 3 and _SURNAME_RE.fullmatch(word.group(0)):
            return start + word.start()
    return start


def _add(
    facts: list[Fact],
    seen: set[int],
    sentence: Sentence,
    claimed: SpanSet,
    name: tuple[int, int],
    title_at: int,
    raw_title: str,
) -> None:
    start, end = name
    for degree in _DEGREE_RE.finditer(sentence.norm, start, end):
        # "TS Trần Văn Khải", "Còn NSƯT Minh Quân": the name follows the degree.
        start = degree.end()
    if roman := _GRADE_RE.match(sentence.norm, start, end):
        start = roman.end()  # "Bác sĩ chuyên khoa II Lê Đình Nam": the grade is no name
    if len(sentence.norm[start:end].split()) < 2:
        return
    t_start, t_end = _title_span(raw_title)
    if start in seen or t_end == 0 or claimed.overlaps(start, end):
        return
    title = sentence.text[title_at + t_start : title_at + t_end]
    if title.casefold() in _BARE_RANKS:
        return  # "Bác sĩ là ai?" has a thousand answers
    seen.add(start)
    facts.append(
        Fact.spanning(
            FactKind.PERSON,
            sentence,
            start,
            end,
            "ai",
            unit=title,
            group="person",
            template="{title} là ai?",
        )
    )
    claimed.add(start, end)


def given_names(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The last word of every full name in the text ("Tùng" of "Trịnh Văn Tùng").

    A report may go on with the given name alone ("Tùng khai ..."), which keeps
    its capital wherever it stands.
    """
    return frozenset(
        m.group(0).rsplit(" ", 1)[-1]
        for sentence in sentences
        for m in _DIRECT_NAME_RE.finditer(sentence.norm)
        if m.group(0) not in _NAMED_PLACES
    )
