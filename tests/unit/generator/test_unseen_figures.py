"""Figures that unseen articles showed are not worth asking, or not what they seemed."""

from __future__ import annotations

from studyapp.core.model import FactKind
from tests.unit.generator.helpers import answers
from tests.unit.generator.test_cards import notes_of


def test_the_army_units_numbers_are_names() -> None:
    text = (
        "Cụ Trịnh Đình Khải, nguyên chiến sĩ Trung đoàn 88, Đại đoàn 308, kể lại. Trung đoàn 20 "
        "vinh dự được tuyên dương; ông từng ở Sư đoàn 320 và Tiểu đoàn 307 với 46 đồng đội."
    )
    assert answers(text, FactKind.COUNT) == ["46"]


def test_a_baseline_year_and_a_plans_horizon_are_not_asked() -> None:
    text = (
        "Năm 2023, doanh thu đạt 185 tỷ đồng, tăng 23% so với năm 2022 và 8% so với cùng kỳ "
        "năm 2021. Theo Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, cảng đạt 110 "
        "triệu tấn vào năm 2030."
    )
    assert answers(text, FactKind.DATE) == ["2030"]


def test_an_anniversarys_last_day_is_not_asked() -> None:
    text = "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024), tỉnh tặng 150 suất quà."
    assert answers(text, FactKind.DATE) == ["7/5/1954"]


def test_lists_of_administrative_levels_are_one_counted_group() -> None:
    notes = {
        n.answer: n.question
        for n in notes_of(
            "Mỗi năm, tỉnh tổ chức tự khảo sát tại 6 huyện, thị xã, thành phố với 3.600 phiếu. "
            "Giải có 24 đội ghe đến từ 7 huyện, thị xã và thành phố trong tỉnh. Tỉnh xếp thứ "
            "8 trong 63 tỉnh, thành. Lực lượng kiểm lâm phối hợp với 172 tổ, đội bảo vệ rừng. "
            "Quỹ hỗ trợ 215 học sinh, sinh viên vay vốn. Dự án có 3 xã, huyện Tri Tôn tham gia."
        )
    }
    assert notes["6"].endswith("tại bao nhiêu huyện, thị xã, thành phố?")
    assert notes["7"].endswith("đến từ bao nhiêu huyện, thị xã và thành phố trong tỉnh?")
    assert notes["172"].endswith("bao nhiêu tổ, đội bảo vệ rừng?")
    assert notes["215"].endswith("bao nhiêu học sinh, sinh viên vay vốn?")
    assert notes["3"] == "Dự án có bao nhiêu xã, huyện Tri Tôn tham gia?"


def test_a_laws_year_is_part_of_its_name() -> None:
    text = "Nhất là khi Luật Đất đai năm 2024 có hiệu lực, vi phạm pháp luật năm 2023 giảm 12 vụ."
    assert answers(text, FactKind.DATE) == ["2023"]


def test_a_pair_counts_its_own_words_toward_the_nouns_length() -> None:
    notes = {
        n.answer: n.question
        for n in notes_of(
            "Lực lượng kiểm lâm đã phối hợp với 172 tổ, đội bảo vệ rừng cộng đồng tổ chức "
            "9.640 lượt tuần tra."
        )
    }
    assert notes["172"].endswith("bao nhiêu tổ, đội bảo vệ rừng cộng đồng?")


def test_a_ranking_is_no_list_of_the_first_verb() -> None:
    notes = notes_of(
        "Kết quả tự khảo sát năm 2023 cho thấy thị xã Duy Tiên dẫn đầu với 91,2% người dân hài "
        "lòng, huyện Lý Nhân xếp thứ hai với 89,5%, trong khi huyện Bình Lục xếp cuối với 83,1%."
    )
    for note in notes:
        if note.answer in ("89,5%", "83,1%"):
            # "... Duy Tiên dẫn đầu với bao nhiêu phần trăm?" was asked for Bình Lục's 83,1%.
            assert "Duy Tiên dẫn đầu với bao nhiêu" not in note.question, note.question


def test_ranks_are_asked_among_how_many() -> None:
    notes = notes_of(
        "Năm 2023, chỉ số PAPI của Nam Định xếp thứ 62/63 tỉnh, thành phố. GRDP của "
        "tỉnh đứng thứ 12 cả nước và thứ 3/11 tỉnh vùng đồng bằng sông Hồng."
    )
    ranks = {n.answer: n for n in notes if n.kind is FactKind.ORDINAL}
    assert ranks["62"].question.endswith("xếp thứ mấy trong 63 tỉnh, thành phố?")
    assert all(0 < int(choice) <= 63 for choice in ranks["62"].choices)
    assert "đứng thứ mấy cả nước" in ranks["12"].question
    assert "thứ mấy trong 11 tỉnh vùng đồng bằng sông Hồng?" in ranks["3"].question


def test_two_counts_in_a_row_are_a_guess_not_a_figure() -> None:
    text = "Có vụ chúng tôi phải đến nhà 5, 6 lần. Tổ hòa giải có 12 thành viên, 5 tổ viên nữ."
    # Was "... đến nhà 5, bao nhiêu lần?" -> 6.
    assert answers(text, FactKind.COUNT) == ["12", "5"]


def test_a_figure_with_a_twin_after_it_is_not_asked_alone() -> None:
    asked = {
        n.answer: n.question
        for n in notes_of(
            "Quà của Chủ tịch nước gồm 51.900 suất với 2 mức 300.000 đồng và 600.000 đồng. "
            "Huyện có 17 xã và 1 thị trấn."
        )
    }
    # "... với 2 mức bao nhiêu đồng?" had two right answers.
    assert "300.000 đồng" not in asked
    assert asked["600.000 đồng"].endswith("2 mức 300.000 đồng và bao nhiêu đồng?")
    assert asked["17"] == "Huyện có bao nhiêu xã?"


def test_a_money_term_of_a_formula_is_not_asked() -> None:
    text = "Tiền trợ cấp là 10.400.000 đồng x 75%: 24 ngày x 12 ngày = 3.900.000 đồng."
    assert answers(text, FactKind.MONEY) == []


def test_an_events_day_without_its_year_is_asked() -> None:
    notes = {
        n.answer: n
        for n in notes_of(
            "Sáng 20-4, tại xã Tân Dân, UBND tỉnh tổ chức lễ khởi công dự án. Ngày 27/11, giải "
            "đua ghe ngo diễn ra với 24 đội; học sinh nhập học từ ngày 15 đến 20-7."
        )
    }
    assert notes["20-4"].question.startswith("Sáng ngày nào, tại xã Tân Dân")
    assert notes["27/11"].question.endswith("ngày nào, giải đua ghe ngo diễn ra với 24 đội?")
    assert all(choice.endswith("-4") for choice in notes["20-4"].choices if choice != "27/11")
    assert "20-7" not in notes  # the end of a span of days, not an event's day
    others = answers(
        "Sáng 18/4 (tức ngày 10/3 âm lịch), huyện khai mạc lễ hội; đợt triều cường từ ngày "
        "27/3 – 2/4 gây mặn.",
        FactKind.DATE,
    )
    assert others == ["18/4"]


def test_an_amount_in_two_parts_is_one_figure() -> None:
    notes = {
        n.answer: n.question
        for n in notes_of("Tổng số tiền Nhung chiếm đoạt của các bị hại là 8 tỷ 650 triệu đồng.")
    }
    # Was "... là 8 tỷ bao nhiêu triệu đồng?" -> 650 triệu đồng.
    assert notes == {
        "8 tỷ 650 triệu đồng": "Tổng số tiền Nhung chiếm đoạt của các bị hại là bao nhiêu đồng?"
    }


def test_laws_years_and_their_amendments_are_part_of_their_names() -> None:
    text = (
        "Bị cáo bị xử theo Điều 251 Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017; hòa "
        "giải theo Luật Hòa giải, đối thoại tại Tòa án năm 2020 đạt 486 vụ năm 2023."
    )
    assert answers(text, FactKind.DATE) == ["2023"]


def test_acronyms_and_set_phrases_as_counted_nouns() -> None:
    notes = {
        n.answer: n.question
        for n in notes_of(
            "Toàn tỉnh hiện có 243 HTX nông nghiệp. Hội quản lý 108 tổ tiết kiệm và vay vốn với "
            "dư nợ 356,8 tỷ đồng."
        )
    }
    assert notes["243"].endswith("bao nhiêu HTX nông nghiệp?")
    assert "bao nhiêu tổ tiết kiệm và vay vốn" in notes["108"]


def test_the_top_of_a_span_and_a_running_totals_first_year_are_not_asked() -> None:
    text = (
        "Từ đầu năm 2024 đến nay, toàn tỉnh xảy ra 27 vụ cháy; vết nứt dài từ 20 đến 30 mét, "
        "thu nhập tăng từ 38,2 triệu đồng lên 58,4 triệu đồng."
    )
    assert answers(text, FactKind.DATE) == []
    # The span is asked whole (test_ranges.py), not its top alone.
    assert answers(text, FactKind.COUNT) == ["27", "20 đến 30"]
    assert "58,4 triệu đồng" in answers(text, FactKind.MONEY)  # "từ ... lên ...": no span
