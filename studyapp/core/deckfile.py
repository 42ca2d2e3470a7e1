"""The human-editable deck file (TOML): writing, reading and validating it.

Schema ``studyapp-deck/1``::

    format = "studyapp-deck/1"        # required, exactly this string

    [deck]
    name = "Văn hóa công vụ Bình Lục"  # required, non-empty
    slug = "van-hoa-cong-vu-binh-luc"  # required, lowercase ASCII words joined by '-'
    source_title = "..."               # required (may be empty)
    source_path = "article.txt"        # optional: the article, relative to this file
    source_date = 2023-07-14           # optional TOML local date
    attribution = "..."                # optional: author / publisher credit

    [[paragraphs]]                     # zero or more: the cleaned article
    index = 0                          # integer >= 0, unique
    text = "..."
    caption = false                    # true for a photo caption

    [[notes]]                          # one or more
    guid = "0KXXaKUzLuLD4r"            # required, unique, no spaces, not starting with '#'
    kind = "money"                     # count percent money date period ordinal document
                                       # name person place other
    question = "... bao nhiêu ...?"    # required, non-empty
    answer = "60 triệu đồng/người/năm" # required, non-empty
    cloze = "... {{c1::60 triệu đồng/người/năm}} ..."  # must hold {{c1::...}} if a cloze card
    choices = ["...", "...", "...", "..."]  # 2-8 distinct options incl. the answer if a
                                       # choice card; may be [] otherwise (default [])
    source_sentence = "..."            # required (may be empty for hand-written notes)
    paragraph = 3                      # required, integer >= 0; an existing index if
                                       # [[paragraphs]] are given
    as_of = "tháng 6 năm 2023"         # optional: the date the fact holds at
    caption = false                    # optional (default false): fact from a photo caption
    tags = ["money"]                   # optional (default []), no spaces inside a tag
    cards = ["qa", "cloze", "choice", "typed"]  # optional (default all four), no repeats

Unknown keys are errors (they are usually typos). Text fields of a note are
limited to :data:`MAX_NOTE_FIELD` characters, paragraphs to
:data:`MAX_PARAGRAPH`. Every problem raises
:class:`~studyapp.core.errors.InputError` naming the file, the line of the
offending entry (or key) and the field. ``parse_deck(dump_deck(d)) == d``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import tomli_w

from studyapp.core.errors import InputError
from studyapp.core.model import CardType, DeckDraft, FactKind, NoteDraft, Paragraph

FORMAT = "studyapp-deck/1"
MAX_NOTE_FIELD = 10_000
MAX_PARAGRAPH = 1_000_000
MAX_NAME = 300
MAX_CHOICES = 8

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOML_LINE_RE = re.compile(r"at line (\d+)(?:, column (\d+))?")
_DECK_KEYS = ("name", "slug", "source_title", "source_path", "source_date", "attribution")
_PARAGRAPH_KEYS = ("index", "text", "caption")
_NOTE_KEYS = (
    "guid",
    "kind",
    "question",
    "answer",
    "cloze",
    "choices",
    "source_sentence",
    "paragraph",
    "as_of",
    "caption",
    "tags",
    "cards",
)
T = TypeVar("T")


def dump_deck(deck: DeckDraft) -> str:
    """Write a deck as TOML text (UTF-8 when saved); see the module docstring."""
    header: dict[str, Any] = {
        "name": deck.name,
        "slug": deck.slug,
        "source_title": deck.source_title,
    }
    if deck.source_path is not None:
        header["source_path"] = deck.source_path
    if deck.source_date is not None:
        header["source_date"] = deck.source_date
    if deck.attribution is not None:
        header["attribution"] = deck.attribution
    notes: list[dict[str, Any]] = []
    for note in deck.notes:
        entry: dict[str, Any] = {
            "guid": note.guid,
            "kind": note.kind.value,
            "question": note.question,
            "answer": note.answer,
            "cloze": note.cloze,
            "choices": list(note.choices),
            "source_sentence": note.source_sentence,
            "paragraph": note.paragraph_index,
        }
        if note.as_of is not None:
            entry["as_of"] = note.as_of
        entry["caption"] = note.from_caption
        entry["tags"] = list(note.tags)
        entry["cards"] = [card.value for card in note.card_types]
        notes.append(entry)
    document: dict[str, Any] = {
        "format": FORMAT,
        "deck": header,
        "paragraphs": [
            {"index": p.index, "text": p.text, "caption": p.is_caption} for p in deck.paragraphs
        ],
        "notes": notes,
    }
    return tomli_w.dumps(document)


class _Locator:
    """Finds the line of a table entry or of a key inside it (TOML has no positions)."""

    _HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([A-Za-z_\"'.]+?)\s*\]\]?\s*(?:#.*)?$")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: dict[str, list[int]] = {}
        self.starts: list[int] = []
        in_string: str | None = None
        for number, line in enumerate(self.lines, start=1):
            if in_string is None:
                m = self._HEADER_RE.match(line)
                if m is not None:
                    self.headers.setdefault(m.group(2).strip("\"'"), []).append(number)
                    self.starts.append(number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1 and in_string in (None, quote):
                    in_string = None if in_string == quote else quote

    def entry(self, table: str, index: int | None = None) -> int | None:
        found = self.headers.get(table, [])
        position = 0 if index is None else index
        return found[position] if position < len(found) else None

    def key(self, table: str | None, index: int | None, key: str) -> int | None:
        begin = 1 if table is None else self.entry(table, index)
        if begin is None:
            return None
        following = [s for s in self.starts if s > begin]
        end = following[0] if following else len(self.lines) + 1
        if table is None:
            end = self.starts[0] if self.starts else end
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(begin, end):
            if pattern.match(self.lines[number - 1]):
                return number
        return begin if table is not None else None


class _Reader:
    """Validates one parsed document, raising InputError with file:line: field."""

    def __init__(self, filename: str, locator: _Locator) -> None:
        self.filename = filename
        self.locator = locator
        self.table: str | None = None
        self.index: int | None = None
        self.what = ""

    def fail(self, key: str | None, message: str, *, locate: bool = True) -> NoReturn:
        """Raise for ``key`` of the current entry, at the key's line when it has one."""
        if key is not None and locate:
            line = self.locator.key(self.table, self.index, key)
        elif self.table is not None:
            line = self.locator.entry(self.table, self.index)
        else:
            line = None
        raise InputError(self.what + message, file=self.filename, line=line, field=key)

    def get(
        self, data: dict[str, Any], key: str, kind: type[T], *, required: bool = True
    ) -> T | None:
        if key not in data:
            if required:
                self.fail(key, f"missing required field '{key}'", locate=False)
            return None
        value = data[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            self.fail(key, f"must be {_type_name(kind)}, not {_type_name(type(value))}")
        if kind is dt.date and isinstance(value, dt.datetime):
            self.fail(key, "must be a date without a time (YYYY-MM-DD)")
        return value

    def text(
        self, data: dict[str, Any], key: str, limit: int, *, required: bool = True
    ) -> str | None:
        value = self.get(data, key, str, required=required)
        if value is not None and len(value) > limit:
            self.fail(key, f"is too long ({len(value)} characters; the limit is {limit})")
        return value

    def strings(
        self, data: dict[str, Any], key: str, check: Callable[[str], str | None]
    ) -> tuple[str, ...]:
        values = self.get(data, key, list, required=False) or []
        for item in values:
            if not isinstance(item, str):
                self.fail(key, f"must be a list of strings, found {_type_name(type(item))}")
            problem = check(item)
            if problem:
                self.fail(key, problem)
        return tuple(values)

    def unknown(self, data: dict[str, Any], allowed: tuple[str, ...]) -> None:
        for key in data:
            if key not in allowed:
                self.fail(key, f"unknown field '{key}' (allowed: {', '.join(allowed)})")


def _type_name(kind: type[Any]) -> str:
    return {
        str: "a string",
        int: "an integer",
        bool: "true or false",
        list: "a list",
        dict: "a table",
        float: "a number",
        dt.date: "a date",
    }.get(kind, kind.__name__)


def parse_deck(text: str, *, filename: str) -> DeckDraft:
    """Read and validate a deck file. Raises InputError naming file, line and field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_LINE_RE.search(str(exc))
        line = int(m.group(1)) if m else None
        message = _TOML_LINE_RE.sub("", str(exc)).strip(" ()")
        raise InputError(f"not valid TOML: {message}", file=filename, line=line) from None
    reader = _Reader(filename, _Locator(text))
    reader.unknown(data, ("format", "deck", "paragraphs", "notes"))
    version = reader.get(data, "format", str)
    if version != FORMAT:
        reader.fail("format", f"unsupported format {version!r}; expected {FORMAT!r}")
    header = reader.get(data, "deck", dict) or {}
    reader.table, reader.what = "deck", "[deck]: "
    reader.unknown(header, _DECK_KEYS)
    name = (reader.text(header, "name", MAX_NAME) or "").strip()
    if not name:
        reader.fail("name", "must not be empty")
    slug = reader.text(header, "slug", MAX_NAME) or ""
    if not _SLUG_RE.match(slug):
        reader.fail("slug", f"{slug!r} is not a slug (lowercase a-z, 0-9 and '-')")
    paragraphs = _paragraphs(reader, data)
    notes = _notes(reader, data, {p.index for p in paragraphs} if paragraphs else None)
    return DeckDraft(
        name=name,
        slug=slug,
        source_title=reader.text(header, "source_title", MAX_NOTE_FIELD) or "",
        source_path=reader.text(header, "source_path", MAX_NAME * 4, required=False),
        source_date=reader.get(header, "source_date", dt.date, required=False),
        attribution=reader.text(header, "attribution", MAX_NOTE_FIELD, required=False),
        paragraphs=paragraphs,
        notes=notes,
    )


def _paragraphs(reader: _Reader, data: dict[str, Any]) -> tuple[Paragraph, ...]:
    reader.table, reader.index, reader.what = None, None, ""
    entries = reader.get(data, "paragraphs", list, required=False) or []
    seen: set[int] = set()
    result: list[Paragraph] = []
    for i, entry in enumerate(entries):
        reader.table, reader.index, reader.what = "paragraphs", i, f"paragraph {i + 1}: "
        if not isinstance(entry, dict):
            reader.fail(None, "must be a table ([[paragraphs]])")
        reader.unknown(entry, _PARAGRAPH_KEYS)
        index = reader.get(entry, "index", int)
        assert index is not None
        if index < 0 or index in seen:
            reader.fail("index", f"{index} is negative or used twice")
        seen.add(index)
        text = reader.text(entry, "text", MAX_PARAGRAPH) or ""
        caption = bool(reader.get(entry, "caption", bool, required=False))
        result.append(Paragraph(index=index, text=text, is_caption=caption))
    return tuple(result)


def _notes(
    reader: _Reader, data: dict[str, Any], paragraphs: set[int] | None
) -> tuple[NoteDraft, ...]:
    reader.table, reader.index, reader.what = None, None, ""
    entries = reader.get(data, "notes", list) or []
    guids: set[str] = set()
    notes: list[NoteDraft] = []
    for i, entry in enumerate(entries):
        reader.table, reader.index, reader.what = "notes", i, f"note {i + 1}: "
        if not isinstance(entry, dict):
            reader.fail(None, "must be a table ([[notes]])")
        notes.append(_note(reader, entry, guids, paragraphs))
    return tuple(notes)


def _check_tag(tag: str) -> str | None:
    return (
        "tags must be non-empty and without spaces"
        if not tag or any(c.isspace() for c in tag)
        else None
    )


def _note(
    reader: _Reader, entry: dict[str, Any], guids: set[str], paragraphs: set[int] | None
) -> NoteDraft:
    reader.unknown(entry, _NOTE_KEYS)
    guid = reader.text(entry, "guid", 64) or ""
    if not guid or guid.startswith("#") or any(c.isspace() for c in guid):
        reader.fail("guid", f"{guid!r} is not a valid guid (no spaces, not starting with '#')")
    if guid in guids:
        reader.fail("guid", f"duplicate guid {guid!r}")
    guids.add(guid)
    reader.what = f"note {reader.index + 1 if reader.index is not None else '?'} ({guid}): "
    kind_name = reader.text(entry, "kind", 40) or ""
    if kind_name not in {k.value for k in FactKind}:
        reader.fail(
            "kind", f"unknown kind {kind_name!r} (one of: {', '.join(k.value for k in FactKind)})"
        )
    question = reader.text(entry, "question", MAX_NOTE_FIELD) or ""
    answer = reader.text(entry, "answer", MAX_NOTE_FIELD) or ""
    for key, value in (("question", question), ("answer", answer)):
        if not value.strip():
            reader.fail(key, "must not be empty")
    cards_raw = reader.strings(entry, "cards", lambda _: None) if "cards" in entry else None
    cards: list[CardType] = []
    for name in cards_raw if cards_raw is not None else [c.value for c in CardType]:
        if name not in {c.value for c in CardType}:
            reader.fail(
                "cards",
                f"unknown card type {name!r} (one of: {', '.join(c.value for c in CardType)})",
            )
        if CardType(name) in cards:
            reader.fail("cards", f"card type {name!r} listed twice")
        cards.append(CardType(name))
    if not cards:
        reader.fail("cards", "must list at least one card type")
    cloze = reader.text(entry, "cloze", MAX_NOTE_FIELD) or ""
    if CardType.CLOZE in cards and not re.search(r"\{\{c1::.+?\}\}", cloze, re.DOTALL):
        reader.fail("cloze", "must mark the answer as {{c1::...}} (or drop 'cloze' from cards)")
    choices = reader.strings(
        entry, "choices", lambda c: None if len(c) <= MAX_NOTE_FIELD else "choice too long"
    )
    if choices or CardType.CHOICE in cards:
        if not 2 <= len(choices) <= MAX_CHOICES or len(set(choices)) != len(choices):
            reader.fail(
                "choices",
                f"needs 2 to {MAX_CHOICES} different options (or drop 'choice' from cards)",
            )
        if answer not in choices:
            reader.fail("choices", f"the answer {answer!r} is not one of the choices")
    paragraph = reader.get(entry, "paragraph", int)
    assert paragraph is not None
    if paragraph < 0 or (paragraphs is not None and paragraph not in paragraphs):
        reader.fail("paragraph", f"no paragraph with index {paragraph}")
    return NoteDraft(
        guid=guid,
        kind=FactKind(kind_name),
        question=question,
        answer=answer,
        cloze=cloze,
        choices=choices,
        source_sentence=reader.text(entry, "source_sentence", MAX_NOTE_FIELD) or "",
        paragraph_index=paragraph,
        as_of=reader.text(entry, "as_of", MAX_NAME, required=False),
        from_caption=bool(reader.get(entry, "caption", bool, required=False)),
        tags=reader.strings(entry, "tags", _check_tag),
        card_types=tuple(cards),
    )
