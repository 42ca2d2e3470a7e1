"""The short form of a question on one item of a list of figures.

"Huyện Bình Lục có 17 đơn vị hành chính gồm 16 xã và 1 thị trấn" asks its
town as "Huyện Bình Lục có bao nhiêu thị trấn?": the subject, the verb that
governs the list, and the item, without the figures in between.
:func:`list_item_head` says where that verb ends, or that there is no such
short form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.cards.stem_boundaries import COMMA
from studyapp.core.facts import Fact
from studyapp.core.facts.base import WORD_RE
from studyapp.core.model import NUMERIC_KINDS, FactKind

_HEAD_VERB_RE = re.compile(r"(?<!\w)(?:có|gồm|đạt|chiếm|là|với)(?!\w)")
# What may stand between a list's verb and its first figure: "có khoảng 56", "gồm tổng số 20".
_QUALIFIERS_RE = re.compile(r"\s*(?:(?:khoảng|trên|hơn|gần|tổng cộng|tổng số|tất cả|chỉ|mới)\s+)*")
# A verb that opens a list of figures of its own ("hiện có 12 câu lạc bộ").
_NEW_LIST_RE = re.compile(r"(?<!\w)(?:có|đạt|chiếm)\s+(?:(?:khoảng|trên|hơn|gần)\s+)?\d")
_NUMBER_RE = re.compile(r"^\S+\s+")  # a figure's number, before what it counts
_RANK_VERB_RE = re.compile(r"(?<!\w)(?:xếp|đứng|dẫn đầu)(?!\w)")
_LIST_SEPARATOR_RE = re.compile(COMMA + r"|(?<!\w)(?:và|với)(?!\w)")
_DIGIT_RE = re.compile(r"\d")
_ITEM_START_RE = re.compile(
    r"\s*(?:(?:trong đó(?: có)?|gồm|khoảng|trên|hơn|gần|tổng cộng|tổng số|chỉ|mới)\s+)*\d"
)


def list_item_head(
    fact: Fact, start: int, figures_before: Sequence[tuple[int, int]], tail: str
) -> int | None:
    """Where the verb of the list the fact is an item of ends, in ``fact.sentence.norm``.

    ``start`` is where the stem's text starts, ``figures_before`` the spans of
    the clause's figures before the fact, ``tail`` the text kept after it.
    ``None``: no short form (no such list, or the short form would mislead).
    """
    if not figures_before:
        return None
    norm = fact.sentence.norm
    head = _list_head(norm, start, min(s for s, _ in figures_before))
    if (
        head is not None
        and _opens_item(fact, [norm[s:e] for s, e in figures_before], tail)
        and _starts_list_item(norm[head : fact.phrase_start], norm[head - 2 : head] == "là")
    ):
        return head
    return None


def _list_head(norm: str, start: int, first_figure: int) -> int | None:
    """Where the verb that governs a list of figures ends ("có" in "Huyện có 17 đơn vị").

    The verb must stand right before the first figure ("có khoảng 56"), so
    that "Công tác thu hút đầu tư có nhiều khởi sắc: ... cấp mới 41 dự án" or
    "đối với công tác ..., tiếp 4.286 lượt với 5.017 người" give no head.
    """
    heads = list(_HEAD_VERB_RE.finditer(norm, start, first_figure))
    if heads and _QUALIFIERS_RE.fullmatch(norm, heads[-1].end(), first_figure):
        return heads[-1].end()
    return None


def _opens_item(fact: Fact, figures: Sequence[str], tail: str) -> bool:
    """Whether the fact may be asked as an item of the list the earlier ``figures`` open.

    Not a percentage after counts ("có 280 học sinh, 100% ăn ở nội trú"), nor
    a figure that counts what an earlier one counted with nothing after it to
    tell them apart ("9.350 buồng, trong đó ... 2.140 buồng": "có bao nhiêu
    buồng?" would have two answers).
    """
    if fact.kind is FactKind.PERCENT:
        return all("%" in figure for figure in figures)
    if fact.kind not in NUMERIC_KINDS:
        return False
    counted = _counted(fact.sentence.norm[fact.phrase_start : fact.phrase_end])
    return WORD_RE.search(tail) is not None or all(
        _counted(figure) != counted for figure in figures
    )


def _counted(figure: str) -> str:
    """What a figure counts: its words after the number ("buồng" of "9.350 buồng")."""
    return _NUMBER_RE.sub("", figure, count=1).casefold()


def _starts_list_item(between: str, copula: bool) -> bool:
    """Whether the figure opens an item of the list its head verb governs.

    ``between`` runs from the head verb to the figure; ``copula``: the verb is "là".
    "có 56 tổ chức, 6.968 đảng viên" and "..., trong đó có 19 đảng bộ và 37 chi bộ với 6.968 đảng
    viên" list what "có" has: nothing stands between the last comma ("và",
    "với") and the figure. In "có 4 cụm công nghiệp, tỷ lệ lấp đầy đạt 85%" or
    "có 58 trường, chiếm 93,5%" words of the figure's own clause stand there,
    and in "có 213 nhà hư hỏng nặng trên 70%" the figure qualifies the item
    before it.
    """
    if ";" in between or ":" in between:
        return False  # the list's verb governs its own clause only
    for verb in _NEW_LIST_RE.finditer(between):
        # "nơi có 4 phường ... - hiện có 12 câu lạc bộ với 340 hội viên": a second
        # list has its own verb ("trong đó có 19 đảng bộ" is part of the first).
        if not between[: verb.start()].rstrip().endswith("trong đó"):
            return False
    found = list(_LIST_SEPARATOR_RE.finditer(between))
    if not found:
        # "có 37 doanh nghiệp đóng góp 64 tỷ đồng xây dựng 19 điểm trường": the figures
        # before are joined by verbs, not listed; "có bao nhiêu điểm trường?" is another count.
        return _DIGIT_RE.search(between) is None
    # No item is a clause of its own: in "Duy Tiên dẫn đầu với 91,2%, huyện Lý Nhân xếp
    # thứ hai với 89,5%" the second "với" is that clause's, not the list's.
    items = zip([0, *(m.end() for m in found[:-1])], (m.start() for m in found), strict=True)
    spans = list(items)
    if any(_RANK_VERB_RE.search(between, a, b) for a, b in spans):
        return False
    # After "là" each item opens on its figure: in "là 312,4 ha, liên quan đến 4.186 hộ ...
    # và 23 tổ chức" the second is a clause of its own; "là bao nhiêu tổ chức?" asks nothing.
    if copula and any(
        not _ITEM_START_RE.match(between, a)
        for a, b in spans[1:]
        if _DIGIT_RE.search(between, a, b)
    ):
        return False
    return WORD_RE.search(between[found[-1].end() :]) is None


# A list of who attended: "Về dự Đại hội có đồng chí A, ...; đồng chí B cùng 250 đại biểu".
_ATTENDANCE_HEAD_RE = re.compile(r"^(?:Về\s+|Tham\s+)?[Dd]ự\s+[^,;:]{0,40}?\s+có(?=\s)")
_WITH_BEFORE_RE = re.compile(r"(?:cùng|và)\s+$")


def attendance_head(fact: Fact) -> int | None:
    """Where "Dự ... có" ends when the fact counts the rest of those who attended.

    "Về dự Đại hội có đồng chí Trần Thị Hải Yến, ...; đồng chí Đinh Văn Cường ...
    cùng 250 đại biểu chính thức" asks its 250 as "Về dự Đại hội có bao nhiêu
    đại biểu chính thức?", not as a count of the last guest's.
    """
    if fact.kind not in NUMERIC_KINDS:
        return None
    norm = fact.sentence.norm
    head = _ATTENDANCE_HEAD_RE.match(norm)
    if head is None or not _WITH_BEFORE_RE.search(norm, head.end(), fact.phrase_start):
        return None
    return head.end()
