"""Question stems on sentence shapes the first test articles did not have."""

from __future__ import annotations

from studyapp.core.cards import build_notes
from studyapp.core.cards.stems import _near_left
from studyapp.core.facts import extract_facts
from studyapp.core.model import NoteDraft
from tests.unit.generator.helpers import article_of


def questions(text: str, title: str = "Tiêu đề bài viết") -> dict[str, str]:
    """Each answer's question, for a one-paragraph article."""
    article = article_of(text, title)
    notes: list[NoteDraft] = list(build_notes(extract_facts(article), slug="t", title=title))
    return {note.answer: note.question for note in notes}


def test_the_short_co_form_is_only_for_a_figure_that_opens_a_list_item() -> None:
    asked = questions(
        "Toàn huyện có 1.126 ngôi nhà bị tốc mái, trong đó 14 nhà bị sập đổ hoàn toàn, "
        "213 nhà hư hỏng nặng trên 70%; năm nay có 198 thanh niên nhập ngũ, trong đó có "
        "9 đảng viên, chiếm 4,55%, cao hơn 1,2 điểm phần trăm, cao nhất kể từ năm 2019."
    )
    # "trên 70%" qualifies the houses before it.
    # "Toàn huyện có trên bao nhiêu phần trăm?" was asked.
    assert asked["70%"].endswith("213 nhà hư hỏng nặng trên bao nhiêu phần trăm?")
    # A year is never the object of "có": "Trong đó có nào?" was asked.
    assert asked["2019"].endswith("cao nhất kể từ năm nào?")
    # Items joined by "và" or "với" still get the short form.
    listed = questions(
        "Huyện Kim Bảng có 18 đơn vị hành chính, gồm 13 xã và 5 thị trấn với hơn 130.000 nhân khẩu."
    )
    assert listed["130.000"] == "Huyện Kim Bảng có hơn bao nhiêu nhân khẩu?"


def test_phoi_hop_voi_is_no_head_for_a_figure() -> None:
    asked = questions(
        "Ngành BHXH phối hợp với Sở Lao động thanh tra 56 đơn vị, ban hành 9 quyết định xử phạt "
        "theo Nghị định số 12/2022/NĐ-CP với tổng số tiền phạt 486 triệu đồng."
    )
    assert "phối hợp với Nghị định" not in asked["12/2022/NĐ-CP"]
    assert all(not q.endswith("phối hợp với bao nhiêu triệu đồng?") for q in asked.values())


def test_set_phrases_with_a_comma_are_not_cut() -> None:
    # A crowded sentence's question starts at a clause boundary near the figure,
    # not inside "các xã, thị trấn" or "trật tự, an toàn giao thông".
    left = (
        "Ngay trong đêm 17/9, Ban Thường vụ Huyện ủy đã họp khẩn để bàn các biện pháp ứng phó, "
        "chỉ đạo các xã, thị trấn thực hiện nghiêm phương châm bốn tại chỗ, tập trung sơ tán "
    )
    assert _near_left(left).startswith(" chỉ đạo các xã, thị trấn thực hiện")
    left = (
        "Trong dịp Tết, lực lượng Cảnh sát giao thông và Công an cấp huyện đã kiểm tra, phát "
        "hiện hàng nghìn trường hợp vi phạm trật tự, an toàn giao thông, xử phạt hàng tỷ đồng, "
        "tạm giữ "
    )
    assert _near_left(left) == " xử phạt hàng tỷ đồng, tạm giữ "


def test_a_tail_stops_before_a_new_subject() -> None:
    asked = questions(
        "Tại buổi làm việc với xã Hoàng Đông ngày 8/7/2024, đồng chí Nguyễn Thị Mai Anh, Phó Chủ "
        "tịch UBND thị xã, Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng thị xã yêu cầu các tổ công "
        "tác tiếp tục đối thoại với từng hộ còn vướng mắc theo tinh thần “đi từng ngõ, gõ từng "
        "nhà”."
    )
    # Not "..., đồng chí Nguyễn Thị Mai Anh?" (the tail cut after the name).
    assert asked["8/7/2024"] == "Tại buổi làm việc với xã Hoàng Đông ngày nào?"


def test_a_stem_of_small_words_alone_is_not_asked() -> None:
    asked = questions(
        "Giá nước sinh hoạt áp dụng 8.500 đồng/m³ đối với 10 m³ đầu tiên mỗi tháng; từ trên 10 m³ "
        "đến 20 m³ là 10.200 đồng/m³. Trong đó, khoảng 62 tấn/ngày được vận chuyển về khu xử lý "
        "của tỉnh; khoảng 67 tấn/ngày được xử lý tại 9 lò đốt quy mô liên xã. Còn 168 hộ chưa "
        "nhận tiền bồi thường."
    )
    stems = set(asked.values())
    assert "Từ trên bao nhiêu m³?" not in stems
    assert "Khoảng bao nhiêu tấn/ngày?" not in stems
    assert asked["168"] == "Còn bao nhiêu hộ chưa nhận tiền bồi thường?"


def test_a_stem_neither_ends_on_a_connective_nor_starts_inside_brackets() -> None:
    asked = questions(
        "Năm 2024, huyện Lý Nhân đề ra mục tiêu:\n\n"
        "- 60% số hộ thực hiện phân loại rác tại nguồn, trong đó:\n"
        "+ 100% số hộ tại thị trấn Vĩnh Trụ và các xã đạt chuẩn nông thôn mới kiểu mẫu;\n\n"
        "Khoảng 22 giờ 30 phút ngày 1/2/2024, tại Km 233+500 Quốc lộ 1A thuộc địa phận phường "
        "Thanh Tuyền, thành phố Phủ Lý, Tổ công tác Đội Cảnh sát hình sự Công an thành phố Phủ "
        "Lý phối hợp với Công an phường Thanh Tuyền dừng kiểm tra xe ô tô tải do Trịnh Văn Tùng "
        "(sinh năm 1998, trú tại xã Đồng Hóa, huyện Kim Bảng) điều khiển."
    )
    assert asked["60%"] == "Bao nhiêu phần trăm số hộ thực hiện phân loại rác tại nguồn?"
    # Not "Trú tại xã nào, huyện Kim Bảng) điều khiển?".
    assert not any(")" in q and "(" not in q for q in asked.values())
    aside = questions(
        "Xã Tiên Hải (thành phố Phủ Lý) và xã Đạo Lý (huyện Lý Nhân) là hai địa phương được chọn "
        "làm điểm mô hình “Xã thông minh” với tỷ lệ hồ sơ trực tuyến trên 85%; xã Tiên Hải có "
        "12 thôn."
    )
    assert "Xã Tiên Hải (thành phố nào)?" not in aside.values()


def test_a_figure_in_a_sub_heading_is_asked_from_the_body() -> None:
    article = (
        "Dự án 286,4 tỷ đồng\n\nNhà máy nước sạch do Công ty cổ phần Nước sạch Sông Đáy làm chủ "
        "đầu tư, tổng vốn 286,4 tỷ đồng, trong đó vốn doanh nghiệp 241,4 tỷ đồng."
    )
    asked = questions(article)
    # Not "Dự án số nào,4 tỷ đồng?" (the amount read as project number 286).
    assert "286" not in asked
    assert asked["286,4 tỷ đồng"].startswith("Nhà máy nước sạch do Công ty")


def test_no_place_prefix_from_captions_nor_for_a_whole_wider_area() -> None:
    captioned = questions(
        "Cán bộ BHXH tư vấn cho người dân xã Nhân Chính. (Ảnh: Ngọc Lan)\n\n"
        "Người dân xã Nhân Chính làm thủ tục tại bưu điện. (Ảnh: Ngọc Lan)\n\n"
        "Tỷ lệ lực lượng lao động tham gia BHXH đạt 44,8%.",
        "Mở rộng diện bao phủ bảo hiểm xã hội",
    )
    # Not "Ở Nhân Chính, ..." (a place named in two photo captions only).
    assert captioned["44,8%"] == "Tỷ lệ lực lượng lao động tham gia BHXH đạt bao nhiêu phần trăm?"
    wider = questions(
        "Tại thành phố Phủ Lý, công an phát hiện 14 vụ vi phạm. Thành phố Phủ Lý có 21 phường, "
        "xã. Trong dịp Tết, toàn tỉnh xảy ra 23 vụ phạm pháp hình sự.",
        "An ninh trật tự dịp Tết được giữ vững",
    )
    # Not "Ở Phủ Lý, trong dịp Tết, toàn tỉnh ...".
    assert wider["23"] == "Trong dịp Tết, toàn tỉnh xảy ra bao nhiêu vụ phạm pháp hình sự?"


def test_a_given_name_alone_keeps_its_capital_after_a_prefix() -> None:
    asked = questions(
        "Tổ công tác Công an thành phố Phủ Lý dừng kiểm tra xe ô tô do Trịnh Văn Tùng điều khiển. "
        "Tùng khai mua số pháo trên với giá 19 triệu đồng để bán dịp Tết. "
        "Thành phố Phủ Lý đã xử lý 12 vụ."
    )
    assert asked["19 triệu đồng"].startswith("Ở Phủ Lý, Tùng khai mua số pháo")


def test_a_digests_figures_take_the_place_of_their_own_brief() -> None:
    asked = questions(
        "Sáng 14/3, UBND thị xã Duy Tiên khởi công đường trục nối xã Mộc Bắc với xã Chuyên "
        "Ngoại. Tuyến đường dài 4,2 km. Thị xã Duy Tiên giao mặt bằng trước ngày 30/4/2024.\n\n"
        "Ngày 13/3, Hội Chữ thập đỏ huyện Kim Bảng tổ chức ngày hội hiến máu. Trong tổng số 468 "
        "người đăng ký, có 412 người đủ điều kiện hiến máu.\n\n"
        "Tổ công tác kiểm tra nồng độ cồn trên Quốc lộ 21A, đoạn qua phường Thanh Châu "
        "(TP Phủ Lý).",
        "Điểm tin ngày 14/3: Duy Tiên khởi công đường trục; Kim Bảng tiếp nhận 412 đơn vị máu",
    )
    # Not "Ở Duy Tiên, trong tổng số 468 người đăng ký ..." (a brief about Kim Bảng).
    assert asked["412"].startswith("Ở Kim Bảng, trong tổng số 468 người đăng ký")
    # The widest place of the brief, not the last: not "Ở Chuyên Ngoại, tuyến đường ...".
    assert asked["4,2"] == "Ở Duy Tiên, tuyến đường dài bao nhiêu km?"
    # Not "... đoạn qua phường Thanh Châu (TP nào)?".
    assert "Phủ Lý" not in asked


def test_a_departments_name_is_no_clause_boundary_and_a_locative_takes_no_place() -> None:
    left = (
        "Tối 26/4, tại Nhà thi đấu tỉnh, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa, Thể "
        "thao và Du lịch tổ chức Lễ bế mạc Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ "
    )
    # Not "Thể thao và Du lịch tổ chức ..." nor "Du lịch tổ chức ...".
    assert not _near_left(left).lstrip().startswith(("Thể thao", "Du lịch", "Đào tạo"))
    asked = questions(
        "Thành phố Phủ Lý giữ vững ngôi nhất toàn đoàn. Thành phố Phủ Lý giành 38 HCV. "
        "Ở nội dung chạy 100 m nam THPT, em Trần Đức Mạnh cán đích với thành tích 10 giây 85."
    )
    # Not "Ở Phủ Lý, Ở nội dung chạy ...".
    assert asked["100"].startswith("Ở nội dung chạy bao nhiêu m nam THPT")


def test_a_place_asked_in_an_address_alone_is_not_asked() -> None:
    asked = questions(
        "Lễ đón nhận Bằng xếp hạng di tích quốc gia đền Vân Trung, thôn Vân Trung, xã Bối Cầu. "
        "Thôn Vân Trung, xã Bối Cầu. Xã Bối Cầu có 9 di tích cấp quốc gia."
    )
    assert not {"Thôn Vân Trung, xã nào?", "Thôn nào, xã Bối Cầu?"} & set(asked.values())


def test_rates_colons_between_digits_and_a_dangling_co() -> None:
    asked = questions(
        "Doanh nghiệp được hỗ trợ tối đa 50 triệu đồng/doanh nghiệp. Năm 2019, công ty được cấp "
        "chứng nhận ISO 9001:2015, năm 2021 đạt ISO 14001:2015. Ở thôn Phú Gia, xã Thanh Tâm "
        "(huyện Thanh Liêm), hỏi tên ông Đinh Văn Thước có khi người ta phải ngẫm một lúc, nhưng "
        "hỏi “ông lang Thước” thì đến đứa trẻ lên mười cũng dẫn được khách tới tận cổng."
    )
    assert "50 triệu đồng/doanh nghiệp" in asked  # not "50 triệu đồng/doanh"
    assert "ISO 9001: năm" not in asked["2021"]  # the colon of "9001:2015" is no lead-in
    assert not any(q.endswith(" có?") for q in asked.values())


def test_ket_qua_alone_says_nothing() -> None:
    asked = questions("Các đoàn gửi 74 mẫu đi kiểm nghiệm. Kết quả 69 mẫu đạt, 5 mẫu không đạt.")
    assert "Kết quả bao nhiêu mẫu?" not in asked.values()


def test_rates_per_square_metre_and_thousand_billion_with_ti() -> None:
    asked = questions(
        "Giá khởi điểm từ 8,5 triệu đồng/m2, tiền mua hồ sơ 500.000 đồng/hồ sơ. Cả năm tỉnh thu "
        "hơn 3,5 nghìn tỉ đồng tiền sử dụng đất."
    )
    assert {"8,5 triệu đồng/m2", "500.000 đồng/hồ sơ", "3,5 nghìn tỉ đồng"} <= set(asked)


def test_an_ad_line_an_acronyms_verb_and_a_straight_quote_cut_open() -> None:
    asked = questions(
        "Ông Đinh Văn Lực, Giám đốc Sở GD&ĐT thẳng thắn thừa nhận toàn ngành thiếu 1.126 giáo "
        'viên. "Chúng tôi đã hợp đồng 300 giáo viên để không lớp nào thiếu người đứng lớp trong '
        'ngày 5/9/2024. Quý I tăng 8,15 %", ông Lực nói.\n\nQC: Vay tín chấp lãi suất chỉ từ '
        "0,8 %/tháng"
    )
    assert asked["Đinh Văn Lực"] == "Giám đốc Sở GD&ĐT là ai?"
    assert "0,8 %" not in asked
    assert all(q.count('"') % 2 == 0 for q in asked.values())


def test_a_date_with_two_words_around_it_is_not_asked() -> None:
    asked = questions(
        "Sáng 20/3, tại Trung tâm Hội nghị tỉnh, Ban Chỉ đạo chuyển đổi số tỉnh Ninh Bình tổ chức "
        "Hội nghị sơ kết 1 năm thực hiện Nghị quyết số 09-NQ/TU ngày 15/3/2023 của Ban Chấp hành "
        "Đảng bộ tỉnh về chuyển đổi số tỉnh Ninh Bình đến năm 2025, định hướng đến năm 2030. Tỉnh "
        "Ninh Bình có 1.642 thủ tục trực tuyến."
    )
    assert not any(q.endswith(", định hướng đến năm nào?") and len(q) < 40 for q in asked.values())
