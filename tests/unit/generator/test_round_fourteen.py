"""Defects the fourteenth review round found."""

from __future__ import annotations

from tests.unit.generator.test_stem_shapes import questions


def test_a_count_keeps_its_noun_up_to_the_link_to_the_next_figure() -> None:
    asked = questions(
        "Đến hết tháng 6/2024, toàn tỉnh có 14.382 doanh nghiệp và tổ chức sử dụng hóa đơn "
        "điện tử, trong đó 1.947 doanh nghiệp sử dụng hóa đơn khởi tạo từ máy tính tiền. "
        "Riêng 9 tháng năm 2024, Công an thành phố đã tiếp nhận 137 vụ lừa đảo chiếm đoạt "
        "tài sản qua mạng với tổng thiệt hại khoảng 46 tỷ đồng."
    )
    # Were "... có bao nhiêu doanh nghiệp?" and "... bao nhiêu vụ lừa đảo?": other counts.
    assert asked["14.382"].endswith("có bao nhiêu doanh nghiệp và tổ chức sử dụng hóa đơn điện tử?")
    assert asked["137"].endswith("bao nhiêu vụ lừa đảo chiếm đoạt tài sản qua mạng?")


def test_a_comparison_is_not_read_as_the_link_to_the_next_figure() -> None:
    asked = questions(
        "Sau tinh giản, tổng số biên chế công chức của tỉnh năm 2025 là 9.742 người, giảm "
        "15,7% so với tổng biên chế của 3 tỉnh năm 2024."
    )
    assert not asked["15,7%"].endswith(" so?")


def test_a_tail_is_not_cut_inside_a_list_of_short_items() -> None:
    asked = questions(
        "Xã Hải Phương thành lập 12 tổ tuyên truyền, mỗi tổ gồm cán bộ y tế thôn, chi hội "
        "trưởng phụ nữ và trưởng thôn đến từng nhà vận động. Chiến dịch đợt 2 diễn ra tại 9 "
        "quận, huyện với sự tham gia của hơn 3.500 cán bộ y tế, đoàn viên thanh niên, hội "
        "viên phụ nữ và học sinh."
    )
    # Were "..., mỗi tổ gồm cán bộ y tế thôn?" and "... hơn bao nhiêu cán bộ y tế?".
    assert "chi hội trưởng phụ nữ và trưởng thôn" in asked["12"]
    assert asked["3.500"].endswith("hội viên phụ nữ và học sinh?")


def test_a_list_too_long_to_keep_falls_back_to_its_first_comma() -> None:
    asked = questions(
        "Năm 2023, tỉnh đã tổ chức 4 hội nghị đối thoại với doanh nghiệp, tiếp nhận và trả "
        "lời 126 kiến nghị."
    )
    assert asked["4"].endswith("bao nhiêu hội nghị đối thoại với doanh nghiệp?")


def test_a_new_clause_after_a_comma_is_no_list() -> None:
    asked = questions(
        "Hai bên thống nhất ký kết Biên bản ghi nhớ hợp tác giữa TP Cần Thơ và thành phố "
        "Geelong (bang Victoria) trong quý IV năm 2024, tập trung vào giáo dục, nông nghiệp "
        "công nghệ cao và quản lý đô thị ven sông."
    )
    assert asked["Geelong"].startswith("Hai bên thống nhất")


def test_who_is_counted_after_la_stays_with_the_share() -> None:
    asked = questions(
        "Đáng chú ý, có tới 62% nạn nhân là người trên 50 tuổi và học sinh, sinh viên."
    )
    # Was "Có tới bao nhiêu phần trăm nạn nhân?".
    assert asked["62%"].endswith("nạn nhân là người trên 50 tuổi và học sinh, sinh viên?")


def test_the_prime_ministers_decisions_are_asked() -> None:
    asked = questions(
        "Quy hoạch được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1234/QĐ-TTg ngày "
        "28/12/2023."
    )
    # "TTg" ends in lower case; the code was not read at all.
    assert "1234/QĐ-TTg" in asked
