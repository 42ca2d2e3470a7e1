"""Ranges are asked whole: "từ bao nhiêu đến bao nhiêu đồng/kg?", never one end."""

from __future__ import annotations

from decimal import Decimal

from studyapp.core.answers import check_typed
from studyapp.core.answers.range_match import parse_range
from studyapp.core.answers.verdict import Outcome
from studyapp.core.cards import build_notes
from studyapp.core.facts import extract_facts
from studyapp.core.model import FactKind, NoteDraft
from studyapp.core.numbers import NUMBER_RE, parse_number
from tests.unit.generator.helpers import answers, article_of
from tests.unit.generator.test_stem_boundaries import all_questions

MARKET = (
    "Giá lúa tươi tại ruộng dao động từ 7.200 đến 7.500 đồng/kg, cao hơn cùng kỳ khoảng "
    "800 đồng/kg. Giá quất cảnh từ 500.000 đến 3 triệu đồng/cây. Nông dân lãi từ 18 đến 22 "
    "triệu đồng/ha. Giá vật tư tăng 10 – 15% so với năm trước."
)


def test_a_range_is_one_fact_with_both_ends() -> None:
    assert answers(MARKET, FactKind.MONEY) == [
        "7.200 đến 7.500 đồng/kg",
        "800 đồng/kg",
        "500.000 đến 3 triệu đồng/cây",
        "18 đến 22 triệu đồng/ha",
    ]
    assert answers(MARKET, FactKind.PERCENT) == ["10 – 15%"]


def test_a_range_is_asked_from_bottom_to_top() -> None:
    asked = all_questions(MARKET)
    assert "Giá lúa tươi tại ruộng dao động từ bao nhiêu đến bao nhiêu đồng/kg?" in asked
    # Different magnitudes: the blank takes both, the currency stays.
    assert "Giá quất cảnh từ bao nhiêu đến bao nhiêu đồng/cây?" in asked
    assert "Nông dân lãi từ bao nhiêu đến bao nhiêu triệu đồng/ha?" in asked
    # Without "từ" the question adds it.
    assert "Giá vật tư tăng từ bao nhiêu đến bao nhiêu phần trăm so với năm trước?" in asked
    # The figure before a range keeps no half of it: it was "từ bao nhiêu đến 7.500".
    assert not any(
        "đến 7.500" in q or "7.200 đến bao" in q for q in asked if "bao nhiêu đồng/kg" not in q
    )


def test_the_unit_written_at_both_ends_stays_at_both() -> None:
    text = "Tuyến ống có đường kính từ 90 mm đến 400 mm, dài 186 km."
    assert answers(text, FactKind.COUNT)[0] == "90 mm đến 400 mm"


def test_groups_spans_of_time_scores_and_classes_are_no_ranges() -> None:
    text = (
        "Trẻ em từ 1 đến 5 tuổi được uống vitamin A. Dự kiến mất từ 3 đến 5 ngày. Đội nhà "
        "thắng 3-1 trước 2.000 khán giả. Đội bóng đá nam lứa tuổi 14-15 giành huy chương bạc. "
        "Nhiều tài xế xe tải 15 – 25 tấn phản ánh."
    )
    found = [
        answer
        for kind in (FactKind.COUNT, FactKind.MONEY, FactKind.PERCENT)
        for answer in answers(text, kind)
    ]
    assert not any(" đến " in answer or "-" in answer or "–" in answer for answer in found)


def all_notes(text: str) -> list[NoteDraft]:
    """Every note of a one-paragraph article."""
    return list(build_notes(extract_facts(article_of(text, "Tiêu đề")), slug="t", title="Tiêu đề"))


def _ends(option: str) -> tuple[Decimal, Decimal]:
    low, high = (parse_number(m.group(0)) for m in NUMBER_RE.finditer(option))
    assert low is not None and high is not None
    return low, high


def test_range_options_go_up_and_move_both_ends_in_the_answers_format() -> None:
    notes = all_notes(MARKET + " Mực nước đỉnh triều có khả năng đạt 2,20 đến 2,25 m.")
    ranged = [note for note in notes if " đến bao nhiêu" in note.question]
    assert len(ranged) == 5
    for note in ranged:
        assert len(note.choices) == 4, note.question
        for option in note.choices:
            low, high = _ends(option)
            # "8.640 đến 7.500" was offered; "500.000 đến 3 triệu" has two magnitudes.
            assert low < high or "triệu" in option, option
        if note.kind is FactKind.PERCENT:
            assert all(_ends(option)[1] <= 100 for option in note.choices)
    tide = next(note for note in ranged if note.answer == "2,20 đến 2,25")
    # Every option keeps two decimals: "2,2 đến 2,3" beside "2,20 đến 2,25" gave it away.
    assert all(len(part.split(",")[1]) == 2 for o in tide.choices for part in o.split(" đến "))


def test_a_wide_percent_range_still_gets_options() -> None:
    notes = all_notes("Hỗ trợ diện tích lúa bị thiệt hại từ 30% đến 70%.")
    (note,) = [n for n in notes if n.kind is FactKind.PERCENT]
    assert len(note.choices) == 4


def test_typed_ranges_are_compared_end_by_end() -> None:
    expected = "7.200 đến 7.500 đồng/kg"
    for given in ("7200-7500", "7.200 – 7.500 đồng/kg", "từ 7200 đến 7500"):
        assert check_typed(given, expected).outcome is Outcome.RIGHT, given
    for given in ("7.200", "7200-7600", "7.500 đến 7.200"):
        assert check_typed(given, expected).outcome is Outcome.WRONG, given
    # The low end takes the top's magnitude: "18 đến 22 triệu đồng" starts at 18 triệu.
    assert check_typed("18000000 - 22000000", "18 đến 22 triệu đồng").is_right
    assert check_typed("30-40", "30 – 40%").is_right
    assert check_typed("500000 - 3000000", "500.000 đến 3 triệu đồng/cây").is_right
    assert parse_range("12 – NQ/HU") is None
    assert parse_range("2.000") is None


def test_range_options_write_their_ends_as_the_answer_does() -> None:
    notes = {
        n.answer: n.choices
        for n in build_notes(
            extract_facts(
                article_of(
                    "Giá quất cảnh từ 500.000 đến 3 triệu đồng/cây. Thu nhập của lao động làm "
                    "nghề đạt từ 5,5 đến 7 triệu đồng/người/tháng."
                )
            ),
            slug="t",
            title="t",
        )
    }
    # Not "7,0 đến 8,5" beside the answer's bare "7", nor "0,75 triệu" or "1.000.000".
    assert not [c for c in notes["5,5 đến 7 triệu đồng/người/tháng"] if ",0 " in c]
    for option in notes["500.000 đến 3 triệu đồng/cây"]:
        assert "0," not in option.split(" đến ")[1] and not option.startswith("1.000.000")
