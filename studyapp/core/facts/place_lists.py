"""Whether a place is one item of a list, which reads badly asked alone.

"các xã Ba Sao, Khả Phong, Thanh Sơn", "Các tập thể tiêu biểu gồm: Đảng ủy xã A;
UBND thị trấn B; ...": asking for one of them ("xã nào, Khả Phong, Thanh Sơn")
gives the others away and tests nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from studyapp.core.article import Sentence
from studyapp.core.article.charset import TITLE_WORD

# Names joined by commas or "và" ("gồm Yên Bắc, Tiên Nội, Hoàng Đông và Duy
# Minh"): one item of such a list reads badly asked alone.
_NAME = rf"{TITLE_WORD}(?:\s{TITLE_WORD}){{0,2}}"
_JOIN = r"\s*(?:,|,?\s*và)\s+"
_LIST_ITEM_BEFORE_RE = re.compile(rf"{_NAME}{_JOIN}$")
_LIST_ITEM_AFTER_RE = re.compile(rf"{_JOIN}{_NAME}(?!\w)")
_MIN_LIST_ITEMS = 3
# A one-word level right before a name: "xóm" of "xóm Đình".
_LEVEL_WORD_BEFORE_RE = re.compile(r"(?<!\w)(xã|xóm|thôn|ấp|bản|làng|phường|huyện|quận)\s$")
_LEVEL_WORD_CHARS = 8
_LIST_WINDOW = 48  # characters: one name of up to three words and its comma
# "gồm:", "như sau:": a colon that opens a list.
_LIST_COLON_RE = re.compile(r"(?:gồm|gồm có|như|như sau|sau|cụ thể|là)\s*:$", re.IGNORECASE)
_MAX_ITEM_WORDS = 15


def list_colon_before(text: str, start: int) -> bool:
    """An item of "Các tập thể tiêu biểu gồm: Đảng ủy xã A; UBND thị trấn B; ..."."""
    colon = text.rfind(":", 0, start)
    return (
        colon >= 0
        and bool(_LIST_COLON_RE.search(text, 0, colon + 1))
        and (";" in text[colon:] or text.count(",", colon, start) >= 2)
    )


def list_items(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences that are short items of a list opened by a colon ("gồm:" then "1. ...;")."""
    items: set[int] = set()
    opened = False
    for sentence in sentences:
        text = sentence.norm.rstrip()
        short = len(text.split()) <= _MAX_ITEM_WORDS
        if opened and short:
            items.add(sentence.index)
        opened = text.endswith(":") or (opened and short and text.endswith(";"))
    return items


def in_name_list(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one of three or more names in a row.

    The names may each repeat one level ("5 xóm: xóm Đình, xóm Chùa, xóm Giữa");
    an address's mixed levels ("thôn A, xã B, huyện C") are no list.
    """
    level = _LEVEL_WORD_BEFORE_RE.search(text, max(0, start - _LEVEL_WORD_CHARS), start)
    if level is not None and _counts_as_list(
        text, level.start(1), end, *_level_list_res(level.group(1))
    ):
        return True
    return _counts_as_list(text, start, end, _LIST_ITEM_BEFORE_RE, _LIST_ITEM_AFTER_RE)


def _counts_as_list(
    text: str, start: int, end: int, before: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    items = 1
    # Searched in a window before the name: an anchored search over the whole
    # sentence would try every position in it.
    while items < _MIN_LIST_ITEMS and (
        m := before.search(text, max(0, start - _LIST_WINDOW), start)
    ):
        items, start = items + 1, m.start()
    while items < _MIN_LIST_ITEMS and (m := after.match(text, end)):
        items, end = items + 1, m.end()
    return items >= _MIN_LIST_ITEMS


@functools.cache
def _level_list_res(level: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The list-item patterns of names that each repeat ``level`` ("xóm Đình, xóm Chùa")."""
    item = rf"{re.escape(level)}\s{_NAME}"
    return re.compile(rf"{item}{_JOIN}$"), re.compile(rf"{_JOIN}{item}(?!\w)")
