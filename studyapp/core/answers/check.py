"""Check multiple-choice and typed answers, Vietnamese-aware."""

from __future__ import annotations

import re
from decimal import DecimalException

from studyapp.core.answers.dates_match import parse_when
from studyapp.core.answers.normalize import compare_form, display_form
from studyapp.core.answers.numbers_match import Quantity, compare_quantities, parse_quantity
from studyapp.core.answers.range_match import compare_ranges, parse_range
from studyapp.core.answers.verdict import Outcome, Verdict, make_verdict
from studyapp.core.vietnamese import strip_tones


def check_choice(chosen: str, correct: str) -> Verdict:
    """Check a multiple-choice answer: the right option suggests Good, any other Again."""
    given, expected = display_form(chosen), display_form(correct)
    outcome = Outcome.RIGHT if compare_form(chosen) == compare_form(correct) else Outcome.WRONG
    return make_verdict(outcome, given, expected)


def _quantity(display: str) -> Quantity | None:
    try:
        return parse_quantity(display)
    except (DecimalException, ValueError, OverflowError):
        # Absurdly long or odd digit runs: just compare the text.
        return None


def _range(display: str) -> tuple[Quantity, Quantity] | None:
    try:
        return parse_range(display)
    except (DecimalException, ValueError, OverflowError):
        return None


_DASH_RE = re.compile(r"\s*[-–—]\s*")
# Words a question puts before its blank ("tại xã nào?", "Nghị quyết số nào?",
# "đồng chí nào?"): a reply may repeat them. Longest first.
_FRAMES = sorted(
    (
        "xã",
        "phường",
        "thị trấn",
        "huyện",
        "quận",
        "thị xã",
        "thành phố",
        "tỉnh",
        "thôn",
        "xóm",
        "đồng chí",
        "ông",
        "bà",
        "số",
        "nghị quyết số",
        "quyết định số",
        "kế hoạch số",
        "chỉ thị số",
        "kết luận số",
        "thông tư số",
        "nghị định số",
        "đề án số",
        "phong trào",
        "chương trình",
        "mô hình",
    ),
    key=len,
    reverse=True,
)


def _frame(key: str) -> str:
    return next((frame for frame in _FRAMES if key.startswith(frame + " ")), "")


def _unframed(given_key: str, expected_key: str) -> tuple[str, str]:
    """Both keys without a frame word that only one of them starts with.

    "xã Nhân Thịnh" = "Nhân Thịnh" either way round, but "huyện Hà Nam" is
    not "tỉnh Hà Nam".
    """
    given_frame, expected_frame = _frame(given_key), _frame(expected_key)
    if given_frame and not expected_frame and not _starts_like(expected_key, given_frame):
        return given_key[len(given_frame) + 1 :], expected_key
    if expected_frame and not given_frame and not _starts_like(given_key, expected_frame):
        return given_key, expected_key[len(expected_frame) + 1 :]
    return given_key, expected_key


def _starts_like(key: str, frame: str) -> bool:
    # "huyên a" for "huyện a" has the frame with a tone missing: both keep it,
    # and the comparison says "check the tones" rather than a wrong "a".
    return strip_tones(key).startswith(strip_tones(frame) + " ")


def compare_typed(given: str, expected: str) -> Outcome:
    """The outcome of :func:`check_typed`, without building the verdict."""
    given_key, expected_key = compare_form(given), compare_form(expected)
    # A dash is typed as "-", with or without spaces: "12-NQ/HU" for "12 – NQ/HU".
    given_key, expected_key = _DASH_RE.sub("-", given_key), _DASH_RE.sub("-", expected_key)
    given_key, expected_key = _unframed(given_key, expected_key)
    if given_key == expected_key:
        return Outcome.RIGHT
    expected_when = parse_when(expected_key)
    if expected_when is not None:
        given_when = parse_when(given_key)
        if given_when is not None:
            return Outcome.RIGHT if given_when == expected_when else Outcome.WRONG
    expected_range = _range(display_form(expected))
    if expected_range is not None:
        given_range = _range(display_form(given))
        if given_range is not None:
            return compare_ranges(given_range, expected_range)
    expected_quantity = _quantity(display_form(expected))
    if expected_quantity is not None:
        given_quantity = _quantity(display_form(given))
        if given_quantity is not None:
            return compare_quantities(given_quantity, expected_quantity)
    # strip_tones keeps đ and the vowel marks (â, ă, ơ...), which are letters,
    # not tones: "Ha Noi" for "Hà Nội" and "dong" for "đồng" stay wrong.
    if strip_tones(given_key) == strip_tones(expected_key):
        return Outcome.TONES
    return Outcome.WRONG


def check_typed(given: str, expected: str) -> Verdict:
    """Check a typed answer against the expected one.

    Compared after NFC, one tone-placement convention (hóa = hoá), case folding,
    and removal of quotes and of punctuation and spaces at the ends; any dash
    is "-". Figures are compared by value (see
    :mod:`studyapp.core.answers.numbers_match`), ranges by both ends, dates, years and periods by
    what they mean (see :mod:`studyapp.core.answers.dates_match`). Right
    but for tone marks gives ``TONES`` (suggest Hard), never ``RIGHT``; đ vs d is
    a different letter, so ``WRONG``. Never raises.
    """
    outcome = compare_typed(given, expected)
    return make_verdict(outcome, display_form(given), display_form(expected))
