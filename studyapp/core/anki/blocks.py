"""The hidden ``data-studyapp`` block of the Anki rows we wrote: found, parsed and checked.

Part of :mod:`.reverse`. The block is JSON in an HTML attribute at the end of
the second field; :func:`row_meta` reads one row's. :class:`BlockReader`
reads a file's rows in order and skips most of the parsing for notes written
as several Anki rows, whose blocks differ only in their role.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from studyapp.core.anki.mapping import META_VERSION, ROLE_CHOICE, ROLE_CLOZE, ROLE_QA
from studyapp.core.anki.rows import AnkiRow
from studyapp.core.errors import InputError
from studyapp.core.model import CardType, FactKind

KINDS = {kind.value: kind for kind in FactKind}
CARD_TYPES = {card.value: card for card in CardType}
ROLES = (ROLE_QA, ROLE_CLOZE, ROLE_CHOICE)
META_ATTRIBUTE = "data-studyapp="
# How our export starts every block: the role first (see mapping._meta_blocks).
_ROLE_HEAD = '{"row":"'
# The C scanner behind json.loads, without its per-call Python wrapper.
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _json(text: str) -> Any:
    """``json.loads(text)``, faster for the usual case of nothing around the value."""
    try:
        value, end = _scan_json(text, 0)
        if end == len(text):
            return value
    except (StopIteration, ValueError):
        pass
    return json.loads(text)  # white space around it, or an error: json's own handling


def _attribute_value(back: str, start: int) -> str | None:
    """The quoted value of the ``data-studyapp=`` attribute at ``start``; ``None`` if unquoted."""
    begin = start + len(META_ATTRIBUTE) + 1
    quote = back[begin - 1 : begin]
    if quote not in ("'", '"'):
        return None
    end = back.find(quote, begin)
    return None if end < 0 else back[begin:end]


def _parsed(raw: str | None, row: AnkiRow, file: str) -> dict[str, Any]:
    """The checked block of ``row`` from its attribute value ``raw``."""
    try:
        if raw is None:
            raise ValueError(raw)
        meta = _json(html.unescape(raw) if "&" in raw else raw)
        ok = (
            isinstance(meta, dict)
            and meta.get("v") == META_VERSION
            and isinstance(meta.get("guid"), str)
            and meta.get("row") in ROLES
            and isinstance(meta.get("p"), int)
            and isinstance(meta.get("cards"), list)
            and isinstance(meta.get("slug"), str)
        )
        cards = meta["cards"] if ok else []
        ok = (
            ok
            and meta["kind"] in KINDS
            and all(c in CARD_TYPES for c in cards)
            and len(set(cards)) == len(cards)  # a card type twice cannot be stored
        )
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise InputError("damaged studyapp data in this note", file=file, line=row.line)
    assert isinstance(meta, dict)  # checked above; narrows json's Any for mypy
    return meta


def row_meta(row: AnkiRow, file: str) -> dict[str, Any] | None:
    """The hidden block of a row we wrote, checked; ``None`` for a row from Anki itself.

    Raises InputError (with the row's line) for a block that is not valid
    JSON or lacks what :mod:`.reverse` needs.
    """
    back = row.fields[1]
    start = back.rfind(META_ATTRIBUTE)  # at the end: no need to scan the whole field
    if start < 0:
        return None
    return _parsed(_attribute_value(back, start), row, file)


class BlockReader:
    """Reads the hidden blocks of a file's rows, in file order, as :func:`row_meta` does.

    The Anki rows of one note come one after another, and their blocks
    differ only in the role, which our export writes first. A block that is
    the previous one but for its role (and has no second ``"row"`` key,
    which would win) parses to that block with its own role: it is not
    parsed again (two of the three parses for a note with every card type).
    """

    def __init__(self, file: str) -> None:
        self._file = file
        self._guid: str | None = None  # the note guid of the block last parsed
        self._raw = ""  # that block's text
        self._meta: dict[str, Any] = {}  # and the block, parsed
        self._rest: str | None = None  # its text after the role, once needed

    def read(self, row: AnkiRow) -> tuple[str, dict[str, Any]] | None:
        """(role, block) of ``row``, or ``None`` for a row from Anki itself.

        The block may be the one of an earlier row of the same note, with
        that row's role in it; use the role returned. Raises InputError as
        :func:`row_meta` does.
        """
        back = row.fields[1]
        start = back.rfind(META_ATTRIBUTE)
        if start < 0:
            return None
        raw = _attribute_value(back, start)
        # Another row of the same note names its guid: a quick test that
        # spares the comparison below to the first row of every note.
        if raw is not None and self._guid is not None and self._guid in raw:
            role = self._role_if_same(raw)
            if role is not None:
                return role, self._meta
        meta = _parsed(raw, row, self._file)
        self._guid, self._raw, self._meta, self._rest = meta["guid"], raw or "", meta, None
        return meta["row"], meta

    def _role_if_same(self, raw: str) -> str | None:
        """The role of block ``raw`` if it is the last parsed block but for the role; else None."""
        if self._rest is None:
            self._rest = _after_role(self._raw, self._meta["row"])
        rest = self._rest
        if rest and raw.endswith(rest):
            role = raw[len(_ROLE_HEAD) : len(raw) - len(rest)]
            if role in ROLES and raw.startswith(_ROLE_HEAD):
                return role
        return None


def _after_role(raw: str, role: str) -> str:
    """The text of block ``raw`` after ``role``, if it starts so as we write it; else "".

    Also "" if that text could hold a ``"row"`` key of its own, which would
    win over the first: without entities (which html unescapes first) and
    backslashes (JSON escapes), it could only be written as is.
    """
    end = len(_ROLE_HEAD) + len(role)
    if not (raw.startswith(_ROLE_HEAD) and raw.startswith(role, len(_ROLE_HEAD))):
        return ""
    rest = raw[end:]
    if not rest.startswith('"') or "&" in rest or "\\" in rest or '"row"' in rest:
        return ""
    return rest
