"""Sentence splitting that understands Vietnamese numbers and abbreviations.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, together with any
closing quotes or brackets right after it, when white space and then a capital
letter, a digit or an opening quote follow. So:

* "6.968" and "25,5%" never split (no space after the separator);
* ``nhân dân.” Các`` splits after the closing quote, which stays with its sentence;
* "TP. Hà Nội", "TS. Nguyễn", "ThS.", "v.v." and initials ("Nguyễn V. An",
  "bà N.T.H. (SN 1968)") do not end a sentence.
"""

from __future__ import annotations

import re

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "TP",
        "Tp",
        "TS",
        "ThS",
        "Ths",
        "Th.S",
        "PGS",
        "GS",
        "PGS.TS",
        "GS.TS",
        "BS",
        "BSCKI",
        "BSCKII",
        "KS",
        "CN",
        "TX",
        "TT",
        "NXB",
        "St",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "v.v",
        "vv",
        "Co",
        "Ltd",
        "Inc",
        "No",
        "tr",
        "Đ/c",
        "đ/c",
    }
)

_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# A name's initial written with two or three letters ("Tr", "Th", "Ngh") before its
# bracketed birth year or age.
_DIGRAPH_INITIAL_RE = re.compile(r"(?<![^\s(])[A-ZĐ][a-zđ]{1,2}$")
_BIRTH_NOTE_RE = re.compile(r"\((?:SN|sinh|\d)")
_BOUNDARY_RE = re.compile(r"([.!?…]+)([\"”’»)\]]*)(\s+)")
_STARTER_RE = re.compile(r"[\"“‘«(\[-]?\s?[^\W_]", re.UNICODE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end(2)
        following = match.end()
        if following >= len(text) or end <= start:
            continue
        if not _starts_sentence(text, following):
            continue
        if match.group(1) == "." and not match.group(2) and _is_abbreviation(text, match.start()):
            continue
        if (
            match.group(1) == "."
            and _DIGRAPH_INITIAL_RE.search(text, 0, match.start())
            and (_BIRTH_NOTE_RE.match(text, following))
        ):
            continue  # "tài xế Bùi Văn Tr. (SN 1979, ...)": the initial "Tr", not an end
        spans.append((start, end))
        start = following
    tail_end = len(text.rstrip())
    if tail_end > start:
        spans.append((start, tail_end))
    return spans


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _starts_sentence(text: str, index: int) -> bool:
    match = _STARTER_RE.match(text, index)
    if match is None:
        return False
    first = text[match.end() - 1]
    return first.isupper() or first.isdigit()


def _is_abbreviation(text: str, dot: int) -> bool:
    begin = dot
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in '(“"‘[':
        begin -= 1
    token = text[begin:dot]
    if token in ABBREVIATIONS:
        return True
    # An initial ("Nguyễn V. An") or a person's initials ("bà N.T.H."); not a grade
    # ("đoạt giải A. Giải diễn viên ...", "xếp loại B.").
    if len(token) == 1 and token.isupper():
        return _GRADE_BEFORE_RE.search(text, max(0, begin - 12), begin) is None
    return bool(_INITIALS_RE.fullmatch(token))


# Also a unit: "lên tới 37,5 độ C. Dự báo ..." ends its sentence.
_GRADE_BEFORE_RE = re.compile(r"(?<!\w)(?:giải|loại|hạng|nhóm|khối|vùng|mức|độ)\s$")
