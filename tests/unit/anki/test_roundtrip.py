"""Export -> import gives back the same notes, decks, slugs, tags and guids.

Text comes back as NFC (the form the model stores): NFD input is compared by
its NFC form. See ``studyapp.core.anki.html`` for the whole canonical form.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.anki import (
    ExportItem,
    ImportedNote,
    canonical_text,
    export_anki_csv,
    import_anki_csv,
    notes_to_rows,
)
from studyapp.core.anki.csv_write import anki_csv_text
from studyapp.core.anki.rows import AnkiRow
from studyapp.core.errors import InputError
from studyapp.core.model import CardType, FactKind, NoteDraft
from tests.unit.anki.samples import FULL, SAMPLE_ITEMS

# The sample deck, with tags that need no rewriting (no spaces).
EXACT_ITEMS = tuple(
    dataclasses.replace(item, note=dataclasses.replace(item.note, tags=("giá_vàng", "Tin-nóng")))
    if item.note is FULL
    else item
    for item in SAMPLE_ITEMS
)


def _round_trip(items: tuple[ExportItem, ...], **kwargs: str) -> list[ImportedNote]:
    text = export_anki_csv(items, **kwargs)  # type: ignore[arg-type]
    return import_anki_csv(text.encode("utf-8"), file="deck.txt")


def _keyed(items: tuple[ExportItem, ...]) -> dict[str, tuple[str, str, NoteDraft]]:
    return {i.note.guid: (i.deck, i.deck_slug, i.note) for i in items}


@pytest.mark.parametrize("language", ["en", "vi"])
def test_sample_deck_round_trips_exactly(language: str) -> None:
    back = _round_trip(EXACT_ITEMS, notetype_names=language)
    assert {n.note.guid: (n.deck, n.deck_slug, n.note) for n in back} == _keyed(EXACT_ITEMS)
    assert "Báo Mới::Kinh tế::Giá vàng" in {n.deck for n in back}


def test_tags_with_spaces_come_back_with_underscores() -> None:
    (full,) = (n for n in _round_trip(SAMPLE_ITEMS) if n.note.guid == FULL.guid)
    assert full.note.tags == ("giá_vàng", "tin_nóng")


@pytest.mark.parametrize(
    "card_types",
    [
        (CardType.QA,),
        (CardType.CLOZE,),
        (CardType.CHOICE,),
        (CardType.TYPED,),
        (CardType.CHOICE, CardType.CLOZE),
        (CardType.TYPED, CardType.QA, CardType.CHOICE),
    ],
)
def test_every_subset_of_cards_round_trips(card_types: tuple[CardType, ...]) -> None:
    item = ExportItem("D", "d", dataclasses.replace(FULL, tags=(), card_types=card_types))
    (back,) = _round_trip((item,))
    assert back.note == item.note


def test_edits_made_in_anki_are_kept_and_requoted_html_still_parses() -> None:
    rows = notes_to_rows(EXACT_ITEMS[:1])
    qa = rows[0]
    # Anki's editor writes attributes quoted and wraps lines in <div>.
    attribute = re.search(r"data-studyapp='([^']*)'", qa.fields[1])
    assert attribute is not None
    requoted = 'data-studyapp="' + attribute.group(1).replace('"', "&quot;") + '"'
    edited_back = (
        qa.fields[1]
        .replace("<hr id=src>", '<hr id="src">')
        .replace("<div class=src>", '<div class="src">')
        .replace(attribute.group(0), requoted)
    )
    edited = dataclasses.replace(qa, fields=("<div>Câu hỏi mới&nbsp;?</div>", edited_back))
    (back,) = import_anki_csv(anki_csv_text([edited, *rows[1:]]).encode(), file="edited.txt")
    assert back.note.question == "Câu hỏi mới ?"
    assert back.note == dataclasses.replace(FULL, question="Câu hỏi mới ?", tags=back.note.tags)


def test_a_source_removed_from_one_row_is_read_from_the_next() -> None:
    rows = notes_to_rows(EXACT_ITEMS[:1])
    qa = rows[0]
    start, end = qa.fields[1].index("<div class=src>"), qa.fields[1].index("</div>") + 6
    edited = dataclasses.replace(
        qa, fields=(qa.fields[0], qa.fields[1][:start] + qa.fields[1][end:])
    )
    (back,) = import_anki_csv(anki_csv_text([edited, *rows[1:]]).encode(), file="edited.txt")
    assert back.note.source_sentence == FULL.source_sentence


def test_a_note_from_anki_survives_export_and_import() -> None:
    text = "#separator:tab\n#guid column:1\n#deck column:2\nAbC\tD\tfront\tback<br>2\tt\n"
    (first,) = import_anki_csv(text.encode(), file="a.txt")
    assert first.note.kind is FactKind.OTHER and first.note.guid == "AbC"
    exported = export_anki_csv([ExportItem(first.deck, "d", first.note)])
    (row,) = notes_to_rows([ExportItem(first.deck, "d", first.note)])
    assert row.guid == "AbC"  # updates the Anki note it came from
    (second,) = import_anki_csv(exported.encode(), file="b.txt")
    assert second.note == first.note


def test_rows_without_guid_get_a_stable_content_guid() -> None:
    text = b"#separator:tab\nq\ta\nq2\ta\n"
    one = import_anki_csv(text, file="x", default_deck="D")
    two = import_anki_csv(text, file="x", default_deck="D")
    assert [n.note.guid for n in one] == [n.note.guid for n in two]
    assert all(n.note.guid.startswith("csv-") for n in one)
    with pytest.raises(InputError, match="same content") as caught:
        import_anki_csv(b"#separator:tab\nq\ta\nq\ta\n", file="x", default_deck="D")
    assert caught.value.line == 3


def test_the_same_fact_twice_is_an_error() -> None:
    rows = notes_to_rows(EXACT_ITEMS[:1])
    copy = dataclasses.replace(rows[0], guid="anki-copy")  # duplicated in Anki
    with pytest.raises(InputError, match="appears twice") as caught:
        import_anki_csv(anki_csv_text([*rows, copy]).encode(), file="x")
    assert caught.value.line == 11


def test_damaged_studyapp_data_is_an_error() -> None:
    row = notes_to_rows(EXACT_ITEMS[:1])[0]
    damaged = AnkiRow(
        row.guid, row.model, row.notetype, row.deck,
        (row.fields[0], row.fields[1].replace('"kind"', '"knd"')), row.tags,
    )  # fmt: skip
    with pytest.raises(InputError, match="damaged") as caught:
        import_anki_csv(anki_csv_text([damaged]).encode(), file="x")
    assert caught.value.line == 8


# Any text: the characters that break CSV, HTML or Anki's comment rule,
# Vietnamese in NFD, and arbitrary Unicode.
SPECIAL = ["\t", '"', "'", "\n", "\r\n", "#", "<", ">", "&", "&amp;", "<br>", ";", ",", "  ", "::"]
NFD = [unicodedata.normalize("NFD", w) for w in ("Việt", "Nguyễn", "thủy", "đường", "ỹ")]
texts = st.lists(st.one_of(st.sampled_from(SPECIAL + NFD), st.text(max_size=6)), max_size=8).map(
    "".join
)
deck_names = st.lists(
    st.text(alphabet="abcXYZ ấ_-#&<\"'", min_size=1, max_size=6).filter(str.strip),
    min_size=1,
    max_size=3,
).map("::".join)


@settings(max_examples=150, deadline=None)
@given(
    question=texts,
    answer=texts,
    before=texts,
    inside=texts,
    after=texts,
    choices=st.lists(texts, min_size=4, max_size=4),
    source=texts,
    as_of=st.one_of(st.none(), texts),
    deck=deck_names,
    card_types=st.lists(st.sampled_from(list(CardType)), min_size=1, max_size=4, unique=True),
)
def test_any_text_survives_export_and_import(
    question: str,
    answer: str,
    before: str,
    inside: str,
    after: str,
    choices: list[str],
    source: str,
    as_of: str | None,
    deck: str,
    card_types: list[CardType],
) -> None:
    note = NoteDraft(
        guid="g-1",
        kind=FactKind.MONEY,
        question=question,
        answer=answer,
        cloze=before + "{{c1::" + inside + "}}" + after,
        choices=tuple(choices),
        source_sentence=source,
        paragraph_index=2,
        as_of=as_of,
        card_types=tuple(card_types),
    )
    (back,) = _round_trip((ExportItem(deck, "slug", note),))
    expected = dataclasses.replace(
        note,
        question=canonical_text(question),
        answer=canonical_text(answer),
        cloze=canonical_text(note.cloze),
        choices=tuple(canonical_text(c) for c in choices),
        source_sentence=canonical_text(source),
        as_of=None if as_of is None else canonical_text(as_of),
    )
    assert back.note == expected
    assert back.deck == canonical_text(deck).strip()
    assert back.deck_slug == "slug"


def test_nfd_comes_back_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Thủy")
    note = dataclasses.replace(FULL, question=nfd, tags=())
    (back,) = _round_trip((ExportItem("D", "d", note),))
    assert back.note.question == unicodedata.normalize("NFC", nfd) != nfd


def test_hidden_text_that_is_not_canonical_is_made_canonical() -> None:
    """A block edited to hold NFD text (here with an empty guid) is cleaned like any text."""
    item = ExportItem("D", "d", dataclasses.replace(FULL, tags=(), card_types=(CardType.QA,)))
    nfd = unicodedata.normalize("NFD", "thủy")
    text = export_anki_csv((item,)).replace('""slug"":""d""', f'""slug"":""{nfd}""')
    text = text.replace(f'""guid"":""{FULL.guid}""', '""guid"":""""')
    (back,) = import_anki_csv(text.encode(), file="x")
    assert back.deck_slug == unicodedata.normalize("NFC", nfd) != nfd
    assert back.note.guid == ""


def test_a_card_type_listed_twice_is_damaged_data() -> None:
    # It passed the checks, then failed the save with the database's own error.
    row = notes_to_rows(EXACT_ITEMS[:1])[0]
    back = re.sub(r'(cards"+:\[)("+\w+"+)', r"\1\2,\2", row.fields[1], count=1)
    assert back != row.fields[1]
    damaged = dataclasses.replace(row, fields=(row.fields[0], back))
    with pytest.raises(InputError, match="damaged") as caught:
        import_anki_csv(anki_csv_text([damaged]).encode(), file="x")
    assert caught.value.line == 8
