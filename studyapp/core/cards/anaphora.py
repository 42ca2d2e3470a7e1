"""Who or where a bare word in a stem points at: "Đồng chí", "anh", "xã".

A stem cut from its sentence keeps the article's shorthand for what an earlier
sentence named: "Đồng chí cho biết ...", "Năm 2011, anh vay ...", "Năm 2023, xã
chuyển đổi thêm 86 ha". Given the name, the question says whom or where it means.
"""

from __future__ import annotations

import re

from studyapp.core.article.charset import LOWER_CLASS, UPPER_CLASS
from studyapp.core.cards.stem_context import StemContext
from studyapp.core.facts import Fact


def named_pronoun(body: str, fact: Fact, ctx: StemContext) -> str:
    """``body`` with a bare "Đồng chí"/"Ông"/"Bà"/"Anh"/"Chị"/"Cụ" given its name.

    The pronoun opens the body ("Đồng chí cho biết, ...", "Theo đồng chí, ...",
    "Năm 2011, anh vay ...") or owns what is told ("vườn của ông", "gia đình
    chị"). Its name is whoever the article last named so, in this paragraph or
    the one before ("Đồng chí Phạm Đức Thịnh cho biết, ..."). Left alone when no
    one was.
    """
    owner = (opening := _BARE_PRONOUN_RE.match(body)) is None
    m = _OWNER_PRONOUN_RE.search(body) if owner else opening  # "vườn của ông", "gia đình chị"
    if m is None:
        return body
    pronoun = m.group(1).casefold()
    if body.casefold().startswith(f"theo {pronoun} ") and owner:
        return body  # "Theo anh Vũ Văn Hùng, ... gia đình anh nuôi ...": his own
    # "anh", "chị" are a farmer's or a worker's, never an official's named without one;
    # nor is the owner of a garden ("vườn của ông") an official named as "Chủ tịch".
    fits = (pronoun,) if owner or pronoun in ("anh", "chị", "cụ") else (pronoun, "")
    earlier = [
        name
        for index in (fact.paragraph_index - 1, fact.paragraph_index)
        for sentence, name, honorific in ctx.people_by_paragraph.get(index, ())
        if sentence < fact.sentence.index and honorific in fits
    ]
    if not earlier:
        return body
    return f"{body[: m.end()]} {earlier[-1]}{body[m.end() :]}"


# Not "bà con" (folk), "Bà mẹ Việt Nam Anh hùng", "ông bà", "ông chủ", "anh em", "chị
# em", "anh ấy": no one's name goes there.
_NOT_ONE_PERSON = r"(?!\s+(?:con|mẹ|bà|chủ|cụ|nội|ngoại|em|chị|anh|ấy|ta)(?!\w))"
# It may follow a time: "Năm 2011, anh vay 80 triệu đồng".
# Or two, the second without its comma: "Sau 12 năm đóng, từ tháng 4/2023 bà nhận ...".
_TIME_OPENER = r"(?i:năm|từ năm|đến năm|tháng|hồi|khi|sau đó|trước đó|sau|từ|đến)"
_BARE_PRONOUN_RE = re.compile(
    rf"^\s*(?:{_TIME_OPENER}(?:\s[^,]{{1,25}})?,\s*){{0,2}}"
    r"(?:(?i:từ|đến)\s+(?:(?:ngày|tháng|năm)\s[\d/.\-]+|khi nào|(?:ngày|tháng|năm) nào)\s+)?"
    rf"(?:(?i:theo)\s+)?((?i:đồng chí|ông|bà|anh|chị|cụ))(?=\s*,?\s+{LOWER_CLASS}){_NOT_ONE_PERSON}"
)
# Who owns what is told: "vườn của ông", "đàn bò của chị", "gia đình ông".
_OWNER_PRONOUN_RE = re.compile(
    r"(?<!\w)(?:của|gia đình|nhà|vợ chồng)\s+((?i:ông|bà|anh|chị))"
    rf"(?=\s+{LOWER_CLASS}|\s*[,?]|$){_NOT_ONE_PERSON}"
)


def named_level(body: str, fact: Fact, ctx: StemContext) -> str:
    """``body`` with a bare "Xã"/"Phường"/"Thị trấn"/"Thôn" that opens it given its name.

    "Xã Tân Lễ là một trong những địa phương đi đầu. Năm 2023, xã chuyển đổi thêm 86
    ha": the commune this paragraph or the one before last named, if it named just one
    of that level; else the body is left alone.
    """
    m = _BARE_LEVEL_RE.match(body)
    if m is None:
        return body
    level = m.group(1).casefold()
    if re.search(rf"(?<!\w){level}\s+(?:{UPPER_CLASS}|nào)", body[m.end() :]):
        return body  # "Xã có diện tích lớn nhất là xã Kim Đông": a kind, not the commune
    named = {
        name
        for index in (fact.paragraph_index - 1, fact.paragraph_index)
        for sentence, _, name in ctx.places_by_paragraph.get(index, ())
        if sentence < fact.sentence.index and ctx.place_levels.get(name) == level
    }
    if len(named) != 1:
        return body
    return f"{body[: m.end()]} {named.pop()}{body[m.end() :]}"


# Not "xã hội", "thôn xóm", "xã viên"; after a time or not: "Năm 2023, xã chuyển đổi ...".
_BARE_LEVEL_RE = re.compile(
    r"^\s*(?:(?i:năm|từ năm|đến năm|tháng|hiện nay|đến nay)(?:\s[^,]{1,25})?,\s*)?"
    rf"((?i:xã|phường|thị trấn|thôn))(?=\s+{LOWER_CLASS})"
    r"(?!\s+(?:hội|viên|xóm|đội|nào|này|đó)(?!\w))"
)


def named_measure(body: str, fact: Fact, ctx: StemContext) -> str:
    """``body`` with "tỷ lệ này", "chỉ số này" given what the sentence before measured.

    "... tỷ lệ hộ sử dụng nước sạch từ các công trình cấp nước tập trung đạt trên 95%.
    Hiện tỷ lệ này trên địa bàn huyện là 87,3%": "tỷ lệ này" is that rate. Left alone
    when the sentence before names no such measure.
    """
    m = _MEASURE_THIS_RE.search(body)
    if m is None:
        return body
    # The sentence before, and this one's clauses before ("...; riêng phường X chỉ số này").
    before = (
        ctx.sentence_before.get(fact.sentence.index, "") + " " + fact.sentence.text[: fact.start]
    )
    head = m.group(1)
    found = list(
        re.finditer(
            rf"(?<!\w)(?i:{head})\s(?!(?:này|trên|đó)\s)((?:[^\s,;:.]+\s){{1,15}}?)"
            rf"(?=(?:{_MEASURE_VERBS})\s)",
            before,
        )
    )
    named = found[-1] if found else None  # the nearest before
    if named is None:
        return body
    return f"{body[: m.start()]}{head} {named.group(1).rstrip()}{body[m.end() :]}"


_MEASURE_THIS_RE = re.compile(
    r"(?<!\w)((?i:tỷ lệ|chỉ số|diện tích|sản lượng|số lượng|tổng số)) (?:này|trên)(?!\w)"
)
_MEASURE_VERBS = (
    "đạt|là|chiếm|tăng|giảm|ở mức|trung bình|bình quân|khoảng|lên|xuống|vượt|từng|chỉ|mới|đã"
)


def named_body(body: str, ctx: StemContext) -> str:
    """``body`` with a bare "bệnh viện", "nhà trường", "hợp tác xã" given its full name.

    "Bệnh viện Sản Nhi Nghệ An đã làm chủ ... Tính đến hết tháng 11, bệnh viện đã khám
    cho 312.450 lượt": the one hospital the article names. Left alone when it names
    none or several of that kind, or the body names it already.
    """
    m = _BARE_BODY_RE.search(body)
    if m is None:
        return body
    kind = m.group("kind").casefold()
    full = ctx.bodies.get(_KIND_KEYS.get(kind, kind), "")
    if not full or full.casefold() in body.casefold():
        return body
    return body[: m.start("kind")] + full + body[m.end("kind") :]


BODY_KINDS = ("bệnh viện", "trường", "hợp tác xã", "công ty", "nhà máy")
_KIND_KEYS = {"nhà trường": "trường", "htx": "hợp tác xã"}
# A kind's bare noun as a subject or object; not "các bệnh viện", "bệnh viện tuyến trên",
# "bệnh viện huyện", nor one already named ("Bệnh viện Bạch Mai").
# It stands alone, before its verb: "bệnh viện đã khám", not "hợp tác xã thủy sản".
_BARE_BODY_RE = re.compile(
    r"(?:^|(?<=[\s,]))(?<!các )(?<!những )(?<!nhiều )(?<!mỗi )(?<!một )(?<!\d )(?<!nhiêu )"
    r"(?P<kind>(?i:bệnh viện|nhà trường|hợp tác xã|HTX|công ty|nhà máy))"
    r"(?=\s+(?:đã|đang|sẽ|vừa|mới|cũng|còn|luôn|hiện|có|là|được|tiếp tục|đạt|thực hiện"
    r"|triển khai|tổ chức|điều trị|khám|đón|sản xuất|xuất khẩu|phối hợp)(?!\w))"
)
