"""Answer checking: every example from the issue, and its negatives."""

from __future__ import annotations

from decimal import Decimal

import pytest
from fsrs import Rating

from studyapp.core.answers import (
    DiffSegment,
    Outcome,
    check_choice,
    check_typed,
    compare_form,
    display_form,
    parse_quantity,
)

RIGHT, TONES, WRONG = Outcome.RIGHT, Outcome.TONES, Outcome.WRONG

CASES: list[tuple[str, str, Outcome]] = [
    # (given, expected, outcome)
    # Numbers by value: 6.968 = 6968 = "6 968"
    ("6968", "6.968", RIGHT),
    ("6 968", "6.968", RIGHT),
    ("6.968", "6968", RIGHT),
    ("6.968", "6 968", RIGHT),
    ("6 968", "6968", RIGHT),
    ("6.969", "6.968", WRONG),
    ("6969", "6.968", WRONG),
    ("69.680", "6.968", WRONG),
    # 25,5% = 25.5% = "25,5"
    ("25.5%", "25,5%", RIGHT),
    ("25,5", "25,5%", RIGHT),
    ("25,5 %", "25,5%", RIGHT),
    ("25,5 phần trăm", "25,5%", RIGHT),
    ("25,5%", "25.5%", RIGHT),
    ("25,4", "25,5%", WRONG),
    ("25,4%", "25,5%", WRONG),
    ("25,5 người", "25,5%", WRONG),
    # "60 triệu" = 60000000 = "60tr" = "60 triệu đồng"
    ("60000000", "60 triệu", RIGHT),
    ("60.000.000", "60 triệu", RIGHT),
    ("60 triệu", "60000000", RIGHT),
    ("60tr", "60 triệu", RIGHT),
    ("60 tr", "60 triệu", RIGHT),
    ("60 triệu đồng", "60 triệu", RIGHT),
    ("60 triệu", "60 triệu đồng", RIGHT),
    ("60.000.000 đồng", "60 triệu đồng", RIGHT),
    ("60 triệu VNĐ", "60 triệu đồng", RIGHT),
    ("2,5 tỷ", "2.500 triệu", RIGHT),
    ("60 nghìn tỷ", "60.000 tỷ", RIGHT),
    ("60k", "60 nghìn", RIGHT),
    ("61 triệu", "60 triệu", WRONG),
    ("6 triệu", "60 triệu", WRONG),
    ("60", "60 triệu", WRONG),
    ("60 tỷ", "60 triệu", WRONG),
    ("60 triệu USD", "60 triệu đồng", WRONG),
    ("60 triêu", "60 triệu", TONES),  # right but for the tone mark on the magnitude
    ("60 trieu", "60 triệu", WRONG),  # ê is a letter, not a tone
    # "XXVIII" = 28, "lần thứ 28"
    ("28", "XXVIII", RIGHT),
    ("XXVIII", "28", RIGHT),
    ("xxviii", "XXVIII", RIGHT),
    ("lần thứ 28", "XXVIII", RIGHT),
    ("28", "lần thứ XXVIII", RIGHT),
    ("xxviii", "lần thứ 28", RIGHT),
    ("thứ 28", "lần thứ 28", RIGHT),
    ("27", "XXVIII", WRONG),
    ("XXVII", "28", WRONG),
    ("lần thứ 29", "lần thứ XXVIII", WRONG),
    # Qualifiers are not required
    ("6.968", "trên 6.968", RIGHT),
    ("1.000 người", "gần 1.000 người", RIGHT),
    ("60 triệu", "hơn 60 triệu", RIGHT),
    ("2,5 tỷ", "khoảng 2,5 tỷ đồng", RIGHT),
    ("5 triệu", "đạt 5 triệu", RIGHT),
    ("300 nghìn", "bình quân 300 nghìn đồng", RIGHT),
    ("khoảng 60 triệu", "đạt gần 60 triệu đồng", RIGHT),
    ("dưới 1.000", "trên 1.000", WRONG),
    ("999", "gần 1.000", WRONG),
    # Units may be omitted if the number matches; a wrong unit is wrong
    ("6968", "6.968 người", RIGHT),
    ("120", "120 km", RIGHT),
    ("120km", "120 km", RIGHT),
    ("6.968 con", "6.968 người", WRONG),
    ("6.968 ngươi", "6.968 người", TONES),
    ("6.968 nguời", "6.968 người", WRONG),  # ư is a letter
    ("6.968 người", "6.968", RIGHT),
    ("năm 6.968", "6.968", WRONG),
    ("2020", "năm 2020", RIGHT),
    ("tháng 2020", "năm 2020", WRONG),
    # Dates, months, years and periods by what they mean; the question's own
    # word before the blank ("năm nào?", "nhiệm kỳ nào?") may be repeated
    ("năm 2019", "2019", RIGHT),
    ("2018", "2019", WRONG),
    ("15-8-2022", "15/8/2022", RIGHT),
    ("15/08/2022", "15/8/2022", RIGHT),
    ("ngày 15/8/2022", "15/8/2022", RIGHT),
    ("15 tháng 8 năm 2022", "15/8/2022", RIGHT),
    ("16/8/2022", "15/8/2022", WRONG),
    ("2022", "15/8/2022", WRONG),
    ("6/2023", "tháng 6 năm 2023", RIGHT),
    ("tháng 6/2023", "tháng 6 năm 2023", RIGHT),
    ("7/2023", "tháng 6 năm 2023", WRONG),
    ("thang 6 nam 2023", "tháng 6 năm 2023", WRONG),  # ă is a letter
    ("2020-2025", "2020 – 2025", RIGHT),
    ("2020 - 2025", "2020 – 2025", RIGHT),
    ("nhiệm kỳ 2020-2025", "2020 – 2025", RIGHT),
    ("từ năm 2020 đến năm 2025", "2020 – 2025", RIGHT),
    ("2020", "2020 – 2025", WRONG),
    ("2020 – 2026", "2020 – 2025", WRONG),
    ("thế kỷ 11", "XI", RIGHT),
    ("khóa XXVIII", "lần thứ XXVIII", RIGHT),
    # The question's own word before the blank may be repeated or left out
    ("xã Nhân Thịnh", "Nhân Thịnh", RIGHT),
    ("Thanh Liêm", "huyện Thanh Liêm", RIGHT),
    ("đồng chí Vũ Trùng Dương", "Vũ Trùng Dương", RIGHT),
    ("Nghị quyết số 12-NQ/HU", "12 – NQ/HU", RIGHT),
    ("phong trào Dân vận khéo", "Dân vận khéo", RIGHT),
    ("huyện Hà Nam", "tỉnh Hà Nam", WRONG),  # a different place
    ("xã Nhân Hòa", "Nhân Thịnh", WRONG),
    # Any dash is "-", with or without spaces
    ("12-NQ/HU", "12 – NQ/HU", RIGHT),
    ("12/NQ-HU", "12 – NQ/HU", WRONG),
    # Not quantities: compared as text
    ("19", "COVID-19", WRONG),
    ("2020", "15/2020/NĐ-CP", WRONG),
    ("15/2020/nđ-cp", "15/2020/NĐ-CP", RIGHT),
    ("1", "Quốc lộ 1A", WRONG),
    # NFC, tone placement, case, quotes, surrounding punctuation and spaces
    ("hoá học", "hóa học", RIGHT),
    ("HOÁ HỌC", "hóa học", RIGHT),
    ("uỷ ban", "Ủy ban", RIGHT),
    ("thuỷ điện", "thủy điện", RIGHT),
    ("khoẻ", "khỏe", RIGHT),
    ("hòa bình", "hoà bình", RIGHT),
    ("HÀ NỘI", "Hà Nội", RIGHT),
    ("Ha\u0300 N\u00f4\u0323i", "Hà Nội", RIGHT),  # decomposed input
    ('"Hà Nội"', "Hà Nội", RIGHT),
    ("“Hà Nội”.", "Hà Nội", RIGHT),
    ("«Đổi mới»", "Đổi mới", RIGHT),
    ("  Hà   Nội.  ", "Hà Nội", RIGHT),
    ("(Hà Nội)", "Hà Nội", RIGHT),
    ("Hà\u00a0Nội!", "Hà Nội", RIGHT),
    # Right except for tone marks: "check the tones", never fully right
    ("Ha Nội", "Hà Nội", TONES),
    ("huyên a", "huyện a", TONES),
    ("8,65 tỷ đồng", "8 tỷ 650 triệu đồng", RIGHT),  # an amount in two parts
    ("8650 triệu", "8 tỷ 650 triệu đồng", RIGHT),
    ("8 tỷ", "8 tỷ 650 triệu đồng", WRONG),
    ("ngày 20/4", "20-4", RIGHT),  # an event's day without its year
    ("20/04", "20-4", RIGHT),
    ("21-4", "20-4", WRONG),  # a frame word with its tone missing is still the frame
    ("xa Nhân Thịnh", "xã Nhân Thịnh", TONES),
    ("Hà Nôi", "Hà Nội", TONES),
    ("hoa hoc", "hóa học", TONES),
    ("Viêt Nam", "Việt Nam", TONES),
    ("Thu Duc", "Thủ Đức", WRONG),  # đ lost too
    # đ vs d is a real difference (a letter, not a tone)
    ("Dà Nẵng", "Đà Nẵng", WRONG),
    ("Da Nang", "Đà Nẵng", WRONG),
    ("dồng", "đồng", WRONG),
    ("đồng", "dồng", WRONG),
    ("Đa Nang", "Đà Nẵng", WRONG),  # ă is a letter too
    ("Ha Noi", "Hà Nội", WRONG),  # ô is a letter: not just tones
    # A wrong word
    ("Hải Phòng", "Hà Nội", WRONG),
    ("Hà Nam", "Hà Nội", WRONG),
    ("", "Hà Nội", WRONG),
    ("Hà Nội", "", WRONG),
]


@pytest.mark.parametrize(("given", "expected", "outcome"), CASES)
def test_typed_answers(given: str, expected: str, outcome: Outcome) -> None:
    verdict = check_typed(given, expected)
    assert verdict.outcome is outcome, (given, expected, verdict)


@pytest.mark.parametrize(
    ("outcome", "rating"),
    [(RIGHT, Rating.Good), (TONES, Rating.Hard), (WRONG, Rating.Again)],
)
def test_suggested_ratings(outcome: Outcome, rating: Rating) -> None:
    given = {RIGHT: "Hà Nội", TONES: "Ha Nội", WRONG: "Huế"}[outcome]
    verdict = check_typed(given, "Hà Nội")
    assert verdict.outcome is outcome and verdict.rating is rating
    assert verdict.is_right is (outcome is RIGHT)


def test_verdict_carries_display_forms_and_a_diff() -> None:
    verdict = check_typed(" “Ha Nôi”. ", "Hà Nội")
    assert verdict.given == "Ha Nôi" and verdict.expected == "Hà Nội"
    assert verdict.diff == (
        DiffSegment("equal", "H", "H"),
        DiffSegment("replace", "a", "à"),
        DiffSegment("equal", " N", " N"),
        DiffSegment("replace", "ô", "ộ"),
        DiffSegment("equal", "i", "i"),
    )
    missing = check_typed("Hà", "Hà Nội").diff
    assert missing == (DiffSegment("equal", "Hà", "Hà"), DiffSegment("insert", "", " Nội"))
    extra = check_typed("Hà Nội mới", "Hà Nội").diff
    assert extra[-1] == DiffSegment("delete", " mới", "")


def test_diff_ignores_case_and_tone_placement() -> None:
    assert check_typed("HOÁ", "hóa").diff == (DiffSegment("equal", "HÓA", "hóa"),)
    assert check_typed("", "").diff == ()


def test_multiple_choice() -> None:
    right = check_choice("Hà Nội", "Hà Nội")
    assert (right.outcome, right.rating) == (RIGHT, Rating.Good)
    wrong = check_choice("Hải Phòng", "Hà Nội")
    assert (wrong.outcome, wrong.rating) == (WRONG, Rating.Again)
    assert wrong.expected == "Hà Nội" and wrong.given == "Hải Phòng"
    # The same option stored in another tone convention or form is still the same option.
    assert check_choice("hoá học", "Hóa học").outcome is RIGHT
    # A different figure is a different option even if close.
    assert check_choice("6.969", "6.968").outcome is WRONG


def test_forms() -> None:
    assert display_form("  “Thuỷ   điện”!! ") == "Thủy điện"
    assert compare_form("  “Thuỷ   điện”!! ") == "thủy điện"
    assert display_form("-5") == "-5"


def test_parse_quantity() -> None:
    quantity = parse_quantity("đạt gần 60 triệu đồng")
    assert quantity is not None
    assert (quantity.value, quantity.prefix, quantity.unit) == (Decimal(60_000_000), "", "đồng")
    # "Đại hội" frames the ordinal like "lần thứ": the reply may leave it out.
    roman = parse_quantity("Đại hội XIII")
    assert roman is not None and (roman.value, roman.prefix) == (Decimal(13), "")
    framed = parse_quantity("Hội nghị XIII")
    assert framed is not None and framed.prefix == "hội nghị"
    assert parse_quantity("vi phạm") is None
    assert parse_quantity("ngày 20/11/2024") is None
    assert parse_quantity("A320") is None
