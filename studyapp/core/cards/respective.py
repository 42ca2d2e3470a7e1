"""Figures given "respectively" ("lần lượt"), each asked with its own subject.

"So với tháng 9/2024, số người chết và số người bị thương lần lượt giảm 17,6%
và 25%" is two facts: "So với tháng 9/2024, số người chết giảm bao nhiêu phần
trăm?" and the same for "số người bị thương". When the subjects cannot be paired
with the figures (they are not listed right before "lần lượt"), only the last
figure is asked, with the others shown; an earlier one alone would match no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.core.article.charset import LOWER_CLASS, UPPER_CLASS
from studyapp.core.facts import Fact
from studyapp.core.facts.base import WORD_RE

_RESPECTIVELY_RE = re.compile(r"(?<!\w)lần lượt(?!\w)")
# Between "lần lượt" and the first figure: its verb ("giảm", "là", "đạt", "bằng").
_VERB_RE = re.compile(r"^\s(?:[^\s\d,;:.]+\s){0,5}$")  # "đạt tỷ lệ đỗ là"
# Between two figures of the list: "17,6% và 25%", "11 vụ, 8 người và 15 người".
_NEXT_RE = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:(?:khoảng|gần|trên|hơn)\s+)?$")
_BARE_FIGURE_RE = re.compile(r"(?:(?:khoảng|gần|trên|hơn)\s+)?\d[\d.,]*\s?%?")
_VERB_BEFORE_RE = re.compile(r"\s(?:tăng|giảm|đạt|đóng|chiếm|bằng|là|thu|có|trồng)\s+$")
_SUBJECT_SEPARATOR_RE = re.compile(r",\s+|\s+và\s+")  # not a decimal comma
_MAX_SUBJECT_WORDS = 6
# The list's count and kind before its first name: "Hai huyện | Di Linh".
_COUNTED_HEAD_RE = re.compile(
    r"^(?i:hai|ba|bốn|năm|các|cả hai|\d+)\s+"
    rf"(?P<head>{LOWER_CLASS}\S*(?:\s{LOWER_CLASS}\S*){{0,3}})\s+(?P<name>{UPPER_CLASS}.*)$"
)
_PHRASE_VERB_RE = re.compile(r"(?:đạt|chiếm|tăng|giảm|là|bằng)\s+")
_LEVEL_HEAD_RE = re.compile(
    rf"^((?i:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh))\s+(?={UPPER_CLASS})"
)
_SAID_OF_ALL_RE = re.compile(r",\s+(?=(?:là hai|là ba|đều|cùng|cả hai)\s)")


@dataclass(frozen=True, slots=True)
class Respective:
    """A fact's place in a list of figures given "respectively"."""

    body: str  # the stem with its own subject ("" when it cannot be paired)
    last: bool  # the list's last figure, asked with the others shown when unpaired


def respective(
    fact: Fact, spans: Sequence[tuple[int, int]], clause: tuple[int, int], mid: str
) -> Respective | None:
    """The fact as one of figures given "lần lượt", or None if it is not one.

    ``spans`` are the sentence's figures (the fact's among them), ``clause`` the
    bounds of its ';' clause, ``mid`` its asked phrase as the stem writes it.
    """
    text = fact.sentence.text
    start, end = clause
    said = list(_RESPECTIVELY_RE.finditer(text, start, fact.phrase_start))
    if not said:
        return None
    word = said[-1]
    chain = _figures_after(text, word.end(), sorted(spans), end)
    own = (fact.phrase_start, fact.phrase_end)
    if own not in chain or len(chain) < 2:
        return None
    k = chain.index(own)
    verb = text[word.end() : chain[0][0]]
    at = word.start()
    # Its verb may come first: "người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, ...".
    if before_verb := _VERB_BEFORE_RE.search(text, start, at):
        at = before_verb.start()
        verb = before_verb.group(0).rstrip() + verb
    subjects = _subjects_before(text, start, at, len(chain))
    if subjects is None and (opening := _subjects_opening(text, start, at, len(chain))):
        # "Các huyện A, B, C có mức tăng trưởng khá, lần lượt đạt 134,5%, ...": each is a
        # district with that growth.
        names, predicate = opening
        verb = f" {predicate},{verb}"
        subjects = ("", names)
    if subjects is None:
        return Respective("", last=k == len(chain) - 1)
    prefix, names = subjects
    rest = text[chain[-1][1] : end]
    if k < len(chain) - 1 and _BARE_FIGURE_RE.fullmatch(text, *own):
        # "70%, 60%, 50% mức đóng của người thứ nhất": the last figure's noun is all of theirs.
        last_number = _BARE_FIGURE_RE.match(text, chain[-1][0])
        rest = text[last_number.end() : end] if last_number else rest
    name = _with_head(names[0], names[k])
    level = _LEVEL_HEAD_RE.match(names[0])
    if k and level and not _LEVEL_HEAD_RE.match(names[k]) and names[k][:1].isupper():
        name = f"{level[1]} {names[k]}"  # "Huyện Ngọc Lặc và Thạch Thành": a district too
    if counted := _COUNTED_HEAD_RE.match(names[0]):
        # "Hai huyện Di Linh và Lâm Hà": each is a "huyện", neither is "Hai huyện".
        name = f"{counted['head']} {names[k] if k else counted['name']}"
        name = name[:1].upper() + name[1:] if not prefix else name
    # ", là hai vùng trọng điểm của tỉnh": said of them all, not of one.
    rest = _SAID_OF_ALL_RE.split(rest, maxsplit=1)[0]
    if k < len(chain) - 1:
        # "48.900 ha và 31.500 ha cà phê": the last figure's noun goes on for all.
        own_words = text[own[0] : own[1]].split()[1:]
        last_words = text[chain[-1][0] : chain[-1][1]].split()[1:]
        if own_words and last_words[: len(own_words)] == own_words:
            rest = " ".join(["", *last_words[len(own_words) :]]) + rest
    if k and (shared := _PHRASE_VERB_RE.match(text, chain[0][0])):
        verb += shared.group(0)  # "lần lượt | đạt 134,5%, 121,8%": the first figure's verb
    return Respective(f"{prefix}{name}{verb}{mid}{rest}", last=k == len(chain) - 1)


def _with_head(first: str, name: str) -> str:
    """``name`` with the head noun the list's first item gives it: "người" + "thứ ba"."""
    whole, own = first.split(), name.split()
    extra = len(whole) - len(own)
    if extra > 0 and whole[extra] == own[0]:
        return " ".join(whole[:extra] + own)
    return name


def _figures_after(
    text: str, at: int, spans: Sequence[tuple[int, int]], end: int
) -> list[tuple[int, int]]:
    """The figures listed after "lần lượt <verb>" (empty if its verb is not right there)."""
    chain: list[tuple[int, int]] = []
    for s, e in spans:
        if s < at or e > end:
            continue
        if not chain:
            if not _VERB_RE.match(text[at:s]):
                return []
        elif not _NEXT_RE.match(text[chain[-1][1] : s]):
            break
        chain.append((s, e))
    return chain


def _subjects_before(text: str, start: int, at: int, count: int) -> tuple[str, list[str]] | None:
    """(what goes before them, the ``count`` subjects listed right before "lần lượt")."""
    before = text[start:at]
    if not before.strip() or before.rstrip()[-1:] in ",;:":
        return None  # ", lần lượt là ...": what the figures are of is not listed there
    cuts = list(_SUBJECT_SEPARATOR_RE.finditer(before))
    if len(cuts) < count - 1:
        return None
    firsts = cuts[-(count - 1) :]
    if count == 2 and firsts[-1].group(0).strip() != "và":
        return None  # two things are joined by "và": "số người chết và số người bị thương"
    opening = cuts[-count] if len(cuts) >= count else None
    if opening is not None and opening.group(0).strip() != ",":
        return None
    head = opening.end() if opening is not None else 0
    edges = [head, *(m.start() for m in firsts), len(before.rstrip())]
    starts = [head, *(m.end() for m in firsts)]
    names = [before[a:b].strip() for a, b in zip(starts, edges[1:], strict=True)]
    if any(not _is_subject(name) for name in names):
        return None
    return before[:head], names


_NAME = rf"{UPPER_CLASS}[^\s,;:]*(?:\s{UPPER_CLASS}[^\s,;:]*){{0,3}}"
_OPENING_SUBJECTS_RE = re.compile(
    r"^\s*(?P<head>(?:(?i:các|hai|ba|bốn|năm)\s+)?"
    rf"{LOWER_CLASS}[^\s,]*(?:\s{LOWER_CLASS}[^\s,]*)?\s+)?"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s*và\s+{_NAME})?)"
    r"\s+(?P<predicate>[^,;:]+?),\s*$"
)


def _subjects_opening(text: str, start: int, at: int, count: int) -> tuple[list[str], str] | None:
    """The ``count`` names a clause opens on, and what it says of them, before ", lần lượt"."""
    m = _OPENING_SUBJECTS_RE.match(text[start:at])
    if m is None:
        return None
    names = [n.strip() for n in _SUBJECT_SEPARATOR_RE.split(m["names"]) if n.strip()]
    if len(names) != count:
        return None
    head = (m["head"] or "").strip()
    kind = _COUNTED_HEAD_RE.match(f"{head} {names[0]}") if head else None
    level = kind["head"] if kind else head
    named = [f"{level} {name}".strip() for name in names]
    return [named[0][:1].upper() + named[0][1:], *named[1:]], m["predicate"].strip()


def _is_subject(name: str) -> bool:
    """A short phrase with no figure: "số người bị thương", "huyện Vụ Bản"."""
    return (
        bool(name)
        and not any(ch.isdigit() for ch in name)
        and len(WORD_RE.findall(name)) <= _MAX_SUBJECT_WORDS
    )
