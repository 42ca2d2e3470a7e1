"""The export's fast path writes exactly what the reference mapping writes."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.anki import ExportItem, export_anki_csv, notes_to_rows
from studyapp.core.anki.csv_write import anki_csv_text
from studyapp.core.anki.html import all_canonical, canonical_text, join_canonical
from studyapp.core.model import CardType, FactKind, NoteDraft
from tests.unit.anki.samples import SAMPLE_ITEMS

# The characters that break CSV, HTML, JSON or Anki's comment rule, text that
# is not canonical (NFD, \r, controls, odd spaces), and combining marks that
# compose with the characters the export escapes ("<" + U+0338 is "≮").
SPECIAL = [
    "\t", '"', "'", "\\", "\n", "\r\n", "\r", "\x00", "\x01", "\x1f", "\x7f", "#", "<", ">",
    "&", "&amp;", "<br>", ";", ",", "  ", "::", "\u00a0", "\u200b", "\u2009", "\u0338",
    "\u0301", "\u2028", "\U0001f600", "{{c1::", "}}",
]  # fmt: skip
NFD = [unicodedata.normalize("NFD", w) for w in ("Việt", "Nguyễn", "thủy", "đường", "ỹ")]
texts = st.lists(st.one_of(st.sampled_from(SPECIAL + NFD), st.text(max_size=4)), max_size=6).map(
    "".join
)
tags = st.lists(st.text(alphabet="aAbB_-ấ\u00a0#\"'&<", min_size=1, max_size=4), max_size=3)


def _reference(items: list[ExportItem], language: str = "en") -> str:
    return anki_csv_text(notes_to_rows(items, notetype_names=language))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    notes=st.lists(
        st.builds(
            NoteDraft,
            guid=st.sampled_from(["g-1", "g\"'<&>", "AbC"]),
            kind=st.sampled_from(list(FactKind)),
            question=texts,
            answer=texts,
            cloze=st.builds(lambda a, b, c: a + "{{c1::" + b + "}}" + c, texts, texts, texts),
            choices=st.lists(texts, max_size=4).map(tuple),
            source_sentence=texts,
            paragraph_index=st.integers(-1, 40),
            as_of=st.one_of(st.none(), texts),
            from_caption=st.booleans(),
            tags=tags.map(tuple),
            card_types=st.lists(
                st.sampled_from(list(CardType)), min_size=1, max_size=4, unique=True
            ).map(tuple),
        ),
        min_size=1,
        max_size=4,
    ),
    decks=st.lists(st.sampled_from(["A", "a", "A::B", 'Ấ \r\n"', "B"]), min_size=4, max_size=4),
    slug=st.sampled_from(["s", "a b", "Count", "sl\"ug<'>&"]),
    language=st.sampled_from(["en", "vi"]),
)
def test_fast_path_matches_reference(
    notes: list[NoteDraft], decks: list[str], slug: str, language: str
) -> None:
    items = [ExportItem(deck, slug, note) for deck, note in zip(decks, notes, strict=False)]
    assert export_anki_csv(items, notetype_names=language) == _reference(items, language)  # type: ignore[arg-type]


def test_sample_deck_matches_reference() -> None:
    assert export_anki_csv(SAMPLE_ITEMS) == _reference(list(SAMPLE_ITEMS))


def test_many_notes_are_checked_in_chunks() -> None:
    """Over a thousand notes, one of them NFD: only its chunk takes the slow path."""
    (first, *_) = SAMPLE_ITEMS
    items = [ExportItem(first.deck, first.deck_slug, first.note) for _ in range(2_500)]
    nfd = unicodedata.normalize("NFD", "Nguyễn")
    items[1_700] = ExportItem(
        first.deck, first.deck_slug, dataclasses.replace(first.note, question=nfd)
    )
    assert export_anki_csv(items) == _reference(items)


def test_cloze_without_deletion_is_refused_on_both_paths() -> None:
    (first, *_) = SAMPLE_ITEMS
    broken = dataclasses.replace(first.note, cloze="no deletion\r\n")
    with pytest.raises(ValueError, match="n-full-1"):
        export_anki_csv([ExportItem(first.deck, first.deck_slug, broken)])


@given(st.lists(texts, max_size=5))
def test_all_canonical_agrees_with_canonical_text(values: list[str]) -> None:
    assert all_canonical(values) == all(canonical_text(v) == v for v in values)


@given(st.lists(texts, max_size=5))
def test_join_canonical_joins_only_canonical_text(values: list[str]) -> None:
    joined = join_canonical(values)
    assert (joined is not None) == all(canonical_text(v) == v for v in values)
    assert joined is None or joined.split("\0") == (values or [""])


def test_chunks_of_mixed_shapes_match_reference() -> None:
    """Notes with different card sets, empty choices and as-of dates across chunk edges."""
    (first, *_) = SAMPLE_ITEMS
    card_sets = [(CardType.QA,), (CardType.CLOZE,), (CardType.CHOICE, CardType.TYPED), ()]
    items = [
        ExportItem(
            first.deck,
            first.deck_slug,
            dataclasses.replace(
                first.note,
                guid=f"g{i}",
                card_types=card_sets[i % 4] or first.note.card_types,
                choices=() if i % 3 == 0 else first.note.choices,
                as_of="2024" if i % 5 == 0 else None,
            ),
        )
        for i in range(2_300)
    ]
    assert export_anki_csv(items) == _reference(items)
