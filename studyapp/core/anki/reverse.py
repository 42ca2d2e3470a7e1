"""Anki rows -> our notes: the inverse of :mod:`studyapp.core.anki.mapping`.

Rows we wrote carry a hidden ``data-studyapp`` block; they are grouped by the
note guid in it (the question, cloze and choice notes of one fact) and rebuilt
exactly: text shown in Anki is read back from the fields (so edits made in
Anki are kept), the rest from the block.

Any other row is a note from Anki itself and becomes one note of kind
``other``: a Basic note gives a question-answer and a typed card (Front ->
question, Back -> answer); a Cloze note gives a cloze card only (Text ->
cloze, Back Extra -> source sentence; its question is the text with the
deletions shown as ``[...]`` and its answer the first deletion). Such notes
have no paragraph (:data:`NO_PARAGRAPH`). A foreign row without a guid gets
one made from its content (``csv-`` + hash), so importing the same file
again updates instead of duplicating.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from studyapp.core.anki.html import canonical_text, html_to_text
from studyapp.core.anki.mapping import (
    META_VERSION,
    ROLE_CHOICE,
    ROLE_CLOZE,
    ROLE_QA,
)
from studyapp.core.anki.rows import AnkiModel, AnkiRow
from studyapp.core.errors import InputError
from studyapp.core.model import CardType, FactKind, NoteDraft
from studyapp.core.vietnamese import nfc

NO_PARAGRAPH = -1
"""``paragraph_index`` of a note that did not come from an article paragraph."""

_Q = r"""["']?"""
_META_RE = re.compile(r"""data-studyapp=(?:"([^"]*)"|'([^']*)')""")
_HR = "<hr id=src>"
_HR_RE = re.compile(rf"<hr\s+id={_Q}src{_Q}\s*/?>", re.IGNORECASE)
_SRC_RE = re.compile(rf"<div\s+class={_Q}src{_Q}\s*>(.*?)</div>", re.IGNORECASE | re.DOTALL)
_ASOF_RE = re.compile(
    rf"<div\s+class={_Q}asof{_Q}\s*>.*?<span\s+class={_Q}value{_Q}\s*>(.*?)</span>",
    re.IGNORECASE | re.DOTALL,
)
_CHOICES_RE = re.compile(rf"<ol\s+class={_Q}choices{_Q}[^>]*>(.*?)</ol>", re.IGNORECASE | re.DOTALL)
_LI_RE = re.compile(r"<li[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)
_KINDS = {kind.value: kind for kind in FactKind}
_CARD_TYPES = {card.value: card for card in CardType}
_DELETION_RE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ImportedNote:
    """A note read from a file, with the deck it goes in.

    ``deck_slug`` is the slug our export recorded (``None`` for notes from
    Anki itself); ``line`` is where its first row starts in the file.
    """

    deck: str
    deck_slug: str | None
    note: NoteDraft
    line: int


@dataclass(frozen=True, slots=True)
class _Ours:
    row: AnkiRow
    role: str


def _meta(row: AnkiRow, file: str) -> dict[str, Any] | None:
    back = row.fields[1]
    start = back.rfind("data-studyapp=")  # at the end: no need to scan the whole field
    if start < 0:
        return None
    found = _META_RE.match(back, start)
    try:
        if found is None:
            raise ValueError(start)
        raw = found.group(1) if found.group(1) is not None else found.group(2)
        meta = json.loads(html.unescape(raw) if "&" in raw else raw)
        ok = (
            isinstance(meta, dict)
            and meta.get("v") == META_VERSION
            and isinstance(meta.get("guid"), str)
            and meta.get("row") in (ROLE_QA, ROLE_CLOZE, ROLE_CHOICE)
            and isinstance(meta.get("p"), int)
            and isinstance(meta.get("cards"), list)
            and isinstance(meta.get("slug"), str)
        )
        ok = ok and meta["kind"] in _KINDS and all(c in _CARD_TYPES for c in meta["cards"])
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise InputError("damaged studyapp data in this note", file=file, line=row.line)
    assert isinstance(meta, dict)  # checked above; narrows json's Any for mypy
    return meta


def _answer_part(back: str) -> str:
    """The answer HTML of a Back we wrote: everything before ``<hr id=src>``."""
    end = back.find(_HR)
    if end < 0:
        hr = _HR_RE.search(back)  # the editor may have quoted the attribute
        # Or the rule was removed in Anki: the answer ends where our block starts.
        found = hr or _SRC_RE.search(back) or _META_RE.search(back)
        end = found.start() if found else len(back)
    return back[:end]


def _source_parts(back: str) -> tuple[str | None, str | None]:
    """(source sentence, as-of date) of a Back we wrote, ``None`` where absent."""
    src = _SRC_RE.search(back)
    asof = _ASOF_RE.search(back, src.end() if src else 0)
    return (
        html_to_text(src.group(1)) if src else None,
        html_to_text(asof.group(1)) if asof else None,
    )


def _text_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(canonical_text(str(v)) for v in value)


def _our_note(meta: dict[str, Any], group: list[_Ours], file: str) -> ImportedNote:
    """One of our notes from its Anki notes; ``meta`` is the first one's hidden block."""
    by_role: dict[str, _Ours] = {}
    for item in group:
        role = item.role
        if role in by_role:
            raise InputError(
                f"note {meta['guid']!r} appears twice (also line {by_role[role].row.line})",
                file=file,
                line=item.row.line,
            )
        by_role[role] = item
    first = group[0]
    question = canonical_text(str(meta.get("question", "")))
    answer = canonical_text(str(meta.get("answer", "")))
    cloze = canonical_text(str(meta.get("cloze", "")))
    choices = _text_list(meta.get("choices"))
    source: str | None = None
    as_of: str | None = None
    # Text shown in Anki wins over the hidden copy; the QA note over the choice note.
    for role in (ROLE_QA, ROLE_CHOICE, ROLE_CLOZE):
        if role not in by_role:
            continue
        front, back = by_role[role].row.fields
        if source is None:  # the same on every row: read it once
            source, as_of = _source_parts(back)
        if role == ROLE_CLOZE:
            cloze = html_to_text(front)
        elif role == ROLE_QA:
            question = html_to_text(front)
            answer = html_to_text(_answer_part(back))
        else:
            ol = _CHOICES_RE.search(front)
            if ROLE_QA not in by_role:
                question = html_to_text(front[: ol.start()] if ol else front)
                answer = html_to_text(_answer_part(back))
            if ol:
                choices = tuple(html_to_text(li) for li in _LI_RE.findall(ol.group(1)))
    kind = _KINDS[meta["kind"]]
    dropped = {kind.value.casefold(), str(meta["slug"]).casefold()}
    # Tags recorded at export, then any the learner added in Anki.
    tags: list[str] = [nfc(str(t)) for t in meta.get("tags", [])]
    for item in group:
        tags.extend(t for t in item.row.tags if t.casefold() not in dropped and t not in tags)
    note = NoteDraft(
        guid=nfc(meta["guid"]),
        kind=kind,
        question=question,
        answer=answer,
        cloze=cloze,
        choices=choices,
        source_sentence=source or "",
        paragraph_index=int(meta["p"]),
        as_of=as_of,
        from_caption=bool(meta.get("caption", False)),
        tags=tuple(tags),
        card_types=tuple(_CARD_TYPES[c] for c in meta["cards"]),
    )
    return ImportedNote(first.row.deck, nfc(meta["slug"]) or None, note, first.row.line)


def _content_guid(row: AnkiRow) -> str:
    digest = hashlib.sha256("\x1f".join((row.model.value, *row.fields)).encode()).hexdigest()
    return "csv-" + digest[:20]


def _foreign_note(row: AnkiRow, file: str) -> ImportedNote:
    front, back = row.fields
    guid = row.guid or _content_guid(row)
    if row.model is AnkiModel.CLOZE:
        cloze = html_to_text(front, strip=True)
        first = _DELETION_RE.search(cloze)
        note = NoteDraft(
            guid=guid,
            kind=FactKind.OTHER,
            question=_DELETION_RE.sub(lambda m: f"[{m.group(2) or '...'}]", cloze),
            answer=first.group(1) if first else "",
            cloze=cloze,
            choices=(),
            source_sentence=html_to_text(back, strip=True),
            paragraph_index=NO_PARAGRAPH,
            tags=row.tags,
            card_types=(CardType.CLOZE,),
        )
    else:
        question = html_to_text(front, strip=True)
        if not question:
            raise InputError("the question (first field) is empty", file=file, line=row.line)
        note = NoteDraft(
            guid=guid,
            kind=FactKind.OTHER,
            question=question,
            answer=html_to_text(back, strip=True),
            cloze="",
            choices=(),
            source_sentence="",
            paragraph_index=NO_PARAGRAPH,
            tags=row.tags,
            card_types=(CardType.QA, CardType.TYPED),
        )
    return ImportedNote(row.deck, None, note, row.line)


def rows_to_notes(rows: Sequence[AnkiRow], *, file: str) -> list[ImportedNote]:
    """Rebuild notes from rows, in the order of their first row; all or nothing.

    Raises InputError (with the line) for damaged studyapp data, the same
    note twice, or two notes with one guid.
    """
    # Only the first row's block is kept: a note's blocks differ only in "row".
    groups: dict[str, tuple[dict[str, Any], list[_Ours]]] = {}
    slots: list[tuple[str, ImportedNote | None]] = []
    for row in rows:
        meta = _meta(row, file)
        if meta is None:
            slots.append(("", _foreign_note(row, file)))
            continue
        key = meta["guid"]
        if key not in groups:
            groups[key] = (meta, [])
            slots.append((key, None))
        groups[key][1].append(_Ours(row, meta["row"]))
    notes: list[ImportedNote] = []
    seen: dict[str, int] = {}
    for key, done in slots:
        imported = done if done is not None else _our_note(*groups[key], file)
        guid = imported.note.guid
        if guid in seen:
            what = "the same content" if guid.startswith("csv-") else f"the guid {guid!r}"
            raise InputError(
                f"two notes have {what} (the other on line {seen[guid]})",
                file=file,
                line=imported.line,
            )
        seen[guid] = imported.line
        notes.append(imported)
    return notes
