"""Defects the fourteenth review round found."""

from __future__ import annotations

from studyapp.core.generate import generate_deck
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


def test_an_army_units_name_stays_in_its_officers_title() -> None:
    asked = questions(
        "Thượng tá Hoàng Minh Tiến, Phó Chính ủy Sư đoàn 301, Bộ Tư lệnh Thủ đô Hà Nội cảm "
        "ơn cấp ủy, chính quyền huyện."
    )
    # Was "Phó Chính ủy Sư là ai?".
    assert asked["Hoàng Minh Tiến"] == "Phó Chính ủy Sư đoàn 301 là ai?"


def test_a_laws_year_is_no_period_for_the_list_after_it() -> None:
    notes = generate_deck(
        "Xét xử đường dây ma túy\n\nCăn cứ Điều 251 Bộ luật Hình sự năm 2015 (sửa đổi, bổ "
        "sung năm 2017), Hội đồng xét xử tuyên phạt:\n\n- Trần Văn Quyết: 20 năm tù.\n\n"
        "Ngoài ra, các bị cáo còn bị phạt bổ sung mỗi người 50 triệu đồng.\n".encode(),
        filename="a.txt",
    ).deck.notes
    fine = next(note for note in notes if note.answer == "50 triệu đồng")
    # Was "Năm 2015, các bị cáo còn bị phạt bổ sung ...": the law's year.
    assert fine.as_of is None and "2015" not in fine.question


def test_a_genre_label_before_the_writer_is_not_the_signature() -> None:
    deck = generate_deck(
        "Thanh toán không dùng tiền mặt\n\nTừ năm 2023, thành phố có 18.700 tài khoản mới "
        "được mở tại các chợ.\n\nGhi chép của Hoàng Yến\n".encode(),
        filename="a.txt",
    ).deck
    assert deck.attribution == "Hoàng Yến"


def test_two_sections_joined_by_a_dash_are_no_headline() -> None:
    deck = generate_deck(
        "Báo Hà Nam\nChuyển đổi số – Khoa học công nghệ\n\nGiám đốc Sở Thông tin và Truyền "
        'thông: "Đưa dịch vụ công trực tuyến đến từng hộ dân"\n\nNăm 2023, toàn tỉnh có '
        "86.920 giao dịch thanh toán trực tuyến trên Cổng dịch vụ công.\n".encode(),
        filename="a.txt",
    ).deck
    assert deck.name.startswith("Giám đốc Sở Thông tin và Truyền thông")


def test_a_district_officers_report_gives_the_district_not_the_city() -> None:
    asked = questions(
        "Năm 2024, TP Cần Thơ đẩy mạnh phòng chống lừa đảo. Theo Trung tá Trần Văn Đức, "
        "Trưởng Công an huyện Phong Điền, từ tháng 3 năm 2020, "
        "toàn huyện đã bố trí 48 cán bộ công an chính quy về 7 xã, thị trấn. Từ đầu năm "
        "2024 đến nay, công an các xã, thị trấn đã tiếp nhận, xử lý 126 tin báo về tội phạm.",
        title="Cần Thơ: công an xã chính quy phòng chống lừa đảo",
    )
    # Was "Ở Cần Thơ, từ đầu năm 2024 ...": the city's, though the district reported it.
    assert asked["126"].startswith("Ở Phong Điền, từ đầu năm 2024 đến nay")


def test_figures_given_respectively_are_each_asked_with_their_own_subject() -> None:
    asked = questions(
        "So với tháng 9/2024, số người chết và số người bị thương lần lượt giảm 17,6% và 25%. "
        "Người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, 60%, 50% mức đóng của người "
        "thứ nhất."
    )
    assert asked["17,6%"] == "So với tháng 9/2024, số người chết giảm bao nhiêu phần trăm?"
    assert asked["25%"] == "So với tháng 9/2024, số người bị thương giảm bao nhiêu phần trăm?"
    # The list's first item gives the others their head noun: "người" + "thứ ba".
    assert asked["60%"] == (
        "Người thứ ba đóng bằng bao nhiêu phần trăm mức đóng của người thứ nhất?"
    )


def test_only_the_last_of_figures_given_respectively_is_asked_if_unpaired() -> None:
    asked = questions("Đến nay, số thu đạt thấp, lần lượt là 38,6% và 41,2% dự toán.")
    # Was "..., lần lượt là bao nhiêu phần trăm?" (38,6%): no one to pair it with.
    assert "38,6%" not in asked
    assert asked["41,2%"].endswith("lần lượt là 38,6% và bao nhiêu phần trăm dự toán?")
    # Subjects opening the clause are paired (session 11).
    paired = questions("Hai huyện Vụ Bản và Mỹ Lộc đạt thấp, lần lượt là 38,6% và 41,2% dự toán.")
    assert paired["41,2%"] == "Huyện Mỹ Lộc đạt thấp, là bao nhiêu phần trăm dự toán?"


def test_a_count_of_the_things_the_stem_names_is_not_asked() -> None:
    asked = questions(
        "Quần thể di tích gồm 18 điểm di tích, trong đó có 3 công trình trung tâm là Phủ Tiên "
        "Hương, Phủ Vân Cát và Lăng Mẫu. Quận Ninh Kiều và quận Cái Răng là 2 địa phương có "
        "số vụ tai nạn nhiều nhất."
    )
    assert "3" not in asked and "2" not in asked
    assert "18" in asked


_LISTS = (
    "Bảo hiểm y tế ở Kim Bảng\n\nNăm 2024, huyện Kim Bảng đẩy mạnh phát triển bảo hiểm y tế "
    "hộ gia đình với nhiều cách làm mới.\n\nKết quả tỷ lệ bao phủ BHYT tại một số xã, thị "
    "trấn tính đến ngày 30/9/2024 như sau:\n- Thị trấn Ba Sao: 97,8%\n- Xã Thanh Sơn: 96,2%\n\n"
    "Hội đồng xét xử tuyên phạt:\n- Trần Văn Quyết: 20 năm tù.\n- Vũ Đức Mạnh: 15 năm tù.\n\n"
    "Ngoài ra, các bị cáo còn bị phạt bổ sung mỗi người 50 triệu đồng.\n"
)


def test_a_labelled_item_is_asked_with_its_lists_lead() -> None:
    notes = {n.answer: n.question for n in generate_deck(_LISTS.encode(), filename="a").deck.notes}
    # Was "Thị trấn Ba Sao: bao nhiêu phần trăm?": whose figure, but not of what.
    assert notes["97,8%"] == (
        "Kết quả tỷ lệ bao phủ BHYT tại một số xã, thị trấn tính đến ngày 30/9/2024 – "
        "Thị trấn Ba Sao: bao nhiêu phần trăm?"
    )


def test_a_name_labelling_an_item_outside_an_interview_is_kept() -> None:
    notes = {n.answer: n.question for n in generate_deck(_LISTS.encode(), filename="a").deck.notes}
    # The name was taken for an interview's speaker and dropped: "bao nhiêu năm tù?".
    assert notes["20"].endswith("Hội đồng xét xử tuyên phạt – Trần Văn Quyết: bao nhiêu năm tù?")


def test_an_interviews_speaker_labels_are_still_taken_off() -> None:
    article = (
        "Phỏng vấn Giám đốc Sở\n\nPV: Xin ông cho biết kết quả năm 2023?\n\nÔng Phạm Văn Hưng: "
        "Năm 2023, chúng tôi đã kết nạp 52 đảng viên mới.\n"
    )
    notes = generate_deck(article.encode(), filename="a").deck.notes
    assert all("Phạm Văn Hưng:" not in note.question for note in notes)


def test_a_bare_ba_or_cu_after_two_openers_gets_the_name() -> None:
    notes = {
        n.answer: n.question
        for n in generate_deck(
            "Bảo hiểm xã hội tự nguyện\n\nBà Phạm Thị Hằng (xã Vũ Vinh, huyện Vũ Thư) tham gia "
            "BHXH tự nguyện từ năm 2011. Sau 12 năm đóng, từ tháng 4/2023 bà nhận lương hưu hơn "
            "2,1 triệu đồng/tháng.\n\nCăn nhà nhỏ của cụ Nguyễn Văn Mùi nằm sâu trong ngõ. Năm "
            "2024, cụ vẫn dạy nghề cho 12 học trò.\n".encode(),
            filename="a.txt",
        ).deck.notes
    }
    # Were "... từ khi nào bà nhận lương hưu ...?" and "... cụ vẫn dạy nghề ...?": whom?
    assert "từ khi nào bà Phạm Thị Hằng nhận lương hưu" in notes["tháng 4/2023"]
    assert "cụ Nguyễn Văn Mùi vẫn dạy nghề cho bao nhiêu học trò?" in notes["12"]


_QUOTES = (
    "Hiến máu tình nguyện\n\nAnh Nguyễn Đức Tài (45 tuổi) đã hiến máu 52 lần. Anh Tài chia "
    "sẻ: “Lần đầu tiên tôi hiến máu là năm 2003 khi còn là sinh viên”.\n\nAnh Vũ Văn Hùng "
    "(42 tuổi), một hộ liên kết ở xóm 9, cho biết: “Nhờ được hướng dẫn kỹ thuật, nay gia "
    "đình tôi nuôi 800 con vịt”.\n\nÔng Lê Văn Bảy, ấp Thới Hòa, xã Thới Xuân, cho biết: "
    "“Trước đây 1,5 ha ruộng của gia đình mỗi năm làm 3 vụ lúa, trừ chi phí còn lãi khoảng "
    "60 triệu đồng”.\n"
)


def test_a_named_speakers_first_person_words_are_asked_in_reported_speech() -> None:
    notes = {n.answer: n.question for n in generate_deck(_QUOTES.encode(), filename="a").deck.notes}
    # Were "Anh Tài chia sẻ: “Lần đầu tiên tôi hiến máu là năm nào ...”?".
    assert (
        notes["2003"] == "Theo anh Tài, lần đầu tiên anh hiến máu là năm nào khi còn là sinh viên?"
    )
    # "gia đình anh" is the speaker's own, not the anh named in the paragraph before.
    assert notes["800"].endswith("nay gia đình anh nuôi bao nhiêu con vịt?")


def test_a_question_cut_short_inside_someones_words_is_not_asked() -> None:
    notes = {n.answer: n.question for n in generate_deck(_QUOTES.encode(), filename="a").deck.notes}
    # Was "... cho biết: “Trước đây bao nhiêu ha ruộng”?": what the 1,5 ha were is cut off.
    assert "1,5" not in notes
    assert notes["3"].endswith("mỗi năm làm bao nhiêu vụ lúa”?")


def test_an_item_after_la_that_is_a_clause_of_its_own_gets_no_short_form() -> None:
    asked = questions(
        "Tổng diện tích đất phải thu hồi trên địa bàn huyện là 59,8 ha, liên quan đến 1.126 "
        "hộ gia đình, cá nhân và 7 tổ chức."
    )
    # Was "Tổng diện tích đất phải thu hồi trên địa bàn huyện là bao nhiêu tổ chức?".
    assert asked["7"].endswith("liên quan đến 1.126 hộ gia đình, cá nhân và bao nhiêu tổ chức?")


def test_a_title_in_capitals_after_dong_chi_is_no_name() -> None:
    asked = questions(
        "Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận sự vào cuộc của các địa "
        "phương. Đồng chí yêu cầu các huyện hoàn thành bàn giao mặt bằng trước ngày 31/12/2024."
    )
    # Was "Đồng chí Phó Chủ yêu cầu ...": "Phó Chủ" was taken for a name.
    assert asked["31/12/2024"].startswith("Đồng chí yêu cầu các huyện")


def test_a_city_run_by_the_centre_names_its_departments_as_a_city() -> None:
    deck = generate_deck(
        "BÁO CẦN THƠ ONLINE\n\nCần Thơ có 24 học sinh giỏi quốc gia\n\nNăm 2024, Cần Thơ có "
        "24 học sinh đạt giải. Ông Trần Thanh Bình, Giám đốc Sở Giáo dục và Đào tạo cho biết "
        "thành phố đã chi 1,8 tỷ đồng cho đội tuyển.\n".encode(),
        filename="a.txt",
    ).deck
    notes = {n.answer: n.question for n in deck.notes}
    assert notes["Trần Thanh Bình"] == "Giám đốc Sở Giáo dục và Đào tạo thành phố Cần Thơ là ai?"


def test_the_sites_name_above_the_headline_is_the_paper_when_no_footer_names_one() -> None:
    deck = generate_deck(
        "Báo Thái Bình\n\nNgày hội Chủ nhật Đỏ năm 2024\n\nSáng 21-1, Ban Chỉ đạo vận động hiến "
        "máu tình nguyện tỉnh tổ chức Ngày hội, tiếp nhận 1.426 đơn vị máu.\n\nThu Hà\n".encode(),
        filename="a.txt",
    ).deck
    assert deck.attribution == "Thu Hà; Báo Thái Bình"


def test_an_illustrations_placeholder_marks_the_caption_after_it() -> None:
    deck = generate_deck(
        "Tai nạn giao thông tháng 10\n\nTrong tháng, toàn tỉnh xảy ra 21 vụ tai nạn giao thông."
        "\n\n[Ảnh minh họa]\nLực lượng Cảnh sát giao thông kiểm tra nồng độ cồn trên Quốc lộ 10 "
        "đoạn qua huyện Quỳnh Phụ.\n\nLực lượng chức năng đã tạm giữ 1.204 phương tiện.\n".encode(),
        filename="a.txt",
    ).deck
    caption = next(note for note in deck.notes if note.answer == "Quỳnh Phụ")
    assert caption.from_caption


def test_a_bare_name_inside_another_name_is_not_asked_as_a_place() -> None:
    asked = questions(
        "Xã Thụy Trường có 4.200 hộ dân. Hộ dân được dùng nước từ Nhà máy nước sạch Thụy "
        "Trường do Công ty cổ phần Nước sạch Hoàng Long làm chủ đầu tư. Huyện Hải Hậu có "
        "211 nhà tạm. Số nhà tạm nhiều nhất là Hải Hậu.",
        title="Nước sạch ven biển",
    )
    # Was "Nhà máy nước sạch xã nào do Công ty ... làm chủ đầu tư?": a level made up.
    assert not any("Nhà máy nước sạch xã nào" in q for q in asked.values())
    assert asked["Hải Hậu"] == "Số nhà tạm nhiều nhất là huyện nào?"  # after "là": the place


def test_a_later_year_ends_the_year_carried_over() -> None:
    notes = generate_deck(
        "Trường chuẩn ở Nhân Thịnh\n\nNăm 2022, xã Nhân Thịnh có 3 trường đạt chuẩn quốc "
        "gia. Trường Tiểu học Nhân Thịnh được đầu tư 14,5 tỷ đồng, khánh thành "
        "ngày 26/8/2023. Từ khi có cơ sở vật chất mới, tỷ lệ học sinh hoàn thành tốt các môn "
        "học tăng lên 74,5%.\n".encode(),
        filename="a.txt",
    ).deck.notes
    share = next(note for note in notes if note.answer == "74,5%")
    # Was "Năm 2022, ... tỷ lệ ... tăng lên bao nhiêu phần trăm?": the school opened in 2023.
    assert share.as_of is None and "2022" not in share.question


def test_set_phrases_of_administration_are_not_cut_apart() -> None:
    asked = questions(
        "Sau hơn 3 năm thực hiện Đề án số 03-ĐA/HU của Ban Thường vụ Huyện ủy Hải Hậu về thu "
        "gom, vận chuyển và xử lý rác thải sinh hoạt giai đoạn 2021 – 2025, tỷ lệ rác thải sinh "
        "hoạt ở khu vực nông thôn được thu gom, xử lý trên địa bàn huyện đã đạt 98,6%."
    )
    # Was "Sau hơn 3 năm thực hiện Đề án số nào của Ban Thường vụ Huyện ủy Hải Hậu về thu gom?".
    assert asked["03-ĐA/HU"].endswith(
        "về thu gom, vận chuyển và xử lý rác thải sinh hoạt giai đoạn 2021 – 2025?"
    )


def test_a_rate_named_this_is_given_what_the_sentence_before_measured() -> None:
    asked = questions(
        "Theo Nghị quyết, đến năm 2025, tỷ lệ hộ sử dụng nước sạch từ các công trình cấp nước "
        "tập trung đạt trên 95%. Hiện tỷ lệ này trên địa bàn huyện là 87,3%. Chỉ số nhà có lăng "
        "quăng (HI) trung bình toàn thành phố là 24%; riêng phường Xuân Khánh chỉ số này lên "
        "tới 41%."
    )
    # Were "Hiện tỷ lệ này ... là bao nhiêu phần trăm?" and "... chỉ số này lên tới ...?".
    assert asked["87,3%"].startswith("Hiện tỷ lệ hộ sử dụng nước sạch từ các công trình cấp")
    assert "chỉ số nhà có lăng quăng (HI) lên tới bao nhiêu phần trăm?" in asked["41%"]


def test_a_grade_letter_ends_its_sentence() -> None:
    asked = questions(
        "Đoàn huyện Hải Hậu và đoàn thành phố Nam Định đoạt giải A. Giải diễn viên triển vọng "
        "được trao cho em Đỗ Khánh Linh, 14 tuổi, đoàn huyện Giao Thủy."
    )
    # "giải A." was read as a name's initial, and the two sentences as one.
    assert asked["Giao Thủy"] == (
        "Giải diễn viên triển vọng được trao cho em Đỗ Khánh Linh, 14 tuổi, đoàn huyện nào?"
    )


def test_a_share_that_says_its_own_doing_does_not_take_the_next_ones() -> None:
    asked = questions(
        "Huyện phấn đấu đến cuối năm 2025 có 38% dân số tập luyện thể thao thường xuyên và 100% "
        "xã, thị trấn có trung tâm văn hóa – thể thao đạt chuẩn."
    )
    # Was "... bao nhiêu phần trăm dân số tập luyện thể thao thường xuyên có trung tâm ...?".
    assert asked["38%"].endswith("bao nhiêu phần trăm dân số tập luyện thể thao thường xuyên?")


def test_a_verb_after_a_title_ends_it() -> None:
    asked = questions(
        "Ông Phạm Văn Khải, Chủ tịch Hội đồng quản trị Hợp tác xã Vũ Quý kể lại, năm 2019 hợp "
        "tác xã chỉ làm các khâu dịch vụ truyền thống."
    )
    # Was "Chủ tịch Hội đồng quản trị Hợp tác xã Vũ Quý kể lại là ai?".
    assert asked["Phạm Văn Khải"] == "Chủ tịch Hội đồng quản trị Hợp tác xã Vũ Quý là ai?"


def test_a_province_labelling_a_headline_gives_way_to_its_district() -> None:
    asked = questions(
        "Huyện Tam Bình (tỉnh Vĩnh Long) vừa được công nhận đạt chuẩn nông thôn mới. Toàn huyện "
        "hiện có 29 hợp tác xã.",
        title="Vĩnh Long: Tam Bình nâng chất xã nông thôn mới",
    )
    # Was "Ở Vĩnh Long, toàn huyện hiện có bao nhiêu hợp tác xã?".
    assert asked["29"].startswith("Ở Tam Bình")


def test_a_bare_ong_is_the_man_last_named_even_by_his_given_name() -> None:
    asked = questions(
        "Ông Nguyễn Hữu Lực, Chủ tịch Hội Nông dân xã Tân Lập cho biết, đến nay, ông Tám đã bán "
        "được 46 chiếc máy. Ông cũng thường xuyên cải tiến: phiên bản năm 2023 lắp thêm bộ cảm "
        "biến đếm khay."
    )
    # Was "Ông Nguyễn Hữu Lực cũng thường xuyên cải tiến ...": the machine is ông Tám's.
    assert "ông Tám cũng thường xuyên cải tiến" in asked["2023"]


def test_a_provincial_department_is_the_articles_province_not_the_last_one_named() -> None:
    deck = generate_deck(
        "Người nông dân chế máy gieo mạ ở Vũ Thư\n\nSáng chế của ông Bùi Văn Tám vừa đoạt giải Nhì "
        "Hội thi Sáng tạo kỹ thuật tỉnh Thái Bình. Máy đã được bán sang cả tỉnh Hưng Yên.\n\n"
        "Theo đồng chí Đặng Thị Phương, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh, Hội thi nhận "
        "được 112 giải pháp dự thi.\n".encode(),
        filename="a.txt",
    ).deck
    person = next(note for note in deck.notes if note.answer == "Đặng Thị Phương")
    assert person.question == "Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Thái Bình là ai?"


def test_the_whole_of_a_named_place_is_not_asked_as_toan_tinh_nao() -> None:
    asked = questions("Năm 2024, toàn tỉnh Bắc Giang có 29.860 ha vải thiều.", title="Vải thiều")
    # Was "Năm 2024, toàn tỉnh nào có 29.860 ha vải thiều?".
    assert "Bắc Giang" not in asked


def test_a_measure_labelling_its_figure_is_asked_with_la() -> None:
    deck = generate_deck(
        "Kinh tế Xuân Trường 9 tháng\n\nChín tháng qua, kinh tế huyện vẫn tăng trưởng khá. "
        "Một số chỉ tiêu chủ yếu 9 tháng năm 2024 như sau:\n- Tổng giá trị sản xuất (giá so "
        "sánh 2010): 9.375 tỷ đồng, tăng 8,1% so với cùng kỳ.\n- Tỷ lệ hộ nghèo: 1,2%.\n".encode(),
        filename="a.txt",
    ).deck
    asked = {n.answer: n.question for n in deck.notes}
    # Were "Tổng giá trị sản xuất (giá so sánh 2010): bao nhiêu tỷ đồng?": no lead, a colon.
    assert asked["9.375 tỷ đồng"] == (
        "Một số chỉ tiêu chủ yếu 9 tháng năm 2024 – Tổng giá trị sản xuất (giá so sánh 2010) "
        "là bao nhiêu tỷ đồng?"
    )


def test_a_title_stops_before_the_next_name_joined_by_va() -> None:
    asked = questions(
        "Tổ đại biểu gồm các đại biểu: Phạm Văn Hiểu, Chủ tịch HĐND thành phố; Nguyễn Thị Kim "
        "Ngân, Phó Trưởng Ban Văn hóa - Xã hội HĐND thành phố và Huỳnh Minh Trí, Giám đốc Sở "
        "Giao thông vận tải, đã tiếp xúc cử tri phường An Hòa."
    )
    # Was "Phó Trưởng Ban Văn hóa - Xã hội HĐND thành phố là ai?" -> Huỳnh Minh Trí.
    assert asked["Nguyễn Thị Kim Ngân"] == "Phó Trưởng Ban Văn hóa - Xã hội HĐND thành phố là ai?"
    assert asked["Huỳnh Minh Trí"].startswith("Giám đốc Sở Giao thông vận tải")


def test_a_figure_reached_so_far_is_no_target() -> None:
    asked = questions(
        "Huyện phấn đấu đến năm 2025 có 95% trẻ em biết bơi; hiện tỷ lệ trẻ em từ 6 đến 16 "
        "tuổi biết bơi an toàn của huyện mới đạt khoảng 48,7%."
    )
    # Was "Theo mục tiêu, hiện tỷ lệ ... mới đạt khoảng bao nhiêu phần trăm?".
    assert "theo mục tiêu" not in asked["48,7%"].casefold()


def test_words_before_their_speaker_are_asked_in_reported_speech() -> None:
    asked = questions(
        '"Hồi trước nhà tôi chỉ trồng rau. Từ năm 2022, tôi làm thêm vườn dâu, mỗi tháng có thêm '
        '20 triệu đồng", chị Y Liên, người Mơ Nâm ở thôn Kon Pring, thị trấn Măng Đen kể.'
    )
    # Were "Từ năm nào, tôi làm thêm vườn dâu ..., chị Y Liên, ... kể?" and "... ở thôn nào".
    assert asked["2022"] == (
        "Theo chị Y Liên, từ năm nào, chị làm thêm vườn dâu, mỗi tháng có thêm 20 triệu đồng?"
    )
    assert "Kon Pring" not in asked


def test_a_count_of_the_places_its_stem_lists_after_gom_is_not_asked() -> None:
    asked = questions(
        "Năm 2024, thành phố tổ chức diễn tập cho 3 đơn vị cấp huyện gồm Cờ Đỏ, Phong Điền, Ô Môn."
    )
    assert "3" not in asked
