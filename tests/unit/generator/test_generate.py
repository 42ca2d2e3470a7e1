"""The whole generator: golden deck, stability, determinism, bad input, properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.deckfile import dump_deck
from studyapp.core.errors import InputError
from studyapp.core.generate import GenerationResult, generate_deck, slugify
from studyapp.core.model import FactKind
from tests.unit.generator.helpers import ARTICLES, SEED, SEED_DECK, SEED_NAME, to_cp1258

_BRIEF_WORDS = 300


def seed_result() -> GenerationResult:
    return generate_deck(SEED.read_bytes(), filename=str(SEED), deck_name=SEED_NAME)


def test_golden_seed_deck_is_reproduced_byte_for_byte() -> None:
    assert dump_deck(seed_result().deck) == SEED_DECK.read_text(encoding="utf-8")


def test_deck_header() -> None:
    deck = seed_result().deck
    assert deck.name == SEED_NAME
    assert deck.slug == "van-hoa-cong-vu-binh-luc"
    assert deck.source_title == "Xây dựng văn hóa công vụ là làm giàu văn hóa Đảng"
    assert deck.source_path == "van-hoa-cong-vu-binh-luc.txt"
    assert deck.attribution is not None and "Chu Phương - Lê Ba" in deck.attribution
    assert len(deck.notes) >= 30


def test_deck_name_defaults_to_title_and_slug_is_ascii() -> None:
    deck = generate_deck(SEED.read_bytes(), filename="x.txt").deck
    assert deck.name == deck.source_title
    assert deck.slug == "xay-dung-van-hoa-cong-vu-la-lam-giau-van-hoa-dang"
    assert slugify("Đảng bộ   Thủy sản!") == "dang-bo-thuy-san"
    assert slugify("!!!") == "deck"


def test_deterministic() -> None:
    assert dump_deck(seed_result().deck) == dump_deck(seed_result().deck)


def test_guids_survive_an_edit_elsewhere() -> None:
    original = SEED.read_text(encoding="utf-8")
    edited = original.replace(
        "Phát huy vai trò hạt nhân chính trị",
        "Trong thời gian qua, Bình Lục đã phát huy mạnh mẽ vai trò hạt nhân chính trị",
    ).replace("Đảng bộ huyện Bình Lục có 56", "Hiện nay, Đảng bộ huyện Bình Lục có 56")
    assert edited != original
    before = {n.answer: n.guid for n in seed_result().deck.notes}
    after = {
        n.answer: n.guid
        for n in generate_deck(edited.encode(), filename="e.txt", deck_name=SEED_NAME).deck.notes
    }
    common = before.keys() & after.keys()
    assert len(common) >= len(before) - 1
    assert all(before[a] == after[a] for a in common)


def test_cp1258_article_gives_the_same_notes_and_a_notice() -> None:
    legacy = to_cp1258(SEED.read_text(encoding="utf-8"))
    result = generate_deck(legacy, filename="legacy.txt", deck_name=SEED_NAME)
    assert result.encoding == "cp1258"
    assert any("cp1258" in n for n in result.notices)
    assert [n.question for n in result.deck.notes] == [n.question for n in seed_result().deck.notes]


# Articles of neighbouring genres with fewer kinds of fact, and why.
_FEW_KINDS = {
    # A match report: scores, points and players named without a title.
    "ninhbinh-bong-da": 2,
    # A lawyer's answer: articles of a code ("Điều 651"), not numbered documents.
    "ninh-binh-hoi-dap-thua-ke-dat": 1,
    # A power-cut notice: dates, places and voltages, no people or documents.
    "thong-bao-lich-cat-dien-thai-binh": 3,
}


# Articles with few facts a learner can be asked, and why.
_FEW_NOTES = {
    # A lawyer's answer to a reader: nearly every figure is the reader's own case
    # ("di sản của bố bạn là 180 m2"), which is not asked.
    "ninh-binh-hoi-dap-thua-ke-dat": 2,
}


def _written_in(answer: str, question: str) -> bool:
    """The answer as a whole word or figure: "3" is in "có 3 xã", not in "năm 2023"."""
    pattern = rf"(?<!\w){re.escape(answer)}(?!\w|[.,]\d)"
    return re.search(pattern, question, re.IGNORECASE) is not None


@pytest.mark.parametrize("path", sorted(ARTICLES.rglob("*.txt")), ids=lambda p: p.stem)
def test_other_articles_of_the_genre(path: Path) -> None:
    deck = generate_deck(path.read_bytes(), filename=path.name).deck
    words = sum(len(p.text.split()) for p in deck.paragraphs)
    # A brief of three short paragraphs ("tin-ngan-3-doan") holds only a few facts.
    assert len(deck.notes) >= _FEW_NOTES.get(path.stem, 8 if words > _BRIEF_WORDS else 5)
    kinds = {n.kind for n in deck.notes}
    # Four at least: a statistical round-up names no one ("bao-cao-so-lieu-dong").
    assert len(kinds) >= _FEW_KINDS.get(path.stem, 4)
    people = {n.answer for n in deck.notes if n.kind is FactKind.PERSON}
    places = {n.answer for n in deck.notes if n.kind is FactKind.PLACE}
    assert not people & places
    for note in deck.notes:
        question = note.question
        assert note.answer and not _written_in(note.answer, question)
        assert len(question.split()) <= 50
        # No list marker or agency prefix in front, no quotation left open.
        assert question[0].isalnum() or question[0] in '“"', question
        assert question.endswith("?") and question.count("“") == question.count("”"), question
        # No bracket opened outside the question, no connective or bare verb left dangling.
        assert question.count("(") == question.count(")"), question
        assert not re.search(r"(?:,| trong đó| có| là| đã)\s*(?:nào)?\?$", question), question
        # Every multiple choice has its three wrong options ("31-1" had none), but a place
        # with too few of its own kind nearby (foreign, or a district of a province the
        # district list lacks), which options from elsewhere would give away.
        if note.kind is not FactKind.PLACE or note.choices:
            assert len(set(note.choices)) == 4 and note.answer in note.choices, question


def test_no_facts_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no extractable facts") as caught:
        generate_deck("Tiêu đề\n\nMột bài viết không có gì để hỏi cả.\n".encode(), filename="n.txt")
    assert caught.value.file == "n.txt"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    try:
        result = generate_deck(text.encode("utf-8"), filename="h.txt")
    except InputError:
        return
    for note in result.deck.notes:
        assert note.answer.strip()
        assert not _written_in(note.answer, note.question)


_VOCABULARY = """
Huyện xã Bình Lục có đạt trên gần 17 56 6.968 25,5% tỷ đồng triệu “Dân vận khéo” mô hình
năm 2023 giai đoạn 2017-2022 lần thứ XXVIII khóa XII Nghị quyết số 12-NQ/HU ông Nguyễn Văn
An, Chủ tịch UBND huyện , . ; : thôn 3 Covid-19 và với gồm đảng viên thị trấn
"""
_WORDS = st.sampled_from(_VOCABULARY.split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=30), min_size=1, max_size=6))
def test_never_crashes_on_article_like_text(paragraphs: list[list[str]]) -> None:
    text = "Tiêu đề\n\n" + "\n\n".join(" ".join(words) + "." for words in paragraphs)
    try:
        result = generate_deck(text.encode("utf-8"), filename="h.txt")
    except InputError:
        return
    for note in result.deck.notes:
        assert note.answer.strip()
        assert not _written_in(note.answer, note.question)
        assert note.answer in note.choices or not note.choices
