"""An interview's answer asked in reported speech: "chúng tôi" becomes who speaks.

"Ông Phạm Văn Hưng: ... Chúng tôi đặt mục tiêu giảm tỷ lệ hộ nghèo xuống dưới
0,6%" is asked "Theo ông Phạm Văn Hưng, Sở Lao động – Thương binh và Xã hội đặt
mục tiêu giảm tỷ lệ hộ nghèo xuống dưới bao nhiêu phần trăm?": the body the
speaker heads stands for "chúng tôi", or "đơn vị" when his title names none.
"""

from __future__ import annotations

import re

from studyapp.core.article.charset import CAP_WORD

_WE_RE = re.compile(r"(?<!\w)(?i:chúng tôi)(?!\w)")
_I_RE = re.compile(r"(?<!\w)[Tt]ôi(?!\w)")
# The head of a title, before the body it heads: "Giám đốc | Sở Lao động ...".
_HEAD_RE = re.compile(
    r"^(?:(?:Phó|Quyền)\s+)?(?:Giám đốc|Chủ tịch|Trưởng phòng|Trưởng ban|Trưởng khoa|Bí thư"
    r"|Chi cục trưởng|Cục trưởng|Hiệu trưởng|Viện trưởng|Chánh Văn phòng|Chánh Thanh tra"
    r"|Chủ nhiệm|Tổng Giám đốc|Trưởng)\s+"
)


def bare_name(speaker: str) -> str:
    """The name in "ông Phạm Văn Hưng": what a person fact's answer is."""
    words = speaker.split()
    return " ".join(words[1:]) if words and words[0].islower() else speaker


# A locality's head: "Chủ tịch UBND huyện Phong Điền", "Bí thư Huyện ủy Ý Yên".
_LOCAL_HEAD_RE = re.compile(
    r"^(?:Phó\s+)?(?:Chủ tịch|Bí thư)\s+(?:(?:UBND|HĐND)\s+(?P<level>tỉnh|huyện|thị xã|thành phố"
    r"|quận|xã|phường|thị trấn)|(?P<committee>Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy))"
    rf"\s+(?P<name>{CAP_WORD}(?:\s{CAP_WORD}){{0,3}})$"
)
_COMMITTEE_LEVELS = {
    "Tỉnh ủy": "tỉnh", "Huyện ủy": "huyện", "Thành ủy": "thành phố", "Thị ủy": "thị xã",
    "Quận ủy": "quận",
}  # fmt: skip


def body_of(title: str) -> str:
    """The body a title heads ("Giám đốc Sở Y tế" -> "Sở Y tế"), or "" if none is named.

    A locality's head speaks for it: "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Phong
    Điền" -> "huyện Phong Điền" (what "chúng tôi" did, the district did).
    """
    for part in title.split(","):
        if local := _LOCAL_HEAD_RE.match(part.strip()):
            level = local["level"] or _COMMITTEE_LEVELS[local["committee"]]
            return f"{level} {local['name']}"
    first = title.split(",")[0].strip()
    head = _HEAD_RE.match(first)
    if head is None:
        return ""
    body = first[head.end() :]
    if bare := _BARE_BODY_TITLE_RE.fullmatch(body):
        # "Bí thư Huyện ủy", "Giám đốc Công ty": the district, the company, unnamed
        # (a bare "công ty" may then take the article's one company's name).
        return _BARE_BODIES.get(bare[0].casefold(), bare[0].casefold())
    return body if body[:1].isupper() else ""


_BARE_BODY_TITLE_RE = re.compile(
    r"(?i:huyện ủy|tỉnh ủy|thành ủy|ubnd huyện|ubnd tỉnh|công ty|bệnh viện|nhà trường|trường)"
)
_BARE_BODIES = {
    "huyện ủy": "huyện", "ubnd huyện": "huyện", "tỉnh ủy": "tỉnh", "ubnd tỉnh": "tỉnh",
    "thành ủy": "thành phố", "trường": "nhà trường",
}  # fmt: skip


# A body named by its head word alone, after a comma or at the start: "Năm 2024, Sở đã ...".
_BARE_HEAD_RE = re.compile(
    r"(?:^|(?<=, ))(?P<head>Sở|Ngành|Ban|Phòng|Trung tâm|Bệnh viện)(?= [a-zđ])"
)


def body_led_by(body: str, title: str) -> str | None:
    """``body`` with a bare "Sở"/"Ngành"... named as the speaker's own body, or None.

    In an interview's answer "Sở đã phối hợp với các huyện ..." means the body its
    speaker heads ("Giám đốc Sở Thông tin và Truyền thông tỉnh Nghệ An").
    """
    own = body_of(title)
    m = _BARE_HEAD_RE.search(body)
    if m is None or not own.startswith(m["head"] + " "):
        return None
    return body[: m.start()] + own + body[m.end() :]


def as_reported(body: str, speaker: str, title: str) -> str | None:
    """``body`` with the speaker's "chúng tôi"/"tôi" replaced, or None if it cannot be."""
    own = body_of(title)
    if _WE_RE.search(body):
        body = _WE_RE.sub(own or "đơn vị", body, count=1)
    if _I_RE.search(body):
        return None  # "tôi" as a person: "tôi được giao ..." reads badly as a third person
    return body if speaker not in body else None


# "Anh Vũ Văn Hùng (42 tuổi), một hộ liên kết ở xóm 9, cho biết: “Nay gia đình tôi nuôi ...”".
_QUOTED_SPEAKER_RE = re.compile(
    r"^(?P<hon>(?i:ông|bà|anh|chị|cụ|đồng chí|thầy|cô))\s+"
    rf"(?P<name>{CAP_WORD}(?:\s{CAP_WORD}){{0,3}})"
    r"(?:\s*\([^()]*\))?(?:\s*,[^:“”\"]*,)?\s+(?:\S+\s+){0,2}?"
    r"(?:cho biết|chia sẻ|nói|kể|tâm sự|bày tỏ|khẳng định|cho hay|phấn khởi|xúc động)"
    r"(?:\s+nói)?\s*:\s*[“\"]?(?P<quote>[^“”\"]+?)[”\"]?[.!]?\s*$"
)


# The words first, then who said them: "..., mỗi tháng có thêm 20 triệu đồng", chị Y Liên,
# người Mơ Nâm ở thôn Kon Pring, kể.
_SPEAKER_AFTER_RE = re.compile(
    r"^[“\"]?(?P<quote>[^“”\"]+?)[”\"]?,\s+(?P<hon>(?i:ông|bà|anh|chị|cụ|thầy|cô))\s+"
    rf"(?P<name>{CAP_WORD}(?:\s{CAP_WORD}){{0,3}})(?P<about>(?:,[^,“”\"]+)*?)\s+"
    r"(?:\S+\s+){0,2}?(?:kể|nói|chia sẻ|cho biết|bày tỏ|tâm sự|khẳng định|cho hay)\s*[.!]?\s*$"
)


def quote_as_reported(body: str, mid: str) -> str:
    """A named speaker's first-person words in reported speech, else ``body`` unchanged.

    "" when the question is on where the speaker of such words lives.

    "Anh Tài chia sẻ: “Lần đầu tiên tôi hiến máu là năm nào ...”" is asked "Theo anh
    Tài, lần đầu tiên anh hiến máu là năm nào ...": the question is no longer put
    inside someone's words, and "tôi" is who said them. "chúng tôi" stays as it is, and
    so does a body whose asked phrase ``mid`` is not in the words ("ông X, xã nào, ...").
    """
    after = _SPEAKER_AFTER_RE.match(body)
    if after is not None and body.find(mid) >= after.end("quote"):
        return ""  # where someone quoted lives ("chị Y Liên, ... ở thôn nào"): trivia
    if after is not None and _I_RE.search(after["quote"]) and not _WE_RE.search(after["quote"]):
        hon = after["hon"].casefold()
        quote = _I_RE.sub(hon, after["quote"].strip())
        return f"Theo {hon} {after['name']}, {quote[:1].lower()}{quote[1:]}"
    m = _QUOTED_SPEAKER_RE.match(body)
    if (
        m is None
        or body.find(mid) < m.start("quote")  # the first "nào" may be in "xã nào, ..."
        or not _I_RE.search(m["quote"])
        or _WE_RE.search(m["quote"])
    ):
        return body
    hon = m["hon"].casefold()
    quote = _I_RE.sub(hon, m["quote"])
    return f"Theo {hon} {m['name']}, {quote[:1].lower()}{quote[1:]}"
