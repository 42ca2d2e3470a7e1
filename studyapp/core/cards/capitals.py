"""Whether a stem's first word keeps its capital once a prefix is put before it.

"Ở Lý Nhân, " + "Huyện phấn đấu ..." must read "huyện phấn đấu", but "Huyện ủy
ban hành ...", "Đảng bộ ...", "Kết luận số 21 ..." and a name keep theirs.
"""

from __future__ import annotations

from studyapp.core.facts.base import WORD_RE, word_set

# Common sentence openers: lower-cased after a prefix even before a proper noun.
_STARTERS = word_set(
    """
    tại trong theo từ với các những thực sau trước đến qua năm tháng ngày quý toàn tổng tỷ số
    giá thu chi có là để nhằm bên ngoài đồng nhờ do vì khi cùng mỗi hiện đây đó này ông bà
    em anh chị cụ ở riêng dịp nhân vào môn phát ngành dự vụ thầy cô
    """
)
# First words that keep their capital when something is put before them.
_KEEP_CAPITAL = word_set(
    """
    đảng nhà chính quốc ban hội huyện tỉnh thành bộ sở phòng mặt đoàn ủy bác trung nghị
    quyết chỉ kết đề kế thông luật đại ubnd hđnd mttq
    """
)
# Of those, the ones that start a name only before these words ("Huyện ủy",
# "Kết luận số 21") or a capital; else they are plain words ("huyện phấn đấu",
# "kết quả").
_NAME_ONLY_BEFORE: dict[str, frozenset[str]] = {
    "huyện": word_set("ủy uỷ"),
    "tỉnh": word_set("ủy uỷ"),
    "thành": word_set("ủy uỷ"),
    "kết": word_set("luận"),
    "bác": word_set("hồ"),  # "Bác Hồ", not "bác sĩ"
    "thông": word_set("tư"),  # "Thông tư 02/2020", not "thông tin"
    "nhà": word_set("nước"),  # "Nhà nước", not "nhà trường"
    "đại": word_set("hội tá úy uý tướng học"),  # "Đại hội", "Đại tá", not "đại diện"
    # "Ban chấp hành", "Ban chỉ đạo", "Ban quản lý", not "ban đầu".
    "ban": word_set("chấp chỉ thường tổ tuyên dân kiểm quản tiếp vận"),
    "chỉ": word_set("thị"),  # "Chỉ thị 05", not "chỉ số"
}
# A given name that is also a starter opens a stem as a name before these: "Toàn cho biết".
_SPEECH_VERBS = word_set("cho nói chia khẳng nhấn bày phát đề kể tâm")
# A level before a place's name is a plain word ("Ở Cái Nước, xã Trần Thới ..."),
# unless the two name a body: "Huyện ủy", "Tỉnh đoàn".
_LEVELS = word_set("xã huyện tỉnh phường quận thôn xóm ấp")
_BODIES_AFTER_LEVEL = word_set("ủy uỷ đoàn hội")


def keeps_capital(body: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether ``body``'s first word is a name (or starts one) and so keeps its capital.

    ``names`` are given names known from the article ("Tùng" of "Trịnh Văn Tùng").
    """
    words = WORD_RE.findall(body[:60])
    if not words:
        return True
    head = words[0]
    after = words[1] if len(words) > 1 else ""
    folded = head.casefold()
    if folded in _LEVELS and after[:1].isupper():
        return after.casefold() in _BODIES_AFTER_LEVEL
    if _org_name(words):
        return True
    if (folded, after.casefold()) == ("kết", "luận"):
        # "Kết luận số 21-KL/TU" is a document; "kết luận buổi đối thoại" is the verb.
        third = words[2] if len(words) > 2 else ""
        return third.casefold() == "số" or third[:1].isdigit()
    return (
        # A starter that is also someone's given name is the name only as a speaker:
        # "Toàn cho biết", but "Hiện chợ có" beside "Nguyễn Thực Hiện".
        (head in names and (folded not in _STARTERS or after.casefold() in _SPEECH_VERBS))
        or (folded in _KEEP_CAPITAL and not _plain_word(folded, after))
        or (head.isupper() and len(head) > 1)  # an acronym, not "Ô tô"
        or (after[:1].isupper() and folded not in _STARTERS)
    )


# The heads of a body's name: "Ngân hàng TMCP Công Thương", "Tổng công ty Điện lực
# miền Bắc", "Liên đoàn Lao động tỉnh", where the name proper starts after the head.
_ORG_HEADS = (
    ("ngân", "hàng"), ("công", "ty"), ("tổng", "công", "ty"), ("tập", "đoàn"),
    ("liên", "đoàn"), ("hợp", "tác", "xã"), ("bảo", "hiểm", "xã", "hội"), ("trung", "tâm"),
    ("bệnh", "viện"), ("tổng", "liên", "đoàn"), ("vườn", "quốc", "gia"),
    ("công", "ty", "cổ", "phần"), ("công", "ty", "tnhh"),
    # Titles and awards, written with a capital before a body's name: "Chủ tịch UBND
    # tỉnh", "Huân chương Lao động", "Bằng khen của Thủ tướng".
    ("chủ", "tịch"), ("phó", "chủ", "tịch"), ("bí", "thư"), ("giám", "đốc"),
    ("phó", "giám", "đốc"), ("huân", "chương"), ("huy", "chương"), ("bằng", "khen", "của"),
    ("giấy", "khen", "của"), ("cờ", "thi", "đua", "của"),
)  # fmt: skip


def _org_name(words: list[str]) -> bool:
    """Whether the words open a body's name: its head, then a capitalised word."""
    folded = [w.casefold() for w in words[:5]]
    for head in _ORG_HEADS:
        n = len(head)
        if tuple(folded[:n]) == head and len(words) > n and words[n][:1].isupper():
            return True
    return False


def _plain_word(head: str, after: str) -> bool:
    """Whether ``head`` (followed by ``after``) is a plain word, not the start of a name."""
    names = _NAME_ONLY_BEFORE.get(head)
    return names is not None and not after[:1].isupper() and after.casefold() not in names
