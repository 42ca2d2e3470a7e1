"""Where a stem may be cut: its ';' clause, clause boundaries, and the commas that are none.

A stem keeps the text around its fact only up to a natural boundary (a
comma, "và", "nhằm", ...). Some commas join rather than separate: the decimal
comma, set phrases ("các xã, thị trấn", "phòng, chống") and lists of names
("các xã Minh Khai, Văn Lang, Tân Lễ"); cutting there leaves a question that
stops in the middle of what it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from studyapp.core.article.charset import LOWER_CLASS, TITLE_WORD, UPPER_CLASS
from studyapp.core.cards.quotes import outside_quotes
from studyapp.core.facts.base import word_set
from studyapp.core.facts.places import LEVELS

# A comma between digits is a decimal mark ("12,5 tỷ"), never a clause boundary;
# nor is one inside a set phrase: "các xã, thị trấn", "các tỉnh, thành phố",
# "phòng, chống", "trật tự, an toàn", "nhà, đất", "cán bộ, đảng viên" or a
# department's name.
_JOINED_COMMA = (
    r"(?<=tỉnh),\s(?=thành(?: phố)?(?!\w))"
    r"|(?<=xã|ện|ôn|óm),\s(?=(?:phường|thị trấn|thị xã|thành phố|thôn|xóm|tổ dân phố)(?!\w))"
    r"|(?<=[Pp]hòng),\s?(?=chống)"
    r"|(?<=trật tự),\s(?=an toàn)"
    r"|(?<=nhà),\s(?=đất)"
    r"|(?<=cán bộ),\s(?=(?:đảng viên|công chức|chiến sĩ)(?!\w))"  # groups of people
    r"|(?<=công chức),\s(?=viên chức)"
    r"|(?<=đoàn viên),\s(?=thanh niên)"
    r"|(?<=học sinh),\s(?=sinh viên)|(?<=tổ),\s(?=đội)|(?<=thang lương),\s(?=bảng lương)"
    r"|(?<=cán bộ),\s(?=công nhân)|(?<=máy móc),\s(?=thiết bị)|(?<=hộ gia đình),\s(?=cá nhân)"
    r"|(?<=nội dung),\s(?=phương thức)|(?<=điểm đen),\s(?=điểm)"
    r"|(?<=cất),\s(?=hạ cánh)|(?<=sở),\s(?=(?:ban, )?ngành)"
    r"|(?<=tiết kiệm),\s(?=chống lãng phí)"
    r"|(?:(?<=cấp tỉnh)|(?<=cấp huyện)|(?<=cấp xã)),\s(?=cấp\s)"  # "cấp huyện, cấp xã"
    r"|(?<=[Vv]ăn hóa),\s(?=Thể thao)"  # "Sở Văn hóa, Thể thao và Du lịch"
    r"|(?<=quận),\s(?=huyện)|(?<=phường),\s(?=xã)|(?<=thầy),\s(?=cô)"
    r"|(?<=khám),\s(?=chữa bệnh)|(?<=đại học),\s(?=cao đẳng)|(?<=đốt),\s(?=tái chế)"
    r"|(?<=nhà tạm),\s(?=nhà dột nát)|(?<=thương binh),\s(?=liệt s[ỹĩ])"
    r"|(?<=bảo trợ xã hội),\s(?=người có công)"
    rf"|(?<=tỉnh),\s(?=huyện(?!\s{UPPER_CLASS}))"  # "các tuyến đường tỉnh, huyện"
    r"|(?<=\d),\s(?=giật\s)"  # "gió mạnh cấp 10, giật cấp 12"
    # More pairs named as one: "31 tổ chức, cá nhân vi phạm", "cao đẳng, đại học", "sức
    # khỏe loại 1, 2, 3", "ý kiến, kiến nghị", "phí, lệ phí", "các phòng, ban chuyên môn".
    r"|(?<=tổ chức),\s(?=cá nhân)|(?<=tập thể),\s(?=cá nhân)|(?<=cao đẳng),\s(?=đại học)"
    r"|(?<=liệt sĩ),\s(?=thương binh)|(?<=ý kiến),\s(?=kiến nghị)|(?<=phí),\s(?=lệ phí)"
    r"|(?<=phòng),\s(?=ban)|(?<=thanh tra),\s(?=kiểm tra)|(?<=kiểm tra),\s(?=giám sát)"
    r"|(?<=hộ nghèo),\s(?=(?:hộ )?cận nghèo)|(?<=tuyên truyền),\s(?=phổ biến)"
    r"|(?<=sản xuất),\s(?=kinh doanh)|(?<=tu bổ),\s(?=tôn tạo)|(?<=\b\d),\s(?=\d\b)"
    # "BHXH, BHYT", "xã, phường, thị trấn", "kiểm tra, khám xét", "tiêm bù, tiêm vét".
    r"|(?<=[A-ZĐ]{2}),\s(?=[A-ZĐ]{3,}(?!\w))|(?<=phường),\s(?=thị trấn)"
    r"|(?<=kiểm tra),\s(?=khám xét)|(?<=tiêm bù),\s(?=tiêm vét)|(?<=cán bộ),\s(?=nhân viên)"
    r"|(?<=thu mua),\s(?=(?:chế biến|xuất khẩu|tiêu thụ))"
    r"|(?<=phát hiện),\s(?=(?:triệt xóa|bắt giữ|xử lý))"
    # "y, bác sĩ", "cán bộ, giáo viên, nhân viên", "tồn tại, thiếu sót", "trâu, bò, ngựa".
    r"|(?<=(?<!\w)y),\s(?=bác sĩ)|(?<=cán bộ),\s(?=giáo viên)|(?<=giáo viên),\s(?=nhân viên)"
    r"|(?<=công nhân),\s(?=người lao động)|(?<=tồn tại),\s(?=(?:thiếu sót|hạn chế))"
    r"|(?<=tuần tra),\s(?=kiểm soát)|(?<=mô tô),\s(?=xe gắn máy)|(?<=đánh giá),\s(?=phân hạng)"
    r"|(?<=say nắng),\s(?=sốc nhiệt)|(?<=khoa học),\s(?=công nghệ)|(?<=(?<!\w)bê),\s(?=nghé)"
    r"|(?<=trâu),\s(?=bò)|(?<=(?<!\w)bò),\s(?=ngựa)|(?<=đói),\s(?=rét)|(?<=rét đậm),\s(?=rét hại)"
    r"|(?<=quá tải),\s(?=quá khổ)|(?<=(?<!\w)khoa),\s(?=phòng)|(?<=trước tuổi),\s(?=nghỉ thôi việc)"
    r"|(?<=trẻ em),\s(?=học sinh)"
    # "thu gom, vận chuyển, xử lý rác", "các cấp ủy, chính quyền", "Tỉnh ủy, HĐND, UBND tỉnh",
    # "phát hiện, bồi dưỡng, nhân rộng", "12 tàu, xuồng", "nước mưa, nước giếng".
    r"|(?<=thu gom),\s(?=(?:vận chuyển|xử lý))|(?<=vận chuyển),\s(?=xử lý)"
    r"|(?<=cấp ủy),\s(?=chính quyền)|(?<=chính quyền),\s(?=(?:Mặt trận|MTTQ|các đoàn thể))"
    r"|(?:(?<=Tỉnh ủy)|(?<=Huyện ủy)|(?<=Thành ủy)),\s(?=(?:HĐND|UBND))"
    r"|(?<=phát hiện),\s(?=bồi dưỡng)|(?<=bồi dưỡng),\s(?=nhân rộng)|(?<=tàu),\s(?=xuồng)"
    r"|(?<=nước mưa),\s(?=nước giếng)"
)
# "(?=,)" first: the joined-comma test then runs at commas only, not at every position.
COMMA = rf"(?=,)(?!{_JOINED_COMMA})(?:(?<!\d),|,(?!\d))"
# "tạo" ends a clause as a verb ("..., tạo điều kiện"), not inside "đào tạo",
# "cải tạo", "sáng tạo", "chế tạo" ("Bộ Giáo dục và Đào tạo").
_BOUNDARY_RE = re.compile(
    COMMA + r"|\s(?:gắn với|nhằm|để|trong đó|đồng thời|khi|sau khi|qua đó|góp phần|trong khi)\s"
    # Not "đã và đang", nor "và" inside a department's name ("Sở Giáo dục và Đào tạo").
    r"|(?<!đã)(?<!quốc gia)(?<!thiểu số)(?<!vận chuyển)(?<!thu gom)"
    rf"\svà\s(?!{UPPER_CLASS}|các đoàn thể)"
    r"|(?<!dục)(?<!tin)(?<!thao)(?<!nghiệp)(?<!nguyên)(?<!binh)(?<!học)(?<!hoạch)"
    rf"\svà\s(?={UPPER_CLASS})"
    r"|(?<![Đđ]ào)(?<!cải)(?<![Ss]áng)(?<!chế)(?<!kiến)(?<!tôn)\stạo\s"
)
_TAIL_BOUNDARY_RE = re.compile(_BOUNDARY_RE.pattern + r"|:(?=\s)")
# The name after a list comma: capitalised words, then more of the list
# (",", "và", "(cũ)", "…") rather than the rest of a clause.
_LISTED_NAME_RE = re.compile(rf"\s*{TITLE_WORD}(?:\s{TITLE_WORD})*\s*(?:,|\(|…|và\s|$)")
# A place's name after "và": two capitalised words at least ("Tây An", not "Nghị quyết").
_NAME_AFTER_RE = re.compile(rf"\s*({TITLE_WORD})\s{TITLE_WORD}")
# First words of a body's name, which may follow a place but is no place:
# "Công an huyện Thanh Liêm, Viện Kiểm sát nhân dân huyện ...".
_BODY_HEADS = word_set(
    "Viện Sở Ban Phòng Công Ủy Hội Trung Bệnh Trường Đảng Đoàn Mặt Tòa Cục Chi Liên Tổng Bộ "
    "Quỹ Ngân Đội Đồn Nhà Khu Cụm Hợp Báo Đài Thư"
)
_LIST_OPENED_RE = re.compile(
    rf"(?:,|(?<!\w)(?:xã|phường|huyện|tỉnh|thôn|xóm|bản|ấp))\s{TITLE_WORD}(?:\s{TITLE_WORD})*$"
)
_WORD_BEFORE_RE = re.compile(r"(\w+)\)?\s*$")
# A level word (or its abbreviation) and the capitalised name it precedes.
_ADDRESS_START_RE = re.compile(
    rf"\s*(?:(?:TP|TX|TT|Tp)\.|({LOWER_CLASS}+(?:\s{LOWER_CLASS}+)?))\s*{UPPER_CLASS}"
)


def boundaries(text: str, start: int = 0, *, colons: bool = False) -> Iterator[re.Match[str]]:
    """The boundaries of ``text`` from ``start``, in order, without those inside name lists.

    Text before ``start`` is only looked at, so that a set phrase split by
    the start ("xã" | ", phường") is still seen whole. With ``colons`` a
    colon is a boundary too: what follows it in a tail is a list or an
    explanation ("gồm 12 môn thi đấu: điền kinh, ...").
    """
    pattern = _TAIL_BOUNDARY_RE if colons else _BOUNDARY_RE
    for m in pattern.finditer(text, start):
        joins = m.group(0).strip()
        if joins in (",", "và") and _in_name_list(text, m.start(), m.end()):
            continue
        if joins == "và" and (
            _same_head(text, m.start(), m.end()) or _ONE_WORD_PAIR_RE.match(text, m.end())
        ):
            continue
        yield m


def _same_head(text: str, start: int, end: int) -> bool:
    """Whether "và" joins two of a kind: "ngân sách Trung ương và ngân sách tỉnh".

    The word after it repeats one of the few before it, so the pair is one
    phrase; cut there, "từ nguồn ngân sách Trung ương" would say all the money
    was the central budget's.
    """
    after = _FIRST_WORD_RE.match(text, end)
    if after is None:
        return False
    before = text[max(0, start - _HEAD_WINDOW) : start].casefold().split()[-_HEAD_WORDS:]
    return after.group(1).casefold() in before


_FIRST_WORD_RE = re.compile(r"\s*(\w+)")
# "quy mô vừa và lớn, ...": one word joined to the one before, then the clause goes on.
_ONE_WORD_PAIR_RE = re.compile(r"\w+\s*,")
_HEAD_WINDOW = 40
_HEAD_WORDS = 4


def _in_name_list(text: str, start: int, end: int) -> bool:
    """Whether the separator from ``start`` to ``end`` joins two names of a list.

    "Minh Khai, Văn Lang", "Trung Lập và Tây An": a name before it, and after
    it a name that the list goes on from (or ends with).
    """
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    if text[start] != ",":  # "và": only between plain names, not "(khóa XII) và Kết luận 21"
        word = before.group(0).rstrip()
        plain = word.istitle() and not word.endswith(")")
        return plain and _NAME_AFTER_RE.match(text, end) is not None
    if _LISTED_NAME_RE.match(text, end) is not None:
        return True
    # The last name of a list ("các xã Thanh Hương, Thanh Tâm, Liêm Sơn trước ..."): the
    # name before the comma itself follows a comma or a level word.
    opened = _LIST_OPENED_RE.search(text, max(0, start - 60), start)
    after = _NAME_AFTER_RE.match(text, end)
    return opened is not None and after is not None and after.group(1) not in _BODY_HEADS


def starts_address(text: str) -> bool:
    """Whether ``text`` goes on with an address ("huyện Tri Tôn, ...", "TP. Vinh, ...").

    A stem that starts there has lost the place the address belongs to.
    """
    m = _ADDRESS_START_RE.match(text)
    if m is None:
        return False
    if m.group(1) is None:
        return True
    words = m.group(1)
    return words in LEVELS or words.split()[0] in LEVELS


_PART_OF_RE = re.compile(r"\s*trong đó(?!\w)")


@lru_cache(maxsize=1024)
def _separators(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Positions of ';' and ':' outside quotes (cached: every fact of a sentence asks)."""
    outside = outside_quotes(text)
    cuts = tuple(i for i, ch in enumerate(text) if ch == ";" and outside[i])
    # Not the colon of "ISO 9001:2015" or "7:30".
    colons = tuple(
        i
        for i, ch in enumerate(text)
        if ch == ":" and outside[i] and not text[i - 1 : i + 2 : 2].isdigit()
    )
    return cuts, colons


def clause_span(text: str, index: int) -> tuple[int, int, str]:
    """(start, end, colon lead-in) of the ';'-clause holding ``index``."""
    cuts, all_colons = _separators(text)
    start, end = 0, len(text)
    for cut in cuts:
        if cut < index:
            # "...; trong đó nhân dân đóng góp 412 tỷ đồng" goes on with the clause before.
            if not _PART_OF_RE.match(text, cut + 1):
                start = cut + 1
        elif end == len(text):
            end = cut
    lead = ""
    # A clause with a colon of its own ("Sở Y tế: đạt 27,4%; Sở Giáo dục: ...") is its
    # own lead-in.
    if start > 0 and not any(start <= i < end for i in all_colons):
        colons = [i for i in all_colons if i < start]
        if colons:
            colon = colons[-1]
            lead_start = max([0, *(c + 1 for c in cuts if c < colon)])
            lead = text[lead_start : colon + 1].strip()
    return start, end, lead
