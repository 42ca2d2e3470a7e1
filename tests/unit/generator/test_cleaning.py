"""Site chrome removal and caption detection."""

from __future__ import annotations

import datetime as dt

from studyapp.core.article import read_article
from studyapp.core.article.cleaning import clean_article
from tests.unit.generator.helpers import ARTICLES, SEED


def test_seed_article_chrome_is_gone() -> None:
    article = read_article(SEED.read_bytes(), filename="seed.txt")
    assert article.title == "Xây dựng văn hóa công vụ là làm giàu văn hóa Đảng"
    texts = [p.text for p in article.paragraphs]
    joined = "\n".join(texts)
    for chrome in ("Bình luận", "68/GP-BTTTT", "Tổng Biên tập", "Email", "Nha khoa", "Chu Phương"):
        assert chrome not in joined
    # the headline repeated as image alt text is dropped ...
    assert not any(t.startswith("Xây dựng Văn hóa công vụ là làm giàu") for t in texts)
    # ... and the line after it is kept as a caption
    captions = [p.text for p in article.paragraphs if p.is_caption]
    assert len(captions) == 5
    assert captions[1].startswith("Nhân dân xã Bồ Đề hài lòng")
    assert texts[0].startswith("Xây dựng văn hóa công vụ là một trong")
    assert not article.paragraphs[0].is_caption
    assert article.byline == "Chu Phương - Lê Ba (Ban Tổ chức Huyện ủy Bình Lục)"
    assert article.publisher == "BÁO HÀ NAM ĐIỆN TỬ"


def test_other_layout_stamp_credit_related_links_footer() -> None:
    article = read_article((ARTICLES / "kinh-te-kim-bang.txt").read_bytes(), filename="k.txt")
    assert article.title == "Kinh tế huyện Kim Bảng 6 tháng đầu năm 2024 tăng trưởng khá"
    assert article.date == dt.date(2024, 7, 12)
    texts = [p.text for p in article.paragraphs]
    joined = "\n".join(texts)
    for chrome in ("Trang chủ", "Cập nhật", "Chia sẻ", "Ảnh: Hữu", "Tin liên quan", "Từ khóa"):
        assert chrome not in joined
    for chrome in ("Phấn đấu có thêm", "Gửi bình luận", "Fax", "Karofi", "Minh Hà"):
        assert chrome not in joined
    assert texts[0].startswith("Sáu tháng đầu năm 2024")  # "(HNP) - " prefix removed
    captions = [p for p in article.paragraphs if p.is_caption]
    assert [c.text for c in captions] == [
        "Lãnh đạo huyện Kim Bảng kiểm tra tiến độ xây dựng hạ tầng Cụm công nghiệp Nhật Tân."
    ]
    assert article.byline == "Minh Hà"


def test_top_byline_section_label_and_duplicate_headline() -> None:
    lan = read_article((ARTICLES / "thi-dua-dan-van-kheo.txt").read_bytes(), filename="t.txt")
    assert lan.date == dt.date(2023, 9, 14)
    assert all("Nguyễn Lan" not in p.text for p in lan.paragraphs)
    assert all("Copyright" not in p.text for p in lan.paragraphs)
    liem = read_article((ARTICLES / "dang-bo-thanh-liem.txt").read_bytes(), filename="d.txt")
    assert liem.title == "Đảng bộ huyện Thanh Liêm nâng cao chất lượng sinh hoạt chi bộ"
    assert liem.paragraphs[0].text.startswith("Đảng bộ huyện Thanh Liêm hiện có 47")
    assert [p.text for p in liem.paragraphs if p.is_caption] == [
        "Chi bộ thôn Đồng Ao, xã Thanh Tâm sinh hoạt chuyên đề."
    ]
    assert liem.byline == "Trần Hùng"  # without the job label


def test_embedded_credit_makes_a_caption_and_body_mentions_of_licences_stay() -> None:
    text = (
        "Tiêu đề bài\n\n"
        "Đồng chí Bí thư trao quà cho các hộ nghèo. (Ảnh: Minh Hà)\n\n"
        "Huyện đã cấp giấy phép hoạt động cho 20 doanh nghiệp mới trong năm 2023, tăng mạnh so với"
        " năm trước, góp phần giải quyết việc làm cho hàng nghìn lao động ở địa phương.\n\n"
        "Đoạn cuối của bài viết còn nói thêm về kế hoạch năm sau.\n"
    )
    cleaned = clean_article(text)
    assert cleaned.paragraphs[0].is_caption
    assert cleaned.paragraphs[0].text == "Đồng chí Bí thư trao quà cho các hộ nghèo."
    assert len(cleaned.paragraphs) == 3
    assert cleaned.paragraphs[2].text.startswith("Đoạn cuối")


def test_hard_wrapped_lines_are_joined() -> None:
    cleaned = clean_article("Tiêu đề\n\nHuyện có 17 đơn vị\nhành chính gồm 16 xã.\nDòng mới.\n")
    assert [p.text for p in cleaned.paragraphs] == [
        "Huyện có 17 đơn vị hành chính gồm 16 xã.",
        "Dòng mới.",
    ]


def test_a_headline_printed_twice_at_the_top_does_not_make_the_lead_a_caption() -> None:
    # No blank lines, the headline twice, then a stamp or the lead straight away:
    # the lead is body text (with its agency prefix gone), not an image caption.
    for stamp in ("Cập nhật: 09:30, 26/12/2023\n", ""):
        text = (
            "Công an tỉnh tổng kết công tác năm 2023\n"
            "Công an tỉnh tổng kết công tác năm 2023\n"
            f"{stamp}"
            "BHN - Sáng 25/12, Công an tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023.\n"
            "Năm 2023, lực lượng Công an tỉnh đã làm rõ 412 vụ phạm pháp hình sự.\n"
        )
        cleaned = clean_article(text)
        lead = cleaned.paragraphs[0]
        assert lead.text.startswith("Sáng 25/12, Công an tỉnh Hà Nam")
        assert not lead.is_caption


def test_a_stamp_after_alt_text_ends_the_caption_slot() -> None:
    text = (
        "Tiêu đề bài báo về nông thôn mới\n\n"
        "Đoạn mở đầu của bài báo nói về kết quả xây dựng nông thôn mới của huyện.\n\n"
        "Tiêu đề bài báo về nông thôn mới\n"
        "Cập nhật lúc 08:15, 12/07/2024\n"
        "Huyện có 18 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    assert not any(p.is_caption for p in clean_article(text).paragraphs)


def test_an_agency_prefix_of_several_words_is_dropped_from_the_lead() -> None:
    from studyapp.core.article.chrome import strip_lead_prefix

    assert strip_lead_prefix("(Báo Hà Nam) – Thời gian qua, huyện đạt 5 giải.") == (
        "Thời gian qua, huyện đạt 5 giải."
    )
    assert strip_lead_prefix("(Báo Hà Nam) - 9 tháng đầu năm 2024, ...") == (
        "9 tháng đầu năm 2024, ..."
    )
    assert strip_lead_prefix("(CMO) Nhân dịp Lễ Giáng sinh năm 2023, ...") == (
        "Nhân dịp Lễ Giáng sinh năm 2023, ..."
    )
    # Not a prefix: lower case after the dash.
    assert strip_lead_prefix("(Báo Hà Nam) - theo đó ...") == "(Báo Hà Nam) - theo đó ..."


def test_list_markers_are_not_part_of_the_text() -> None:
    cleaned = clean_article(
        "Tiêu đề bài báo về giao thông nông thôn\n\n"
        "+ Xã Thanh Hải làm mới 3,5 km đường liên thôn.\n"
        "• Xã Liêm Cần cải tạo 12 cây cầu.\n"
        "- Xã Liêm Sơn trồng 500 cây xanh.\n"
    )
    assert [p.text[:10] for p in cleaned.paragraphs] == ["Xã Thanh H", "Xã Liêm Cầ", "Xã Liêm Sơ"]


def test_an_interviews_speaker_labels_are_dropped() -> None:
    cleaned = clean_article(
        "Phát triển du lịch Tam Chúc\n\n"
        "PV: Thưa ông, kết quả năm 2023 như thế nào?\n\n"
        "Ông Nguyễn Minh Tuấn: Năm 2023, toàn tỉnh đón khoảng 4,2 triệu lượt khách.\n\n"
        "Kết quả: 5 xã đạt chuẩn.\n"
    )
    assert [p.text for p in cleaned.paragraphs] == [
        "Thưa ông, kết quả năm 2023 như thế nào?",
        "Năm 2023, toàn tỉnh đón khoảng 4,2 triệu lượt khách.",
        "Kết quả: 5 xã đạt chuẩn.",  # a lower-case word: not a name, kept
    ]


def test_an_interviewers_thanks_is_not_the_byline() -> None:
    article = read_article(
        "Chuyển đổi số đi vào thực chất\n\nPV: Mục tiêu của tỉnh là gì?\n\nÔng Lương Văn Khải: "
        "Tỉnh phấn đấu 80% hồ sơ trực tuyến toàn trình.\n\nPV: Xin cảm ơn ông!\n\n"
        "Thanh Tâm (thực hiện)\n".encode(),
        filename="t.txt",
    )
    assert article.byline == "Thanh Tâm"


def test_a_numbered_list_loses_its_numbers() -> None:
    article = read_article(
        "Khen thưởng điển hình tiên tiến\n\nThủ tướng tặng Bằng khen cho 2 tập thể, gồm:\n\n"
        "1. Hợp tác xã dịch vụ nông nghiệp Thanh Nghị;\n\n2) Trường THCS Liêm Cần.\n\n"
        "2023 là năm thứ 3 liên tiếp huyện đạt 100% kế hoạch.\n".encode(),
        filename="t.txt",
    )
    texts = [p.text for p in article.paragraphs]
    assert texts[1:] == [
        "Hợp tác xã dịch vụ nông nghiệp Thanh Nghị;",
        "Trường THCS Liêm Cần.",
        "2023 là năm thứ 3 liên tiếp huyện đạt 100% kế hoạch.",
    ]


def test_a_section_label_apart_from_the_headline_and_a_dateline_are_not_the_title() -> None:
    cases = {
        "Chính trị\n\nPhủ Lý, 21/02/2025 - 17:45\n\nBan Chấp hành Đảng bộ tỉnh quán triệt Nghị "
        "quyết số 57-NQ/TW\n\nSáng 21/2, hội nghị có 6 điểm cầu.\n": (
            "Ban Chấp hành Đảng bộ tỉnh quán triệt Nghị quyết số 57-NQ/TW"
        ),
        "TƯ VẤN PHÁP LUẬT\n\nĐất lúa bị thu hồi được bồi thường thế nào?\n\nCập nhật lúc 08:15, "
        "Thứ Sáu, 14/03/2025\n\nHỏi: Gia đình tôi có 1.200 m2 đất lúa.\n": (
            "Đất lúa bị thu hồi được bồi thường thế nào?"
        ),
    }
    for text, title in cases.items():
        article = read_article(text.encode(), filename="t.txt")
        assert article.title == title
        assert all("21/02/2025" not in p.text for p in article.paragraphs)


def test_a_readers_label_and_a_contact_line_are_chrome() -> None:
    article = read_article(
        "Đất lúa bị thu hồi được bồi thường thế nào?\n\nHỏi: Gia đình tôi có 1.200 m2 đất lúa."
        "\n\nTrả lời: Theo Điều 9 Luật Đất đai năm 2024, đất lúa là đất nông nghiệp.\n\nBạn đọc "
        "có thắc mắc xin gửi thư về số 58 đường Trần Hưng Đạo, thành phố Phủ Lý, hoặc qua email: "
        "bandoc@example.vn\n".encode(),
        filename="t.txt",
    )
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "Gia đình tôi có 1.200 m2 đất lúa.",
        "Theo Điều 9 Luật Đất đai năm 2024, đất lúa là đất nông nghiệp.",
    ]


def test_an_agency_prefix_after_a_caption_and_a_label_is_dropped() -> None:
    article = read_article(
        "Kinh tế Hải Dương quý I-2024 tăng trưởng 8,15 %\n\nThứ Hai, 01/04/2024 - 16:35\n\n"
        "Kinh tế\n\nKinh tế Hải Dương quý I-2024 tăng trưởng 8,15 %\nSản xuất linh kiện tại "
        "một doanh nghiệp FDI. Ảnh: Mạnh Tú\n\n(TTXVN) - Theo Cục Thống kê, GRDP quý I tăng "
        "8,15 %.\n".encode(),
        filename="t.txt",
    )
    body = [p.text for p in article.paragraphs if not p.is_caption]
    assert body == ["Theo Cục Thống kê, GRDP quý I tăng 8,15 %."]


def test_a_correction_note_and_a_publisher_line_are_not_the_headline() -> None:
    for text in (
        "Đính chính: Trong phiên bản trước, bài viết ghi nhầm lượng mưa là 1.420 mm.\n\n"
        "Mưa lớn gây ngập sâu tại huyện Mộ Đức\n\nLượng mưa đo được là 420 mm.\n",
        "TẠP CHÍ MIỀN TRUNG ĐIỆN TỬ\nXã hội | Nông thôn mới\n\nMưa lớn gây ngập sâu tại huyện "
        "Mộ Đức\n\nLượng mưa đo được là 420 mm.\n",
    ):
        article = read_article(text.encode(), filename="t.txt")
        assert article.title == "Mưa lớn gây ngập sâu tại huyện Mộ Đức"
        assert [p.text for p in article.paragraphs] == ["Lượng mưa đo được là 420 mm."]


def test_a_photo_marker_before_a_caption_is_dropped() -> None:
    article = read_article(
        "Mùa cà phê chín đỏ\n\nHuyện có 22.460 ha cà phê.\n\n[Ảnh 3] Công nhân hái cà phê ở "
        "xã Ea Tân.\nẢnh: Hữu Phước\n".encode(),
        filename="t.txt",
    )
    assert [p.text for p in article.paragraphs][-1] == "Công nhân hái cà phê ở xã Ea Tân."


def test_a_signed_byline_above_the_headline_ads_tags_and_a_rating_are_chrome() -> None:
    article = read_article(
        "Trang chủ / Xã hội / Y tế\nThứ Sáu, 22/11/2024 | 16:40 GMT+7\n\nBài, ảnh: Hoàng Lâm\n\n"
        "Khoái Châu đẩy mạnh tiêm chủng mở rộng\n\nBHY - Huyện đã tiêm cho 986 trẻ.\n\n"
        "QUẢNG CÁO\nNha khoa Smile – Niềng răng trả góp 0%\n\nTrẻ được khám sàng lọc trước khi "
        "tiêm.\n\n#Tags: #bệnh sởi #tiêm chủng\n\nBình chọn bài viết: ★★★★★ (24 lượt)\n"
        "Máy lọc nước RO giảm ngay 1.500.000 đồng\n".encode(),
        filename="t.txt",
    )
    # The signature was taken for the headline, so the lead kept its "BHY -".
    assert article.title == "Khoái Châu đẩy mạnh tiêm chủng mở rộng"
    assert article.byline == "Hoàng Lâm"
    # Ads under a "QUẢNG CÁO" heading, and all after the tag list, were asked about.
    assert [p.text for p in article.paragraphs] == [
        "Huyện đã tiêm cho 986 trẻ.",
        "Trẻ được khám sàng lọc trước khi tiêm.",
    ]


def test_a_country_before_a_colon_is_no_speaker() -> None:
    article = read_article(
        "Xuất khẩu lao động 9 tháng\n\nNhật Bản: 8.946 người (chiếm 51,7%).\n\n"
        "Nguyễn Văn Hải: Tôi đã tích lũy được gần 800 triệu đồng.\n".encode(),
        filename="t.txt",
    )
    # "Nhật Bản:" was dropped as an interview's speaker label, leaving "8.946 người ...".
    # Outside an interview a person's name before a colon stays: it says who "tôi" is.
    assert [p.text for p in article.paragraphs] == [
        "Nhật Bản: 8.946 người (chiếm 51,7%).",
        "Nguyễn Văn Hải: Tôi đã tích lũy được gần 800 triệu đồng.",
    ]


def test_footnote_marks_and_a_footnote_line_are_dropped() -> None:
    article = read_article(
        (
            "Tự hào 95 năm Đảng quang vinh\n\nChi bộ đầu tiên ra đời tháng 3/1930 ở Tam Kỳ (*). "
            "Bác dạy: “Kỷ luật là do lòng tự giác”(1).\n\n"
            "(*) Theo Lịch sử Đảng bộ tỉnh Quảng Nam.\n"
        ).encode(),
        filename="t.txt",
    )
    # "... ở thành phố nào (*)?" was asked, and the note counted as a mention of Quảng Nam.
    assert [p.text for p in article.paragraphs] == [
        "Chi bộ đầu tiên ra đời tháng 3/1930 ở Tam Kỳ. Bác dạy: “Kỷ luật là do lòng tự giác”."
    ]


def test_a_site_name_a_menu_numbered_photo_captions_and_a_dateline_in_capitals() -> None:
    article = read_article(
        (
            "Báo Hà Nam điện tử\nThời sự | Kinh tế | Xã hội | Văn hóa | Thể thao\n"
            "Thời sự Kinh tế Xã hội Văn hóa - Du lịch Quốc phòng - An ninh\n\n"
            "Vào mùa cá cơm trên biển Cửa Việt\n\nBẮC GIANG - Ngư dân bước vào vụ cá cơm.\n\n"
            "Ảnh 2: Ngư dân Nguyễn Văn Bảy (54 tuổi) chuyển những sọt cá cơm lên bờ.\n"
        ).encode(),
        filename="t.txt",
    )
    # The site's name and then its menu were taken for the headline.
    assert article.title == "Vào mùa cá cơm trên biển Cửa Việt"
    assert [(p.text, p.is_caption) for p in article.paragraphs] == [
        ("Ngư dân bước vào vụ cá cơm.", False),
        ("Ngư dân Nguyễn Văn Bảy (54 tuổi) chuyển những sọt cá cơm lên bờ.", True),
    ]


def test_a_digests_numbered_brief_drops_its_bracketed_place_label() -> None:
    article = read_article(
        "Điểm tin\n\n2. (Duy Tiên) Đến ngày 13/5, nông dân đã thu hoạch 1.240 ha.\n".encode(),
        filename="t.txt",
    )
    # Was asked as "(Duy Tiên) Đến ngày 13/5, ...": the number hid the label.
    assert [p.text for p in article.paragraphs] == [
        "Đến ngày 13/5, nông dân đã thu hoạch 1.240 ha."
    ]


def test_a_row_of_share_buttons_is_not_the_byline() -> None:
    article = read_article(
        "Điểm tin địa phương\n\nHuyện đã tiêm cho 986 trẻ.\n\nNhóm PV - CTV (tổng hợp)\n\n"
        "Chia sẻ   Facebook   Zalo   In bài\nBình luận\n".encode(),
        filename="t.txt",
    )
    # The buttons, the last short line before "Bình luận", were taken for the signature.
    assert article.byline == "Nhóm PV - CTV"  # "(tổng hợp)" is no name


def test_a_one_word_section_label_in_its_own_block_is_not_the_headline() -> None:
    article = read_article(
        "Chính trị\n\nĐại hội đại biểu Hội Cựu chiến binh tỉnh Bắc Lâm lần thứ VII, nhiệm kỳ "
        "2022 – 2027\n\nNgày đăng: 25/08/2022 | Lượt xem: 1.284\n\nBBL - Ngày 24/8, Hội tổ "
        "chức Đại hội.\n".encode(),
        filename="t.txt",
    )
    # "Chính trị" was the title, so the lead kept its agency prefix "BBL -".
    assert article.title.startswith("Đại hội đại biểu Hội Cựu chiến binh")
    assert article.paragraphs[0].text == "Ngày 24/8, Hội tổ chức Đại hội."


def test_arrow_and_emoji_bullets_are_list_markers() -> None:
    article = read_article(
        "Tiêu đề bài viết\n\n▶ Chiến dịch huy động 3.420 chiến sĩ.\n\n👉 Tỉnh Đoàn vận động "
        "được 4,25 tỷ đồng.\n".encode(),
        filename="t.txt",
    )
    assert [p.text for p in article.paragraphs] == [
        "Chiến dịch huy động 3.420 chiến sĩ.",
        "Tỉnh Đoàn vận động được 4,25 tỷ đồng.",
    ]


def test_a_masthead_with_its_owner_and_a_slash_breadcrumb_are_not_the_headline() -> None:
    for top in (
        "BÁO NAM HÀ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH NAM HÀ",
        "Thời sự / Tài nguyên - Môi trường",
    ):
        article = read_article(
            f"{top}\n\nThứ Năm, 05/12/2024, 16:20\n\nThêm 38 sản phẩm đạt chuẩn OCOP\n\n"
            "NHĐT - Hội đồng công nhận 38 sản phẩm.\n".encode(),
            filename="t.txt",
        )
        # Taken for the headline, they left the lead's "NHĐT -" in every question.
        assert article.title == "Thêm 38 sản phẩm đạt chuẩn OCOP", top
        assert article.paragraphs[0].text == "Hội đồng công nhận 38 sản phẩm.", top


def test_a_sites_tagline_menus_and_spelled_out_date_lines_are_not_the_headline() -> None:
    headers = (
        "BÁO SÔNG CHÂU ĐIỆN TỬ\nCơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hà Nam\n"
        "Trang chủ › Chính trị › Xây dựng chính quyền\nThứ Năm, 18/7/2024 | 15:42",
        "THIÊN TRƯỜNG ONLINE\nBáo điện tử tỉnh Nam Định\nTrang chủ  Thời sự  Kinh tế  Pháp luật\n"
        "Cập nhật lúc 09:15 - 20/02/2024",
        "BÁO CỐ ĐÔ ĐIỆN TỬ - NINH BÌNH\nTrang nhất • Tin tức • Nông nghiệp • Xã hội • Ảnh\n"
        "Thứ hai, ngày 16 tháng 10 năm 2023 - 08:30",
        "BÁO QUÊ LÚA ĐIỆN TỬ\nTin tức – Sự kiện tỉnh Thái Bình\n"
        "Quốc phòng – An ninh >> Tin địa phương\n11:20 – Thứ Hai, 26-2-2024",
    )
    body = "Nho Quan: Hơn 340 ngôi nhà tốc mái\n\nMưa lớn làm tốc mái 340 nhà.\n"
    for header in headers:
        article = read_article(f"{header}\n\n{body}".encode(), filename="t.txt")
        # The tagline, the "•" menu, the spelled-out date and the ">>" breadcrumb were
        # each taken for the headline.
        assert article.title == "Nho Quan: Hơn 340 ngôi nhà tốc mái", header
        assert [p.text for p in article.paragraphs] == ["Mưa lớn làm tốc mái 340 nhà."], header
    spelled = read_article(
        f"{headers[2]}\n\nNho Quan: Hơn 340 ngôi nhà tốc mái\n\nMưa lớn.\n".encode(),
        filename="t.txt",
    )
    assert spelled.date == dt.date(2023, 10, 16)


def test_a_headline_broken_over_two_lines_and_an_iso_date_line() -> None:
    article = read_article(
        "BÁO HẢI DƯƠNG ĐIỆN TỬ\n\nThanh Miện đẩy mạnh cải cách hành chính,\nxây dựng chính "
        "quyền số gần dân\n\nHuyện có 16 tổ công nghệ số.\n".encode(),
        filename="t.txt",
    )
    # Only the first line was the title; the second became a paragraph.
    assert article.title == (
        "Thanh Miện đẩy mạnh cải cách hành chính, xây dựng chính quyền số gần dân"
    )
    assert [p.text for p in article.paragraphs] == ["Huyện có 16 tổ công nghệ số."]
    article = read_article(
        "BÁO THÁI BÌNH ĐIỆN TỬ\nThời sự | Xây dựng Đảng | Kinh tế | Xã hội\nXây dựng Đảng\n"
        "2023-10-18 07:45\n\nNâng cao chất lượng sinh hoạt chi bộ ở Tiền Hải\n\n"
        "Huyện có 38 chi bộ.\n".encode(),
        filename="t.txt",
    )
    # The section label was the title: the ISO date line was no stamp.
    assert article.title == "Nâng cao chất lượng sinh hoạt chi bộ ở Tiền Hải"
    assert article.date == dt.date(2023, 10, 18)


def test_a_portals_left_menu_a_kicker_a_bare_paper_name_and_inline_links() -> None:
    menu = "\n".join(
        ("Giới thiệu", "Tổng quan về huyện", "Lịch sử hình thành và phát triển", "Tổ chức bộ máy")
    )
    article = read_article(
        f"CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG LẠC\nTỈNH HÀ NAM\nTìm kiếm\nTrang chủ\n{menu}\n"
        "Trang chủ » Tin tức » Xây dựng Đảng\nĐảng bộ huyện Đông Lạc: Nâng cao chất lượng sinh "
        "hoạt chi bộ\nNgày đăng: 14/03/2024 08:37\nCỡ chữ: A- A A+ | In trang | Gửi email\n\n"
        "Đảng bộ có 56 tổ chức cơ sở Đảng.\n".encode(),
        filename="t.txt",
    )
    # "TỈNH HÀ NAM", then the menu's items, were taken for the headline.
    assert article.title == "Đảng bộ huyện Đông Lạc: Nâng cao chất lượng sinh hoạt chi bộ"
    article = read_article(
        "BÁO NAM ĐỊNH ĐIỆN TỬ\nTrang chủ Chính trị Kinh tế Xã hội Văn hóa Thể thao Pháp luật "
        "Bạn đọc Multimedia Báo in\nChính trị\nCập nhật: 06:45, 18/03/2024\nCHUYỂN ĐỔI SỐ Ở "
        "CƠ SỞ\nBài 1: Khi chính quyền xã “lên mạng”\nNghe bài viết\nXã có 9 thôn.\n".encode(),
        filename="t.txt",
    )
    # A menu starting at "Trang chủ" with no separators, then the kicker in capitals.
    assert article.title == "Bài 1: Khi chính quyền xã “lên mạng”"
    article = read_article(
        "☰\nBáo Ninh Bình\nTìm kiếm\nGiáo dục\nHuyện Gia Tường nâng chuẩn trường lớp\n"
        "Thứ Tư, 27/03/2024 - 10:12\nHuyện có 45 trường.\nXem thêm: Ninh Bình: 100% trường "
        "học triển khai sổ điểm điện tử\nHuyện thiếu 87 giáo viên.\n".encode(),
        filename="t.txt",
    )
    assert article.title == "Huyện Gia Tường nâng chuẩn trường lớp"
    # A related link in the middle of the text was asked about.
    assert [p.text for p in article.paragraphs] == [
        "Huyện có 45 trường.",
        "Huyện thiếu 87 giáo viên.",
    ]


def test_a_tagline_above_a_stamp_and_a_menu_is_not_the_headline() -> None:
    article = read_article(
        "BÁO NAM ĐỊNH\nCơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định\nThứ Năm, "
        "17/10/2024 | Đăng nhập\nTrang chủ | Thời sự | Chính trị | Kinh tế | Xã hội\n\nÝ Yên "
        "khẩn trương chuẩn bị Đại hội Đảng bộ huyện\n\nBNĐ - Huyện có 45 tổ chức cơ sở đảng.\n"
        "".encode(),
        filename="t.txt",
    )
    assert article.title == "Ý Yên khẩn trương chuẩn bị Đại hội Đảng bộ huyện"
    assert article.paragraphs[0].text == "Huyện có 45 tổ chức cơ sở đảng."


def test_a_dated_brief_under_tin_khac_is_another_article() -> None:
    article = read_article(
        "Hòa Phú nâng cao chất lượng khám, chữa bệnh\n\nTrung tâm có 250 giường bệnh.\n\nLê Hà\n\n"
        "Tin khác\n\nHòa Phú: Khai giảng lớp bồi dưỡng cho đảng viên mới\nThứ Tư, 03/04/2024 | "
        "16:45\nLớp học có 86 học viên.\n\nMinh Đức\n".encode(),
        filename="t.txt",
    )
    # The brief's figures were asked, and its signature became the article's.
    assert [p.text for p in article.paragraphs] == ["Trung tâm có 250 giường bệnh."]
    assert article.byline == "Lê Hà"


def test_a_tagline_in_its_own_block_above_a_menu_is_not_the_headline() -> None:
    for header in (
        "BÁO HƯNG YÊN\nHưng Yên Online – Thông tin nhanh, chính xác, gần gũi\n\n"
        "TRANG CHỦ | CHÍNH TRỊ | KINH TẾ | XÃ HỘI\nTìm kiếm...",
        "BÁO HẢI DƯƠNG\nThông tin chính thống – Cập nhật từng giờ\n\nTrang chủ\nChính trị\n"
        "Kinh tế\nXã hội\nĐô thị",
        "BẮC GIANG ĐIỆN TỬ\nBáo Bắc Giang – Cơ quan của Đảng bộ tỉnh Bắc Giang\n\nChính trị / "
        "Tin địa phương",
    ):
        article = read_article(
            f"{header}\n\nKim Động trao giải Hội thi Dân vận khéo\n\nHuyện có 10 mô hình.\n"
            "".encode(),
            filename="t.txt",
        )
        assert article.title == "Kim Động trao giải Hội thi Dân vận khéo", header


def test_a_print_pages_text_wrapped_at_a_width_with_running_headers_and_page_numbers() -> None:
    running = "XÂY DỰNG ĐẢNG – CHÍNH QUYỀN      BÁO SƠN HÀ · Thứ Sáu, 18-10-2024"
    article = read_article(
        "Báo in » Số 5.412 (Thứ Sáu, 18/10/2024) » Chuyên trang Xây dựng Đảng – Chính quyền "
        f"(trang 2 – 4)\n\nHưng Phú đổi mới phương thức lãnh đạo\n\n{running}\n"
        "Xác định đổi mới phương thức lãnh đạo của Đảng là khâu then chốt để thực\n"
        "hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ\n"
        "2020 – 2025, Huyện ủy Hưng Phú đã có nhiều cách làm sáng tạo, bước đầu tạo\n"
        "chuyển biến rõ nét. Ngày 6/7/2022, Ban Chấp hành ban hành Nghị quyết số\n"
        f"09-NQ/HU về đổi mới phương thức lãnh đạo.\n- 2 -\n{running}\n"
        "Các xã đã tổ chức 68 cuộc đối thoại với nhân dân, tiếp nhận 1.432 kiến nghị\n"
        f"của cử tri ở các thôn, tổ dân phố.\n- 3 -\n{running}\n".encode(),
        filename="t.txt",
    )
    # The trail was the title; lines were cut at capitals and figures ("... lần thứ" /
    # "XXVI", "Nghị quyết số" / "09-NQ/HU") and the page's header joined the text.
    assert article.title == "Hưng Phú đổi mới phương thức lãnh đạo"
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 2
    assert "lần thứ XXVI, nhiệm kỳ 2020 – 2025" in texts[0]
    assert "Nghị quyết số 09-NQ/HU" in texts[0]
    assert not any("BÁO SƠN HÀ" in text or "- 2 -" in text for text in texts)
