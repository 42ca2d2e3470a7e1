"""The place a stem borrows from its article, and when it must not."""

from __future__ import annotations

from tests.unit.generator.test_stem_shapes import questions


def test_a_provincial_body_acting_is_not_put_in_the_district() -> None:
    asked = questions(
        "Công an huyện Lục Nam bắt giữ 6 đối tượng tại xã Cẩm Lý, huyện Lục Nam. Huyện Lục Nam "
        "có 25 xã. Từ đầu năm 2024 đến nay, Công an tỉnh đã bắt giữ 187 vụ phạm tội về ma túy. "
        "Ngày 12/3/2024, UBND tỉnh ban hành Quyết định thành lập Cụm công nghiệp rộng 50 ha.",
        title="Lục Nam triệt phá đường dây ma túy",
    )
    # Was "Ở Lục Nam, từ đầu năm 2024 đến nay, Công an tỉnh đã bắt giữ ...".
    assert asked["187"].startswith("Từ đầu năm 2024")
    # A provincial decision about something in the district keeps the district.
    assert asked["50"].startswith("Ở Lục Nam")
