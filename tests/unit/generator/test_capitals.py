"""Whether a stem's first word keeps its capital once "Ở <place>, " is put before it."""

from __future__ import annotations

from studyapp.core.cards.capitals import keeps_capital


def test_common_openers_lose_their_capital_names_keep_theirs() -> None:
    # These read "Ở Hải Hà, Toàn huyện ...", "Ở Vinh, Chỉ số hài lòng ...".
    for body in (
        "Toàn huyện hiện có 46 sản phẩm",
        "Riêng Trường THPT chuyên Lê Hồng Phong tuyển 595 học sinh",
        "Dịp Tết Giáp Thìn 2024, chương trình",
        "Nhà trường có 32 cán bộ",
        "Chỉ số hài lòng của người dân đạt 96,8%",
        "Đại diện Sở Lao động cho biết",
        "Ban đầu chỉ có 7 hộ tham gia",
        "Vào Đảng ngày 03/02/1963",
        "Hiện chợ có 612 tiểu thương",  # "Nguyễn Thực Hiện" is in the article
    ):
        assert not keeps_capital(body, frozenset({"Toàn", "Hiện"})), body
    kept = ("Nhà nước hỗ trợ 50%", "Chỉ thị số 05-CT/TW", "Toàn cho biết", "Ban chỉ đạo tỉnh")
    for body in kept:
        assert keeps_capital(body, frozenset({"Toàn"})), body


def test_a_one_letter_word_is_no_acronym() -> None:
    # "Ở Thanh Liêm, Ô tô tải tiếp tục ..." kept the capital of "Ô".
    assert not keeps_capital("Ô tô tải tiếp tục lao lên dải phân cách")
    assert keeps_capital("UBND tỉnh ban hành")


def test_a_level_before_a_places_name_loses_its_capital() -> None:
    # "Năm 2022, Xã Trần Thới, xã nào dẫn đầu ...".
    for body in ("Xã Trần Thới, xã Lương Thế Trân dẫn đầu", "Huyện Lý Nhân có 20 xã"):
        assert not keeps_capital(body), body
    for body in ("Huyện Ủy Lý Nhân ban hành", "Tỉnh Đoàn Hà Nam tổ chức"):
        assert keeps_capital(body), body


def test_cu_before_an_elders_name_loses_its_capital() -> None:
    # "Ở Đông Xuyên, Cụ Nguyễn Văn Bảy, bao nhiêu tuổi, ...".
    assert not keeps_capital("Cụ Nguyễn Văn Bảy, 88 tuổi, xúc động")


def test_a_bodys_name_keeps_its_capital_after_a_place() -> None:
    assert keeps_capital("Ngân hàng TMCP Công Thương Việt Nam ủng hộ 2 tỷ đồng")
    assert keeps_capital("Tổng công ty Điện lực miền Bắc ủng hộ 1 tỷ đồng")
    assert keeps_capital("Liên đoàn Lao động tỉnh hỗ trợ 3.500 suất quà")
    assert not keeps_capital("Ngân hàng cho vay 5 tỷ đồng")
    assert not keeps_capital("Tổng thu ngân sách đạt 1.520 tỷ đồng")


def test_titles_awards_and_bodies_keep_their_capital_a_verb_does_not() -> None:
    for body in (
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể",
        "Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen",
        "Huân chương Độc lập hạng Ba cho 1 gia đình",
        "Vườn quốc gia Xuân Thủy là khu Ramsar đầu tiên",
        "Công ty cổ phần Nước sạch Trường Giang trao tặng 50 suất quà",
        "Kết luận số 21-KL/TU của Ban Thường vụ",
    ):
        assert keeps_capital(body), body
    # "Ở Hà Nam, Dự Đại hội có 420 ...", "Ở Nghĩa Hưng, Kết luận buổi đối thoại, ..." were asked.
    for body in ("Dự Đại hội có 420 đại biểu", "Kết luận buổi đối thoại, Chủ tịch UBND huyện giao"):
        assert not keeps_capital(body), body
