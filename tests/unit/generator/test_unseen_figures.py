"""Figures that unseen articles showed are not worth asking, or not what they seemed."""

from __future__ import annotations

from studyapp.core.model import FactKind
from tests.unit.generator.helpers import answers


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
