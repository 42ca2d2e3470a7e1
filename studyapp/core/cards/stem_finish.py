"""The last touches of a question stem: spacing, quotation marks, dangling ends, its prefix.

A stem cut from a sentence may end on a connective ("..., trong đó?"), open a
quotation it never closes, or start on a timeline's label ("Năm 1950: ..."); the
context prefix ("Năm 2024, ở Lý Nhân") goes before it.
"""

from __future__ import annotations

import re

from studyapp.core.cards.capitals import keeps_capital

_PART_OPENER_RE = re.compile(r"^(?i:trong đó|đồng thời|qua đó|theo đó|từ đó)\s+(?=\S)")
# A connective or a verb's auxiliary left at the end by a cut: "..., trong đó?",
# "hỏi tên ông Đinh Văn Thước có?".
_DANGLING_RE = re.compile(
    r"(?:,\s*|\s+)(?:trong đó|đồng thời|trong khi|nhưng|và|với|là|đã|đang|sẽ|của|cùng|gồm"
    r"|cho|đại diện(?: cho)?|chia thành|ngoài mức|(?:cụ thể )?như(?: sau)?"
    r"|(?<!mặt )(?<!đồng )bằng|trị giá)$"
    # "về" as "about" ("Kết luận số 12-KL/HU ... về?"), not after a verb of motion.
    r"|(?<!chuyển)(?<!trở)(?<!đưa)(?<!gửi)(?<!quay)(?<! đi)(?<!mang)(?<!thu)\s+về$"
    r"|(?<!giàu)(?<!sẵn)(?<!vốn)(?<!hiện)\s+có$"  # not "giàu có", "sẵn có"
    # "sáp nhập bao nhiêu xã thành?": what they became was cut off.
    r"|(?<=bao nhiêu)(?:\s[^\s,]+){1,6}?(?P<into>\s+thành)$"
    r"|(?<=[\d%])\s+(?:cuối|đầu)$"  # "xuống còn 2,1% cuối" (năm 2024): a cut time
    r"|(?<=%)\s+(?:năm|tháng)$"  # "xuống còn 36,5% năm" (2023), not "tối đa 5 năm"
)
_DANGLING_CHARS = 16
_BEFORE_WHEN_RE = re.compile(r"(?<!\w)([Tt]rước|[Ss]au) khi nào(?!\w)")
_TIMELINE_LABEL_RE = re.compile(r"^((?:Năm |Năm giai đoạn )(?:nào|\d{4}(?:\s*[-–]\s*\d{4})?)):\s+")
_SPACE_BEFORE_RE = re.compile(r"\s+([,;:.?)])")
_SPACE_AFTER_RE = re.compile(r"([(“])\s+")
_END_PUNCT = " \t\n\r\f\v.,;:…?!"


def _unclosed_at_end(body: str) -> bool:
    """Whether the last “ of ``body`` opens someone's words still open at its end."""
    opened = body.rfind("“")
    if not body[:opened].rstrip().endswith(":"):
        return False  # no speaker introduced it: the question is not someone's words
    return "”" not in body[opened:] and body.count("”", 0, opened) == body.count("“", 0, opened)


def finish(body: str, prefix: str, names: frozenset[str] = frozenset()) -> str:
    """The stem's final form: tidied, its dangling end and stray marks gone, with ``prefix``."""
    body = " ".join(body.split()).strip(" ,;:–-")
    if "chiếm" not in body:
        # A part cut from its whole ("trong đó nhân dân đóng góp 1.742 tỷ đồng và hiến
        # bao nhiêu m2 đất?") reads as a fact of its own; a share ("chiếm") needs its whole.
        body = _PART_OPENER_RE.sub("", body, count=1)
    body = _SPACE_BEFORE_RE.sub(r"\1", body)
    body = _SPACE_AFTER_RE.sub(r"\1", body)
    # "xong trước tháng 4 năm 2025" asks "trước thời điểm nào", not "trước khi nào"
    # ("before when"), which reads as the conjunction "trước khi".
    body = _BEFORE_WHEN_RE.sub(r"\1 thời điểm nào", body)
    if label := _TIMELINE_LABEL_RE.match(body):
        # A timeline's entry: "Năm 1950: Thực hiện ..." is asked "Năm nào, thực hiện ...".
        rest = body[label.end() :]
        if not keeps_capital(rest, names):
            rest = rest[:1].lower() + rest[1:]
        body = f"{label.group(1).replace('Năm giai đoạn', 'Giai đoạn')}, {rest}"
    if body.count("“") == body.count("”") + 1 and _unclosed_at_end(body):
        # The question ends inside someone's words ("cho biết: “Nhà tôi cấy bao nhiêu
        # mẫu"): closed, they stay that person's, not the question's "tôi".
        body = body.rstrip(_END_PUNCT) + "”"
    elif body.count("“") != body.count("”"):
        # A quotation cut open by the clause: its marks alone would mislead.
        body = body.replace("“", "").replace("”", "")
    if body.count('"') % 2:
        body = body.replace('"', "")
    body = body.rstrip(_END_PUNCT)
    # Only the last words can dangle: searched there, not from every position.
    dangling = _DANGLING_RE.search(body, max(0, len(body) - _DANGLING_CHARS))
    if dangling is not None:
        body = body[: dangling.start("into") if dangling.group("into") else dangling.start()]
    if body.count("(") > body.count(")"):
        body += ")"
    if prefix:
        if not keeps_capital(body, names):
            body = body[:1].lower() + body[1:]
        body = prefix + ", " + body
    return body[:1].upper() + body[1:] + "?"
