"""The eighth round of unseen articles: markets, disasters, industry, sport, festivals."""

from __future__ import annotations

from tests.unit.generator.test_stem_boundaries import all_questions


def test_a_size_after_the_counted_noun_is_another_figure() -> None:
    asked = all_questions(
        "Năm 2024, huyện Tân Yên đầu tư 9 xe ép rác chuyên dụng loại 7 tấn và lắp đặt 15 trạm "
        "cấp nước di động công suất 10 m³/giờ cho các xã ven sông."
    )
    # Were "... bao nhiêu xe ép rác chuyên dụng loại?" and "... trạm cấp nước di động công suất?".
    assert "Năm 2024, huyện Tân Yên đầu tư bao nhiêu xe ép rác chuyên dụng?" in asked
    assert not any(q.endswith(("loại?", "công suất?")) for q in asked)


def test_one_word_joined_by_va_is_not_cut_off() -> None:
    asked = all_questions(
        "Hiện toàn tỉnh có 1.140 trang trại chăn nuôi quy mô vừa và lớn, chiếm khoảng 35% tổng "
        "sản lượng thịt hơi."
    )
    # Was "... bao nhiêu trang trại chăn nuôi quy mô vừa?": the large farms were lost.
    assert "Hiện toàn tỉnh có bao nhiêu trang trại chăn nuôi quy mô vừa và lớn?" in asked


def test_a_rate_per_day_and_night_is_one_unit() -> None:
    asked = all_questions(
        "Nhà máy nước Ô Môn có công suất 20.000 m3/ngày.đêm, thường xuyên phải hoạt động vượt "
        "công suất 15% vào mùa khô."
    )
    assert "Nhà máy nước Ô Môn có công suất bao nhiêu m3/ngày.đêm?" in asked


def test_the_size_of_a_unit_of_land_is_not_asked() -> None:
    asked = all_questions("Với giá này, mỗi sào (360 m2) lúa Tám xoan cho lãi 1,2 triệu đồng.")
    # "mỗi sào (bao nhiêu m2)?" is the same in every article of the north.
    assert asked == ["Với giá này, mỗi sào (360 m2) lúa Tám xoan cho lãi bao nhiêu triệu đồng?"]
