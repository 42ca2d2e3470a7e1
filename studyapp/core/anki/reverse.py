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

import functools
import hashlib
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from studyapp.core.anki.blocks import CARD_TYPES, KINDS, BlockReader
from studyapp.core.anki.html import all_canonical, canonical_text, field_text, html_to_text
from studyapp.core.anki.mapping import ROLE_CHOICE, ROLE_CLOZE, ROLE_QA
from studyapp.core.anki.rows import AnkiModel, AnkiRow
from studyapp.core.errors import InputError
from studyapp.core.frozen import bulk_constructor
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
_DELETION_RE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SRC_OPEN = "<div class=src>"
# One row of ours and its role (a plain tuple: one is made per row).
_Ours = tuple[AnkiRow, str]
_new_note_draft = bulk_constructor(NoteDraft)


class ImportedNote(NamedTuple):
    """A note read from a file, with the deck it goes in.

    ``deck_slug`` is the slug our export recorded (``None`` for notes from
    Anki itself); ``line`` is where its first row starts in the file. A
    named tuple: one is made per note, at a third of a frozen dataclass's
    cost (importing 10,000 notes).
    """

    deck: str
    deck_slug: str | None
    note: NoteDraft
    line: int


def _answer_part(back: str) -> str:
    """The answer HTML of a Back we wrote: everything before ``<hr id=src>``."""
    end = back.find(_HR)
    if end < 0:
        hr = _HR_RE.search(back)  # the editor may have quoted the attribute
        # Or the rule was removed in Anki: the answer ends where our block starts.
        found = hr or _SRC_RE.search(back) or _META_RE.search(back)
        end = found.start() if found else len(back)
    return back[:end]


def _source_html(back: str) -> tuple[str | None, str | None]:
    """(source sentence, as-of date) HTML of a Back we wrote, ``None`` where absent."""
    src_start, src_end = _src_as_written(back)
    if src_start < 0:
        src = _SRC_RE.search(back)
        if src is not None:
            src_start, src_end = src.span(1)
    # After the source's </div> (or from the start without one).
    asof = _ASOF_RE.search(back, src_end + len("</div>") if src_start >= 0 else 0)
    return (
        back[src_start:src_end] if src_start >= 0 else None,
        asof.group(1) if asof else None,
    )


def _src_as_written(back: str) -> tuple[int, int]:
    """Where the source sentence's HTML is in a Back laid out as we write it; (-1, -1) if not.

    Finds what ``_SRC_RE.search`` would, without scanning the field with a
    case-blind pattern: only when no tag before our ``<hr id=src>`` (other
    than ``<br>``) could start a match, the source div follows the rule
    exactly, and nothing in the sentence could be an earlier ``</div>``.
    """
    hr = back.find(_HR)
    if hr < 0 or back.count("<", 0, hr) != back.count("<br>", 0, hr):
        return -1, -1
    start = hr + len(_HR)
    if not back.startswith(_SRC_OPEN, start):
        return -1, -1
    start += len(_SRC_OPEN)
    end = back.find("</div>", start)
    if end < 0 or back.find("</", start, end) >= 0:
        return -1, -1
    return start, end


def _back_parts(back: str) -> tuple[str, str | None, str | None]:
    """(answer, source sentence, as-of date) HTML of a Back we wrote, ``None`` where absent.

    What :func:`_answer_part` and :func:`_source_html` give, looking for
    ``<hr id=src>`` once in the usual layout (see :func:`_src_as_written`).
    """
    start, end = _src_as_written(back)
    if start < 0:
        return _answer_part(back), *_source_html(back)
    as_of = _ASOF_RE.search(back, end + len("</div>"))
    # The answer ends at the rule that _src_as_written found right before the source.
    answer = back[: start - len(_SRC_OPEN) - len(_HR)]
    return answer, back[start:end], as_of.group(1) if as_of else None


def _our_note(
    meta: dict[str, Any], group: list[_Ours], file: str, *, canonical: bool
) -> ImportedNote:
    """One of our notes from its Anki notes; ``meta`` is the first one's hidden block.

    With ``canonical`` false the texts are left as decoded: the caller checks
    them all at once and rebuilds with ``canonical`` the notes that need it.
    The guid is always in its final form (duplicates are reported from it).
    """
    qa, choice, cloze_row = _by_role(meta, group, file)
    # Text shown in Anki wins over the hidden copy; the QA note over the choice note.
    shown = qa or choice
    if shown is not None:
        answer_html, source_html, as_of_html = _back_parts(shown.fields[1])
    else:
        assert cloze_row is not None  # a group has a row
        source_html, as_of_html = _source_html(cloze_row.fields[1])
    if source_html is None:  # removed from this row in Anki: the first row that has it
        for other in (qa, choice, cloze_row):  # (the same on every row)
            if other is not None and source_html is None:
                source_html, as_of_html = _source_html(other.fields[1])
    cloze = str(meta.get("cloze", ""))
    listed = meta.get("choices")
    choices = tuple(map(str, listed)) if isinstance(listed, list) else ()
    if qa is not None:
        question = field_text(qa.fields[0])
        answer = field_text(answer_html)
    if choice is not None:
        front = choice.fields[0]
        ol = _CHOICES_RE.search(front)
        if qa is None:
            question = field_text(front[: ol.start()] if ol else front)
            answer = field_text(answer_html)
        if ol:
            choices = tuple(map(field_text, _LI_RE.findall(ol.group(1))))
    if shown is None:
        question = str(meta.get("question", ""))
        answer = str(meta.get("answer", ""))
    if cloze_row is not None:
        cloze = field_text(cloze_row.fields[0])
    source = "" if source_html is None else field_text(source_html)
    as_of = None if as_of_html is None else field_text(as_of_html)
    if canonical:
        question, answer, cloze = map(canonical_text, (question, answer, cloze))
        choices = tuple(map(canonical_text, choices))
        source = canonical_text(source)
        as_of = None if as_of is None else canonical_text(as_of)
    slug: str = meta["slug"]  # checked to be a string
    row_tags = (group[0][0].tags,) if len(group) == 1 else tuple(row.tags for row, _ in group)
    kind, cards, tags = _shape(
        meta["kind"],
        slug,
        tuple(meta["cards"]),
        tuple(map(str, meta.get("tags", []))),  # recorded at export
        row_tags,
        canonical,
    )
    guid: str = meta["guid"]
    note = _new_note_draft(
        guid if guid.isascii() else nfc(guid),  # ASCII is always NFC
        kind,
        question,
        answer,
        cloze,
        choices,
        source,
        int(meta["p"]),
        as_of,
        bool(meta.get("caption", False)),
        tags,
        cards,
    )
    first = group[0][0]
    return ImportedNote(first.deck, (nfc(slug) if canonical else slug) or None, note, first.line)


def _by_role(
    meta: dict[str, Any], group: list[_Ours], file: str
) -> tuple[AnkiRow | None, AnkiRow | None, AnkiRow | None]:
    """The (question-answer, choice, cloze) rows of a note; an error for a role given twice."""
    if len(group) == 1:  # the usual, a note exported as one Anki row: no dict to build
        row, role = group[0]
        return (
            row if role == ROLE_QA else None,
            row if role == ROLE_CHOICE else None,
            row if role == ROLE_CLOZE else None,
        )
    by_role: dict[str, AnkiRow] = {}
    for row, role in group:
        if role in by_role:
            raise InputError(
                f"note {meta['guid']!r} appears twice (also line {by_role[role].line})",
                file=file,
                line=row.line,
            )
        by_role[role] = row
    return by_role.get(ROLE_QA), by_role.get(ROLE_CHOICE), by_role.get(ROLE_CLOZE)


@functools.lru_cache(maxsize=256)
def _shape(
    kind: str,
    slug: str,
    cards: tuple[str, ...],
    export_tags: tuple[str, ...],
    row_tags: tuple[tuple[str, ...], ...],
    canonical: bool,
) -> tuple[FactKind, tuple[CardType, ...], tuple[str, ...]]:
    """A note's kind, card types and tags, from its hidden block and its rows' tags.

    The tags are those recorded at export (made canonical with
    ``canonical``), then any the learner added in Anki: a row's tags other
    than the two our export adds, the kind and the deck's slug (rows' tags
    are canonical already). Cached: the notes of a deck share a few
    combinations, and working them out note by note cost more than the
    lookup (importing 10,000 notes).
    """
    tags = list(map(nfc, export_tags)) if canonical else list(export_tags)
    dropped = {kind.casefold(), slug.casefold()}
    for each_row in row_tags:
        tags.extend(t for t in each_row if t.casefold() not in dropped and t not in tags)
    return KINDS[kind], tuple(CARD_TYPES[name] for name in cards), tuple(tags)


def _texts(imported: ImportedNote) -> str:
    """The texts of one of our notes that :func:`_our_note` canonicalises, one a line."""
    note = imported.note
    return "\n".join(
        (
            note.question,
            note.answer,
            note.cloze,
            *note.choices,
            note.source_sentence,
            note.as_of or "",
            *note.tags,
            imported.deck_slug or "",
        )
    )


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
    slots: list[str | ImportedNote] = []  # our note's guid key, or a foreign note
    blocks = BlockReader(file)
    for row in rows:
        found = blocks.read(row)
        if found is None:
            slots.append(_foreign_note(row, file))
            continue
        role, meta = found
        key = meta["guid"]
        entry = groups.get(key)
        if entry is None:
            groups[key] = entry = (meta, [])
            slots.append(key)
        entry[1].append((row, role))
    notes: list[ImportedNote] = []
    seen: dict[str, int] = {}
    ours: list[int] = []  # where our notes are in notes
    for slot in slots:
        if isinstance(slot, str):
            imported = _our_note(*groups[slot], file, canonical=False)
            ours.append(len(notes))
        else:
            imported = slot
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
    # Our notes' text is nearly always canonical already (we wrote it so): one
    # check over all of it costs far less than canonical_text on every text.
    if not all_canonical([_texts(notes[index]) for index in ours]):
        for index in ours:
            if not all_canonical([_texts(notes[index])]):
                key = slots[index]
                assert isinstance(key, str)
                notes[index] = _our_note(*groups[key], file, canonical=True)
    return notes
