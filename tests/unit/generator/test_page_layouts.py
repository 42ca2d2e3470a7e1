"""Page layouts met on unseen articles: headlines, date lines, signatures, footers, markup."""

from __future__ import annotations

import datetime as dt

from studyapp.core.article import read_article
from studyapp.core.generate import generate_deck

_BODY = (
    "Huyện Bình Lục có 17 đơn vị hành chính gồm 16 xã và 1 thị trấn. "
    "Năm 2023, toàn huyện có 6.968 đảng viên."
)


def _read(text: str) -> tuple[str, dt.date | None, str | None, list[str]]:
    article = read_article(text.encode(), filename="t.txt")
    return article.title, article.date, article.byline, [p.text for p in article.paragraphs]


def test_a_sites_name_with_its_section_is_not_the_headline() -> None:
    for top in ("Báo Hà Nam - Kinh tế", "BÁO THÁI BÌNH ĐIỆN TỬ - Môi trường"):
        title, *_ = _read(f"{top}\n\nGỡ vướng để công nhân sớm có nhà ở xã hội\n\n{_BODY}\n")
        assert title == "Gỡ vướng để công nhân sớm có nhà ở xã hội", top


def test_a_bare_menu_ending_in_one_word_sections_is_not_the_headline() -> None:
    title, date, *_ = _read(
        "BÁO HÀ NAM ĐIỆN TỬ\nChính trị Kinh tế Xã hội Văn hóa Thể thao Pháp luật Bạn đọc "
        f"Multimedia\n\nThứ Tư, 24/04/2024 | 07:30\n\nTừ PAPI đến SIPAS\n\n{_BODY}\n"
    )
    assert title == "Từ PAPI đến SIPAS"
    assert date == dt.date(2024, 4, 24)


def test_a_reading_time_line_is_not_part_of_the_headline() -> None:
    title, *_ = _read(
        f"Ninh Bình đón gần 3,2 triệu lượt khách\nbaoninhbinh.org.vn — 4 phút đọc\n{_BODY}\n"
    )
    assert title == "Ninh Bình đón gần 3,2 triệu lượt khách"


def test_date_lines_with_ngay_or_a_place_before_the_stamp() -> None:
    for line, day in (
        ("Ngày 18-3-2024", dt.date(2024, 3, 18)),
        ("Ngày 12/3/2024", dt.date(2024, 3, 12)),
        ("Cà Mau - Cập nhật lúc: 21/12/2023 - 15:30 | Lượt xem: 1.284", dt.date(2023, 12, 21)),
    ):
        title, date, _, paragraphs = _read(f"Lãnh đạo tỉnh thăm cơ sở\n\n{line}\n\n{_BODY}\n")
        assert (title, date) == ("Lãnh đạo tỉnh thăm cơ sở", day), line
        assert paragraphs == [_BODY]


def test_a_signature_loses_its_job_label_and_capitals() -> None:
    for line, who in (
        ("Bài, ảnh: Thu Hà", "Thu Hà"),
        ("Tin, ảnh: TRUNG HIẾU", "Trung Hiếu"),
        ("Bài và ảnh: KHÁNH TRUNG", "Khánh Trung"),
        ("Thanh Thủy (thực hiện)", "Thanh Thủy"),
        ("H.L", "H.L"),
        ("Đăng Huỳnh - Mỹ Thanh tổng hợp", "Đăng Huỳnh - Mỹ Thanh"),
        ("LUẬT SƯ NGUYỄN THANH BÌNH", "Luật sư Nguyễn Thanh Bình"),
        ("Chu Phương - Lê Ba (Ban Tổ chức Huyện ủy)", "Chu Phương - Lê Ba (Ban Tổ chức Huyện ủy)"),
    ):
        *_, byline, paragraphs = _read(f"Tiêu đề bài viết\n\n{_BODY}\n\n{line}\n")
        assert byline == who, line
        assert paragraphs == [_BODY]


def test_a_photo_caption_under_the_signature_and_a_long_imprint_line() -> None:
    _, _, byline, paragraphs = _read(
        f"Tiêu đề bài viết\n\n{_BODY}\n\nTin, ảnh: TRUNG HIẾU\n\n"
        "Thiếu tướng Trần Minh Tân trao Huân chương cho Trung đoàn 20.\n\n"
        "Chia sẻ:  Facebook  Zalo  Twitter\n\nCÁC TIN, BÀI KHÁC\n"
        "Quân khu 9 tổng kết diễn tập khu vực phòng thủ năm 2024\n\nQUẢNG CÁO\n"
        "Cơ quan chủ quản: Thành ủy Cần Thơ. Giấy phép số 479/GP-BTTTT cấp ngày 28/3/2019. "
        "Địa chỉ: 55 Đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ. Điện "
        "thoại: 0292 3820 123. Tổng biên tập: Nguyễn Văn A. Ghi rõ nguồn khi phát hành lại.\n"
    )
    assert byline == "Trung Hiếu"
    assert paragraphs == [_BODY, "Thiếu tướng Trần Minh Tân trao Huân chương cho Trung đoàn 20."]


def test_a_long_imprint_line_after_related_links_is_footer() -> None:
    deck = generate_deck(
        (
            f"Tiêu đề bài viết\n\n{_BODY}\n\nBài, ảnh: MỸ THANH\n\nTin khác\n"
            "- Cờ Đỏ: Trên 1.000 ha lúa áp dụng quy trình giảm phát thải\n\n"
            "Cơ quan chủ quản: Thành ủy Cần Thơ. Giấy phép số 102/GP-BTTTT cấp ngày 28/3/2019. "
            "Địa chỉ: 55 Đường 30 Tháng 4, quận Ninh Kiều. Điện thoại: 0292 3820 123. Tổng "
            "biên tập: Nguyễn Văn A. Ghi rõ nguồn khi phát hành lại thông tin từ website này.\n"
        ).encode(),
        filename="t.txt",
    ).deck
    assert deck.attribution == "Mỹ Thanh"
    assert all("Cần Thơ" not in n.question + n.answer for n in deck.notes)


def test_a_clergymans_or_officers_speaker_label_is_dropped() -> None:
    *_, paragraphs = _read(
        "Phật giáo Bạc Liêu đồng hành cùng dân tộc\n\nPV: Xin Thượng tọa cho biết kết quả?\n\n"
        "Thượng tọa Thích Minh Nhẫn: Bạc Liêu có 22 chùa Phật giáo Nam tông Khmer.\n\n"
        "Thiếu tướng Hoàng Đình Khiêm: Năm ấy cả xã có 46 thanh niên lên đường.\n"
    )
    assert paragraphs[1:] == [
        "Bạc Liêu có 22 chùa Phật giáo Nam tông Khmer.",
        "Năm ấy cả xã có 46 thanh niên lên đường.",
    ]


def test_menus_spaced_with_two_blanks_and_ending_on_a_named_section() -> None:
    for menu in (
        "Thời sự  Kinh tế  Xã hội  Văn hóa  Thể thao  Pháp luật  Ninh Bình ngày mới",
        "Thời sự  Kinh tế  Xã hội  Pháp luật  Văn hóa  Thể thao  Đồng bằng sông Cửu Long  "
        "Multimedia",
    ):
        title, *_ = _read(
            f"Báo Ninh Bình\n{menu}\n\nXã hội\nYên Khánh mừng thọ người cao tuổi\n\n{_BODY}\n"
        )
        assert title == "Yên Khánh mừng thọ người cao tuổi", menu


def test_an_image_placeholder_makes_the_line_under_it_a_caption() -> None:
    article = read_article(
        f"Tiêu đề bài viết\n\n{_BODY}\n\n[Ảnh]\nLãnh đạo huyện chúc thọ cụ Đinh Thị Nhài, 102 "
        "tuổi.\n\nGiấy phép số 68/GP-BTTTT cấp ngày 16/2/2017 | Địa chỉ: Đình Tràng, phường Lam "
        "Hạ, thành phố Phủ Lý, tỉnh Hà Nam | Nha khoa Daisy - Niềng răng trả góp 0% lãi suất "
        "cho mọi khách hàng đăng ký trong tháng này tại các chi nhánh\n".encode(),
        filename="t.txt",
    )
    assert [(p.text[:12], p.is_caption) for p in article.paragraphs] == [
        (_BODY[:12], False),
        ("Lãnh đạo huy", True),
    ]


def test_live_report_times_lettered_items_and_an_editors_note_lose_their_marks() -> None:
    *_, paragraphs = _read(
        "Tiêu đề bài viết\n\n08h35: Đồng chí Nguyễn Khắc Thận trình bày báo cáo.\n\n"
        "9 giờ 15 phút: Về nông nghiệp, diện tích lúa đạt 76.500 ha.\n\n"
        "a) Huyện lắp đặt 24 trạm phát sóng mới.\n\nLTS: Ở Bài 1, báo đã phản ánh 3.200 ha.\n\n"
        "10 xã đạt chuẩn nông thôn mới.\n"
    )
    assert paragraphs == [
        "Đồng chí Nguyễn Khắc Thận trình bày báo cáo.",
        "Về nông nghiệp, diện tích lúa đạt 76.500 ha.",
        "Huyện lắp đặt 24 trạm phát sóng mới.",
        "Ở Bài 1, báo đã phản ánh 3.200 ha.",
        "10 xã đạt chuẩn nông thôn mới.",
    ]


def test_section_pairs_column_names_and_a_series_part_under_its_title() -> None:
    title, *_ = _read(
        f"Baohanam.com.vn\nVăn hóa - Du lịch\n\nGiữ tiếng trống làng Đọi Tam\n\n{_BODY}\n"
    )
    assert title == "Giữ tiếng trống làng Đọi Tam"
    title, *_ = _read(
        "Luật sư tư vấn\n\nĐánh nhau gây thương tích 12% có bị truy cứu trách nhiệm hình sự?"
        f"\n\n{_BODY}\n"
    )
    assert title == "Đánh nhau gây thương tích 12% có bị truy cứu trách nhiệm hình sự?"
    title, *_ = _read(
        "Chuyển đổi cây trồng trên đất lúa kém hiệu quả\nBài 2: Vườn sầu riêng Phong Điền\n\n"
        f"{_BODY}\n"
    )
    assert (
        title == "Chuyển đổi cây trồng trên đất lúa kém hiệu quả - Bài 2: Vườn sầu riêng Phong Điền"
    )


_LONG = (
    "Thực hiện Kế hoạch số 95/KH-UBND của UBND thành phố về phát triển du lịch nông thôn "
    "giai đoạn 2023 – 2025, huyện đã hỗ trợ 28 hộ dân cải tạo vườn cây ăn trái gắn với dịch "
    "vụ du lịch, mỗi hộ được hỗ trợ tối đa 50 triệu đồng."
)
_LONG_2 = (
    "Dự án bờ kè và bến tàu du lịch chợ nổi có tổng vốn 68 tỷ đồng, khởi công tháng 9 năm "
    "2023, dự kiến hoàn thành trong tháng 12 năm 2024, tạo thêm việc làm cho 300 lao động "
    "tại địa phương và các xã lân cận."
)
_COMMENT = (
    "Bình luận (2)\n\nTrần Minh Tuấn - 22/05/2024 08:12\nTôi đã về đây, vườn rất đẹp nhưng "
    "đường vào còn hẹp, xe 29 chỗ không vào được. Mong huyện sớm mở rộng.\nTrả lời · Thích "
    "(15)\n"
)


def test_comments_wedged_between_paragraphs_are_dropped_and_the_article_goes_on() -> None:
    _, _, byline, paragraphs = _read(
        f"Du lịch vườn khởi sắc\n\n{_BODY}\n\n{_COMMENT}\n{_LONG}\n\n{_LONG_2}\n\n"
        "Bài, ảnh: KHÁNH TRUNG\n"
    )
    assert paragraphs == [_BODY, _LONG, _LONG_2]
    assert byline == "Khánh Trung"


def test_comments_after_the_article_still_end_it() -> None:
    _, _, byline, paragraphs = _read(
        f"Du lịch vườn khởi sắc\n\n{_BODY}\n\n{_LONG}\n\nKHÁNH TRUNG\n\n{_COMMENT}\n"
        "Nguyễn Văn An - 23/05/2024 09:00\nBài viết rất hay, cảm ơn phóng viên.\n"
    )
    assert paragraphs == [_BODY, _LONG]
    assert byline == "Khánh Trung"


def test_a_page_with_two_dated_articles_keeps_the_longest_and_says_so() -> None:
    brief = "Ngày 12/3/2024, UBND huyện Giao Thủy khởi công cầu Thủy Nhai dài 312 m."
    for page, title, paragraphs, other in (
        (
            f"Bình Lục có 6.968 đảng viên\n14/3/2024 08:45\n\n{_BODY}\n\n{_LONG}\n\n"
            f"Thanh Thủy\n\nGiao Thủy khởi công cầu Thủy Nhai\n14/3/2024 10:20\n\n{brief}\n\n"
            "Đức Toàn\n",
            "Bình Lục có 6.968 đảng viên",
            [_BODY, _LONG],
            "Giao Thủy khởi công cầu Thủy Nhai",
        ),
        (
            f"Giao Thủy khởi công cầu Thủy Nhai\n14/3/2024 10:20\n\n{brief}\n\nĐức Toàn\n\n***"
            f"\n\nBình Lục có 6.968 đảng viên\n15/3/2024 08:45\n\n{_BODY}\n\n{_LONG}\n\n"
            "Thanh Thủy\n",
            "Bình Lục có 6.968 đảng viên",
            [_BODY, _LONG],
            "Giao Thủy khởi công cầu Thủy Nhai",
        ),
    ):
        article = read_article(page.encode(), filename="t.txt")
        assert article.title == title
        assert [p.text for p in article.paragraphs] == paragraphs
        assert any(other in notice for notice in article.notices)
    assert article.date == dt.date(2024, 3, 15)
    assert article.byline == "Thanh Thủy"


def test_a_menu_of_dashed_sections_or_a_dashed_label_is_not_the_headline() -> None:
    for top in (
        "Báo Cần Thơ Online\nThời sự - Kinh tế - Đô thị - Môi trường - Sức khỏe - Giáo dục - "
        "Pháp luật - Thể thao - English\n\nĐô thị",
        "Báo Hà Nam - Tin tức cập nhật\nHuyện – Thị – Thành phố",
    ):
        title, *_ = _read(f"{top}\n\nNâng công suất cấp nước sạch cho vùng ven\n\n{_BODY}\n")
        assert title == "Nâng công suất cấp nước sạch cho vùng ven", top


def test_link_lists_under_bare_or_posted_headings_are_dropped() -> None:
    for heading, link in (
        ("CÙNG CHUYÊN MỤC", "Kim Sơn: Giải ngân 45 tỷ đồng vốn vay giải quyết việc làm"),
        ("Tin đã đăng:", "» Thái Bình thu hút 1,2 tỷ USD vốn FDI trong 6 tháng (15/07/2024)"),
    ):
        _, _, byline, paragraphs = _read(
            f"Tín dụng chính sách tiếp sức hộ nghèo\n\n{_BODY}\n\nMinh Châu\n\n{heading}\n{link}\n"
        )
        assert (paragraphs, byline) == ([_BODY], "Minh Châu"), heading


def test_a_correction_notice_is_neither_the_headline_nor_asked() -> None:
    title, _, _, paragraphs = _read(
        "ĐÍNH CHÍNH\n\nTrong bài “Đại hội Hội Nông dân huyện” đăng ngày 6/4/2023, do sơ suất "
        "trong khâu biên tập, số hội viên bị ghi nhầm thành 51.842 hội viên. Nay xin đính chính "
        "lại là 15.842 hội viên.\n\nDưới đây là nội dung bài viết đã được chỉnh sửa:\n\n"
        f"Đại hội Hội Nông dân huyện lần thứ XI\n\n{_BODY}\n"
    )
    assert (title, paragraphs) == ("Đại hội Hội Nông dân huyện lần thứ XI", [_BODY])


def test_readers_comments_under_a_readers_heading_end_the_article() -> None:
    _, _, byline, paragraphs = _read(
        f"Bàn giao 28 ngôi nhà tình nghĩa\n\n{_BODY}\n\nBài, ảnh: Thu Hà\n\nBạn đọc bình luận "
        "(2)\nHoàng Minh: Xã tôi cũng có 3 cụ bà vợ liệt sỹ đang ở nhà dột.\n"
    )
    assert (paragraphs, byline) == ([_BODY], "Thu Hà")


def test_a_section_before_the_date_a_papers_owner_and_a_photo_credit_by_the_signature() -> None:
    title, date, byline, paragraphs = _read(
        "BÁO CẦN THƠ ONLINE\nQuốc phòng - An ninh | Thứ Sáu, 18/10/2024, 06:05 (GMT+7)\n\n"
        f"Huyện Cờ Đỏ diễn tập khu vực phòng thủ\n\n{_BODY}\n\nTRẦN THANH - Ảnh: T.T\n\n"
        "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ\nGiấy phép số 436/GP-BTTTT\n"
    )
    assert (title, date, byline) == (
        "Huyện Cờ Đỏ diễn tập khu vực phòng thủ",
        dt.date(2024, 10, 18),
        "Trần Thanh",
    )
    assert paragraphs == [_BODY]


def test_a_social_network_post_loses_its_stamp_emoji_hashtags_and_reactions() -> None:
    title, date, _, paragraphs = _read(
        "Huyện ủy Kim Bảng\n20 tháng 6, 2024 lúc 17:05 · 🌏\n\n🔴 HUYỆN ỦY KIM BẢNG SƠ KẾT 6 "
        f"THÁNG ĐẦU NĂM 🔴\n\n🗣️ {_BODY}\n\n#HuyenuyKimBang #XayDungDang\n\n"
        "👍❤️👏 248        31 bình luận    17 lượt chia sẻ\n\nTrần Đức Hải\nĐề nghị sửa đường "
        "thôn Quyển Sơn, cả thôn có hơn 300 hộ.\n"
    )
    assert (title, date) == ("HUYỆN ỦY KIM BẢNG SƠ KẾT 6 THÁNG ĐẦU NĂM", dt.date(2024, 6, 20))
    assert paragraphs == [_BODY]


def test_a_mobile_pages_share_row_with_icons_and_font_buttons_is_dropped() -> None:
    _, _, byline, paragraphs = _read(
        "Xuân Trường: Nâng chất nông thôn mới kiểu mẫu\n\nThứ Năm, 14/03/2024 09:15\n\n"
        f"Chia sẻ   f   Zalo   ✉   🔗 Sao chép link\nA-   A+\n\nNĐO - {_BODY}\n\nThanh Thúy\n\n"
        "Chia sẻ f Zalo ✉\n"
    )
    assert (paragraphs, byline) == ([_BODY], "Thanh Thúy")


def test_a_sites_name_with_two_sections_is_not_the_headline() -> None:
    title, *_ = _read(f"Báo Hà Nam - Tin tức - Xã hội\n\nNửa tháng vận hành Trung tâm\n\n{_BODY}\n")
    assert title == "Nửa tháng vận hành Trung tâm"


def test_a_sites_name_with_its_slogan_is_not_the_headline() -> None:
    top = "Báo Nam Định - Đảng bộ, chính quyền và nhân dân tỉnh Nam Định"
    title, *_ = _read(f"{top}\n\nÝ Yên nâng cao hiệu quả hòa giải ở cơ sở\n\n{_BODY}\n")
    assert title == "Ý Yên nâng cao hiệu quả hòa giải ở cơ sở"


def test_a_marked_photo_line_and_the_line_under_it_are_captions() -> None:
    article = read_article(
        f"Lúa chiêm xuân được mùa\n\n{_BODY}\n\n[Ảnh] Nông dân xã Quang Lịch thu hoạch lúa.\n"
        f"Nông dân xã Quang Lịch gặt bằng máy.\n\n{_LONG}\n".encode(),
        filename="t.txt",
    )
    assert [p.is_caption for p in article.paragraphs] == [False, True, True, False]


def test_a_signature_under_the_lead_or_over_its_paper_is_found() -> None:
    _, _, byline, paragraphs = _read(
        f"Sầu riêng Phong Điền\n\n{_BODY}\n\nBài, ảnh: Thu Hà\n\n{_LONG}\n"
    )
    assert (paragraphs, byline) == ([_BODY, _LONG], "Thu Hà")
    _, _, byline, paragraphs = _read(
        f"Kiểm tra an toàn thực phẩm\n\n{_BODY}\n\nMinh Đức\n(Báo Ninh Bình)\n"
    )
    assert (paragraphs, byline) == ([_BODY], "Minh Đức")


def test_the_date_under_the_headline_wins_over_the_sites_today() -> None:
    _, date, *_ = _read(
        "BÁO HÀ NAM ĐIỆN TỬ\nThứ Tư, 17/07/2024 | Hà Nam 33°C\n\nLý Nhân có thêm 4 xã nâng cao\n\n"
        f"Cập nhật lúc 16:20, Thứ Ba, 16/07/2024 (GMT+7)\n\n{_BODY}\n"
    )
    assert date == dt.date(2024, 7, 16)


def test_a_reader_poll_ends_the_article_and_interview_or_graphics_credits_sign_it() -> None:
    _, _, byline, paragraphs = _read(
        f"Dịch vụ công trực tuyến\n\n{_BODY}\n\nThu Hằng\n\nBÌNH CHỌN\nBạn có hài lòng?\n"
        "○ Rất hài lòng 48,2%\nTổng số: 2.317 lượt bình chọn\n"
    )
    assert (paragraphs, byline) == ([_BODY], "Thu Hằng")
    for signature, who in (
        ("Hoàng Long thực hiện", "Hoàng Long"),
        ("Nội dung: GIA BẢO – Đồ họa: MINH HUY", "Gia Bảo"),
    ):
        _, _, byline, _ = _read(f"Giải ngân vốn đầu tư công\n\n{_BODY}\n\n{signature}\n")
        assert byline == who, signature


def test_a_title_case_dateline_and_a_share_row_with_a_copy_link_are_dropped() -> None:
    _, _, _, paragraphs = _read(
        "Kỳ họp HĐND tỉnh bế mạc\n\nChia sẻ  Facebook  Zalo  Sao chép liên kết\n\n"
        f"Hưng Yên - Chiều 11-12, kỳ họp thứ 24 HĐND tỉnh bế mạc.\n\n{_BODY}\n"
    )
    assert paragraphs == ["Chiều 11-12, kỳ họp thứ 24 HĐND tỉnh bế mạc.", _BODY]


def test_a_headline_in_title_case_a_one_line_imprint_and_a_caption_under_the_name() -> None:
    article = read_article(
        "Khánh thành Trung tâm Ung bướu Bệnh viện Đa khoa\n\nSáng 20-5, bệnh viện khánh thành "
        "Trung tâm Ung bướu với 250 giường bệnh.\n\nHoàng Lan (thực hiện)\n\nGia đình bà Mơ ở "
        "xã Minh Tân vui mừng trong ngôi nhà mới.\n\nBáo Cần Thơ - Giấy phép số 417/GP-BTTTT. "
        "Tổng Biên tập: Đặng Hoàng Thám. Địa chỉ: 5 Đại lộ Hòa Bình, phường Tân An, quận Ninh "
        "Kiều, TP Cần Thơ. ĐT: (0292) 3821.148\n".encode(),
        filename="t.txt",
    )
    # Five "Capital lower" pairs read as a menu ("Thời sự Kinh tế ..."); the lead became
    # the title.
    assert article.title == "Khánh thành Trung tâm Ung bướu Bệnh viện Đa khoa"
    assert article.byline == "Hoàng Lan"
    captions = [p.text for p in article.paragraphs if p.is_caption]
    assert captions == ["Gia đình bà Mơ ở xã Minh Tân vui mừng trong ngôi nhà mới."]
    # The imprint after the paper's name was asked ("Địa chỉ: ..., phường nào?").
    assert not any("Đại lộ" in p.text for p in article.paragraphs)


def test_a_headline_repeated_without_its_place_and_a_sites_mark_in_brackets_are_dropped() -> None:
    title, _, _, paragraphs = _read(
        "Hà Nam: Nắng nóng gay gắt kéo dài nhiều ngày liền\n\n"
        "Nắng nóng gay gắt kéo dài nhiều ngày liền\n\n"
        f"(Báo Hà Nam) - {_BODY}\n"
    )
    assert (title, paragraphs) == ("Hà Nam: Nắng nóng gay gắt kéo dài nhiều ngày liền", [_BODY])
    _, _, _, paragraphs = _read(f"Diễn tập chữa cháy\n\n(Baohanam.com.vn) {_BODY}\n")
    assert paragraphs == [_BODY]


def test_a_date_line_after_the_papers_name_is_read() -> None:
    _, date, _, paragraphs = _read(
        f"Rét đậm ở Lào Cai\n\nBáo Lào Cai - Ngày 22/01/2024\n\n{_BODY}\n"
    )
    assert (date, paragraphs) == (dt.date(2024, 1, 22), [_BODY])


def test_a_reportages_signature_loses_its_label() -> None:
    _, _, byline, paragraphs = _read(f"Xóm biển đổi thay\n\n{_BODY}\n\nPhóng sự: Đức Toàn\n")
    assert (paragraphs, byline) == ([_BODY], "Đức Toàn")
