"""Deck file: lossless round trip and validation messages with file:line: field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from studyapp.core.deckfile import FORMAT, dump_deck, parse_deck
from studyapp.core.errors import InputError
from studyapp.core.model import CardType, DeckDraft, FactKind, NoteDraft, Paragraph
from tests.unit.generator.helpers import SEED_DECK

NOTE = NoteDraft(
    guid="abcDEF0123456z",
    kind=FactKind.COUNT,
    question="Huyện có bao nhiêu xã?",
    answer="16",
    cloze="Huyện có {{c1::16}} xã.",
    choices=("15", "16", "17", "18"),
    source_sentence="Huyện có 16 xã.",
    paragraph_index=0,
)
DECK = DeckDraft(
    name="Thử",
    slug="thu",
    source_title="Tiêu đề",
    source_path="a.txt",
    source_date=dt.date(2023, 7, 14),
    attribution="Tác giả",
    paragraphs=(Paragraph(0, "Huyện có 16 xã."), Paragraph(1, "Ảnh chú thích.", True)),
    notes=(
        NOTE,
        replace(
            NOTE,
            guid="second",
            kind=FactKind.PERCENT,
            as_of="tháng 6 năm 2023",
            from_caption=True,
            tags=("percent", "caption"),
            card_types=(CardType.QA, CardType.TYPED),
            choices=(),
            cloze="",
        ),
    ),
)


def test_round_trip_is_lossless() -> None:
    text = dump_deck(DECK)
    assert text.startswith(f'format = "{FORMAT}"')
    assert parse_deck(text, filename="d.toml") == DECK
    minimal = replace(DECK, source_path=None, source_date=None, attribution=None, paragraphs=())
    assert parse_deck(dump_deck(minimal), filename="d.toml") == minimal


def test_round_trip_of_the_bundled_deck() -> None:
    text = SEED_DECK.read_text(encoding="utf-8")
    deck = parse_deck(text, filename=str(SEED_DECK))
    assert dump_deck(deck) == text
    assert len(deck.notes) >= 30


def break_note(old: str, new: str, note: int = 2) -> str:
    """The dumped DECK with one line of the n-th [[notes]] entry replaced."""
    text = dump_deck(DECK)
    head, *notes = text.split("[[notes]]\n")
    notes[note - 1] = notes[note - 1].replace(old, new, 1)
    return "[[notes]]\n".join([head, *notes])


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[occurrence - 1]


def error(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_deck(text, filename="deck.toml")
    assert caught.value.file == "deck.toml"
    return caught.value


@pytest.mark.parametrize(
    ("old", "new", "field", "needle", "message"),
    [
        ('kind = "percent"', 'kind = "figure"', "kind", "kind =", "unknown kind"),
        ('answer = "16"', "answer = 16", "answer", "answer =", "must be a string"),
        ('answer = "16"', 'answer = "  "', "answer", "answer =", "must not be empty"),
        ('"typed",', '"typed", "essay",', "cards", "cards =", "unknown card type"),
        ("paragraph = 0", "paragraph = 7", "paragraph", "paragraph =", "no paragraph"),
        ("paragraph = 0", "paragraph = true", "paragraph", "paragraph =", "an integer"),
        ('guid = "second"', 'guid = "abcDEF0123456z"', "guid", "guid =", "duplicate guid"),
        ('guid = "second"', 'guid = "#x"', "guid", "guid =", "not a valid guid"),
        ("caption = true", "caption = true\ncolour = 1", "colour", "colour", "unknown field"),
    ],
)
def test_hand_edit_errors_name_line_and_field(
    old: str, new: str, field: str, needle: str, message: str
) -> None:
    text = break_note(old, new)
    err = error(text)
    assert err.field == field
    assert message in err.message
    assert "note 2" in err.message
    assert err.line == line_of(text, needle, 2 if needle != "colour" else 1)
    assert str(err).startswith(f"deck.toml:{err.line}: {field}: ")


def test_answer_must_be_among_choices() -> None:
    text = dump_deck(DECK).replace('answer = "16"', 'answer = "19"', 1)
    err = error(text)
    assert (err.field, err.line) == ("choices", line_of(text, "choices ="))
    assert "not one of the choices" in err.message


def test_cloze_must_mark_the_answer() -> None:
    text = dump_deck(DECK).replace("{{c1::16}}", "16", 1)
    err = error(text)
    assert (err.field, err.line) == ("cloze", line_of(text, "cloze ="))


def test_missing_field_points_at_the_entry() -> None:
    text = break_note('question = "Huyện có bao nhiêu xã?"\n', "")
    err = error(text)
    assert err.field == "question" and "missing" in err.message
    assert err.line == line_of(text, "[[notes]]", 2)


def test_huge_field_is_refused() -> None:
    text = break_note('answer = "16"', 'answer = "' + "x" * 20_000 + '"')
    err = error(text)
    assert err.field == "answer" and "too long" in err.message


def test_deck_table_and_format_errors() -> None:
    text = dump_deck(DECK)
    err = error(text.replace('slug = "thu"', 'slug = "Thủ đô"'))
    assert (err.field, err.line) == ("slug", line_of(text, "slug ="))
    err = error(text.replace(FORMAT, "studyapp-deck/9"))
    assert (err.field, err.line) == ("format", 1)
    err = error(text.replace("source_date = 2023-07-14", "source_date = 2023-07-14T10:00:00"))
    assert err.field == "source_date"


def test_toml_syntax_error_gives_the_line() -> None:
    text = dump_deck(DECK).replace('answer = "16"', "answer = 16 16", 1)
    err = error(text)
    assert err.line == line_of(text, "answer = 16 16")
    assert "not valid TOML" in err.message
