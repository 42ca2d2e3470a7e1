"""What a figure's stem keeps after it when other figures follow in a list.

In "35 tập thể và 72 cá nhân được khen thưởng" the items share their
predicate, so a question about the 35 keeps "được khen thưởng"; in "đạt trên
70%, 100% kết quả ... được số hóa" or after a breakdown's "trong đó có" they
do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.facts import Fact
from studyapp.core.model import NUMERIC_KINDS, FactKind

_COORDINATOR_RE = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")
_RANGE_END_RE = re.compile(r"^[^,;]{0,60}?\s(?:giảm|tăng)?\s?(?:xuống|lên)?\s?(?:còn|đến|tới)?\s*$")
_OWN_NOUN_WORDS = 2  # "100% kết quả giải quyết ...", not "50% mức" closing a list of shares
# "trong đó có" lists nouns, so a clause after the last one is that noun's; after a bare
# "trong đó" the items share a predicate ("trong đó 6 tổ chức, 15 đảng viên đến mức ...").
_BREAKDOWN_BEFORE_RE = re.compile(r"(?<!\w)(?:trong đó có|gồm có|bao gồm)\s+$")
# How what coordinated figures share begins: a predicate ("35 tập thể và 72 cá nhân được
# khen") or a phrase of place, time or purpose ("..., 3.400 cây giống cho hộ nghèo").
_PREDICATE_START_RE = re.compile(
    r"\s*(?:được|đã|đang|sẽ|đều|cũng|bị|có|đạt|là|vừa|mới|còn|tham gia|nhận|hoàn thành"
    r"|tiếp tục|phải|cần|cho|về|trong(?! nước)|từ|trên|tại|ở|của|để|theo|đến|vào|sau|trước|khi|qua"
    r"|thuộc|nhằm|phục vụ)(?!\w)"
)


def tail_span(
    fact: Fact, spans: Sequence[tuple[int, int]], clause_end: int, norm: str
) -> tuple[int, int, bool]:
    """The text kept after a fact: (start, end, whether end is the clause's end).

    Figures in the tail would crowd a figure question, so it stops at the next
    one; but in "35 tập thể và 72 cá nhân được khen thưởng" the items share
    their predicate, so coordinated figures are skipped, not the predicate.
    """
    if fact.kind not in NUMERIC_KINDS:
        return fact.phrase_end, clause_end, True
    following = sorted((s, e) for s, e in spans if fact.phrase_end <= s < clause_end)
    start = fact.phrase_end
    bare_share = fact.kind is FactKind.PERCENT and norm[fact.start : fact.phrase_end].endswith("%")
    if following and norm[max(0, fact.start - 3) : fact.start] == "từ ":
        s, e = following[0]
        if _RANGE_END_RE.match(norm[fact.phrase_end : s]):
            # "từ 98 đơn vị ... giảm còn 34 đơn vị": where the change ended says what
            # the start was, so the question keeps it (whole: up to that figure).
            return fact.phrase_end, e, True
    for s, e in following:
        if not _COORDINATOR_RE.match(norm[start:s]) or (
            # "đạt trên 70%, 100% kết quả ... được số hóa": a share of what went
            # before, then another of its own noun; they share no predicate.
            bare_share and len(norm[s:e].partition("%")[2].split()) >= _OWN_NOUN_WORDS
        ):
            return start, s, False
        start = e
    if start != fact.phrase_end and (
        not _PREDICATE_START_RE.match(norm, start)
        # "trong đó có 1.096 thương binh, 478 bệnh binh, 62 người ... bị nhiễm chất độc
        # hóa học": what follows a breakdown's last item qualifies that item only.
        or _after_breakdown(fact, spans, norm)
    ):
        # After the last item comes the rest of its own noun ("2 thiết bị bay | không
        # người lái"), not a predicate the items share.
        return start, start, False
    return start, clause_end, True


def _after_breakdown(fact: Fact, spans: Sequence[tuple[int, int]], norm: str) -> bool:
    """Whether the list the fact is an item of follows "trong đó có": a breakdown of nouns."""
    first = fact.start
    for s, e in sorted(spans, reverse=True):
        if e <= first and _COORDINATOR_RE.match(norm[e:first]):
            first = s
        elif e <= first:
            break
    return bool(_BREAKDOWN_BEFORE_RE.search(norm, max(0, first - 16), first))
