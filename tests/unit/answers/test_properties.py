"""Property tests: normalisation is idempotent, numbers equal their reformatting, totality."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from studyapp.core.answers import Outcome, check_choice, check_typed, compare_form, display_form
from studyapp.core.numbers import format_number, parse_number
from studyapp.core.vietnamese import _move_tones, clean_spaces, normalize, strip_tones

VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
vietnamese_letters = VIETNAMESE + VIETNAMESE.upper()
vietnamese_text = st.text(
    alphabet=st.sampled_from(
        vietnamese_letters + "  .,;:!?'\"“”«»()-%0123456789\u00a0\u0301\u0309"
    ),
    max_size=40,
)
any_text = st.text(max_size=60)
words = st.text(alphabet=st.sampled_from(VIETNAMESE), min_size=1, max_size=7)


@given(st.one_of(vietnamese_text, any_text))
@example("Thuỷ Điện “Hoà Bình”. ")
@example("İ\u0307")
def test_answer_forms_are_idempotent(text: str) -> None:
    once = compare_form(text)
    assert compare_form(once) == once
    shown = display_form(text)
    assert display_form(shown) == shown
    # Display and compare forms agree: comparing display forms changes nothing.
    assert compare_form(shown) == once


@given(vietnamese_text)
def test_vietnamese_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


# Vowels of the open clusters, every tone and the marks that make another vowel (ă, â).
cluster_text = st.text(
    alphabet=st.sampled_from(
        vietnamese_letters + "oauyeOAUYE qQ.\u0300\u0301\u0303\u0309\u0323\u0306\u0302"
    ),
    max_size=30,
)


@given(st.one_of(cluster_text, vietnamese_text))
@example("hoặc hoá")
def test_normalize_shortcut_agrees_with_moving_every_tone(text: str) -> None:
    # normalize() skips the decompose-and-move pass when NFC text shows no
    # new-style cluster; the pass itself must find nothing to move then.
    assert normalize(text) == _move_tones(clean_spaces(text))


@pytest.mark.parametrize("word", ["hoặc", "Hoặc", "hoằng", "khoắn", "thuận", "xoẹt"])
def test_normalize_leaves_other_vowels_alone(word: str) -> None:
    # "hoặc" is o + ặ: no oa cluster, whatever order NFD puts its two marks in.
    assert normalize(word) == word


@given(st.one_of(vietnamese_text, any_text), st.one_of(vietnamese_text, any_text))
def test_check_typed_is_total(given_text: str, expected: str) -> None:
    verdict = check_typed(given_text, expected)
    assert verdict.outcome in Outcome
    assert "".join(segment.given for segment in verdict.diff) == verdict.given
    assert "".join(segment.expected for segment in verdict.diff) == verdict.expected
    assert check_choice(given_text, expected).outcome in (Outcome.RIGHT, Outcome.WRONG)


@given(st.one_of(vietnamese_text, any_text))
def test_every_answer_matches_itself(text: str) -> None:
    assert check_typed(text, text).outcome is Outcome.RIGHT
    assert check_choice(text, text).outcome is Outcome.RIGHT


@given(st.lists(words, min_size=1, max_size=4).map(" ".join))
def test_dropping_tone_marks_is_tones_never_right(phrase: str) -> None:
    toneless = strip_tones(phrase)
    outcome = check_typed(toneless, phrase).outcome
    assert outcome is (Outcome.RIGHT if toneless == phrase else Outcome.TONES)


@given(st.lists(words, min_size=1, max_size=4).map(" ".join))
def test_d_for_dj_is_wrong(phrase: str) -> None:
    if "đ" in phrase:
        assert check_typed(phrase.replace("đ", "d"), phrase).outcome is Outcome.WRONG


values = st.one_of(
    st.integers(0, 10**15).map(Decimal),
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
)


def _with_spaces(formatted: str) -> str:
    whole, _, fraction = formatted.partition(",")
    return whole.replace(".", " ") + ("," + fraction if fraction else "")


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@given(values)
@example(Decimal(6968))
@example(Decimal("25.5"))
@example(Decimal(0))
def test_a_number_equals_its_own_reformatting(value: Decimal) -> None:
    dotted = format_number(value)
    spaced = _with_spaces(dotted)
    plain = _plain(value)
    for text in (dotted, spaced, plain):
        assert parse_number(text) == value, text
    for given_text in (dotted, spaced, plain):
        for expected in (dotted, spaced, plain):
            assert check_typed(given_text, expected).outcome is Outcome.RIGHT, (
                given_text,
                expected,
            )
    assert check_typed(dotted + "%", spaced + " %").outcome is Outcome.RIGHT
    millions = format_number(value * 1_000_000)
    assert check_typed(millions, f"{dotted} triệu").outcome is Outcome.RIGHT


@given(values, st.integers(1, 10**6))
def test_a_different_number_is_wrong(value: Decimal, bump: int) -> None:
    other = value + Decimal(bump) / 1000
    assert check_typed(format_number(other), format_number(value)).outcome is Outcome.WRONG


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_a_date_equals_its_own_rewriting(day: dt.date) -> None:
    d, m, y = day.day, day.month, day.year
    written = (
        f"{d}/{m}/{y}",
        f"{d:02}/{m:02}/{y}",
        f"{d}-{m}-{y}",
        f"{d}.{m}.{y}",
        f"ngày {d}/{m}/{y}",
        f"ngày {d} tháng {m} năm {y}",
    )
    for given_text in written:
        assert check_typed(given_text, f"{d}/{m}/{y}").outcome is Outcome.RIGHT, given_text
    other = day + dt.timedelta(days=1) if day < dt.date(2999, 12, 31) else day - dt.timedelta(1)
    moved = f"{other.day}/{other.month}/{other.year}"
    assert check_typed(moved, f"{d}/{m}/{y}").outcome is Outcome.WRONG
    assert check_typed(f"{m}/{y}", f"tháng {m} năm {y}").outcome is Outcome.RIGHT
    assert check_typed(f"năm {y}", str(y)).outcome is Outcome.RIGHT
    assert check_typed(f"{y}-{y + 5}", f"{y} – {y + 5}").outcome is Outcome.RIGHT
