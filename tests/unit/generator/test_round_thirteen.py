"""Defects the thirteenth review round found."""

from __future__ import annotations

from tests.unit.generator.test_stem_shapes import questions


def test_a_tail_is_never_cut_inside_brackets() -> None:
    asked = questions(
        "Theo cáo trạng, từ tháng 3 đến tháng 5 năm 2024, bị cáo Trần Văn Hùng (sinh năm 1995, "
        "trú tại thôn Đồng Phú, xã Nhân Hòa) đã 7 lần đột nhập nhà dân, lấy trộm tài sản."
    )
    # Was "..., từ tháng 3 đến khi nào, bị cáo Trần Văn Hùng (sinh năm 1995)?": no predicate.
    assert asked["tháng 5 năm 2024"].endswith("đã 7 lần đột nhập nhà dân, lấy trộm tài sản?")


def test_a_district_court_acting_is_not_put_in_the_commune() -> None:
    asked = questions(
        "Sáng 15/11, Tòa án nhân dân huyện Lý Nhân xét xử lưu động tại xã Nhân Hòa. "
        "Năm 2024, Tòa án nhân dân huyện đã tổ chức 12 phiên tòa xét xử lưu động.",
        title="Xét xử lưu động tại xã Nhân Hòa",
    )
    # Was "Ở Nhân Hòa, năm 2024, Tòa án nhân dân huyện đã tổ chức ...".
    assert asked["12"].startswith("Năm 2024, Tòa án nhân dân huyện")
