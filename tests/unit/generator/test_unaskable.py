"""Text that holds figures but is no prose to ask from."""

from __future__ import annotations

from tests.unit.generator.test_stem_boundaries import all_questions


def test_text_in_capitals_and_table_rows_are_not_asked() -> None:
    asked = all_questions(
        "HUYỆN HẢI HÀ ĐẶT MỤC TIÊU ĐẾN HẾT NĂM 2025 CÓ THÊM 3 XÃ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU "
        "MẪU, 100% THÔN ĐẠT CHUẨN.\n\nChỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện "
        "9 tháng\n\nToàn huyện có 10 xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert asked == ["Toàn huyện có bao nhiêu xã đạt chuẩn nông thôn mới nâng cao?"]
