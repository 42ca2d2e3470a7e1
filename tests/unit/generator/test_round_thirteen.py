"""Defects the thirteenth review round found."""

from __future__ import annotations

from studyapp.core.cards.place_options import is_foreign
from studyapp.core.cards.stem_checks import is_adverbial_only, names_issued_document
from tests.unit.generator.test_cards import by_answer, notes_of
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


def test_a_fronted_adverbial_is_asked_with_its_main_clause() -> None:
    asked = questions(
        "Theo Quyết định số 1520/QĐ-UBND ngày 28/7/2023 của UBND thành phố Cần Thơ, mỗi hộ "
        "nuôi cá lồng bè đạt chứng nhận VietGAP được hỗ trợ kinh phí chứng nhận. Đặc biệt, "
        "ngày 9/11/2023, nhân Ngày Pháp luật Việt Nam, Trung tâm Trợ giúp pháp lý tỉnh tổ chức "
        "Hội thi hòa giải viên giỏi."
    )
    # Were "Theo Quyết định số 1520/QĐ-UBND ngày nào của UBND thành phố Cần Thơ?" and
    # "Ngày nào, nhân Ngày Pháp luật Việt Nam?": what was decided or done was cut off.
    assert asked["28/7/2023"].endswith(
        "mỗi hộ nuôi cá lồng bè đạt chứng nhận VietGAP được hỗ trợ kinh phí chứng nhận?"
    )
    assert asked["9/11/2023"].endswith(
        "Trung tâm Trợ giúp pháp lý tỉnh tổ chức Hội thi hòa giải viên giỏi?"
    )


def test_what_counts_as_a_fronted_adverbial_alone() -> None:
    for fragment in (
        "Theo Quyết định số nào ngày 28/7/2023 của UBND thành phố Cần Thơ",
        "ngày nào, nhân Ngày Pháp luật Việt Nam",
        "Theo cáo trạng của VKSND huyện Thanh Liêm, khoảng 21 giờ ngày nào",
        "Nhờ lưới điện được đầu tư đồng bộ, trong đợt nắng nóng từ ngày nào đến 15/6/2024",
    ):
        assert is_adverbial_only(fragment, " nào"), fragment
    for clause in (
        "Theo BHXH huyện, đến ngày nào toàn huyện có 187.412 người tham gia BHYT",
        "Theo Ban quản lý, năm 2023 Vườn quốc gia Xuân Thủy đón trên bao nhiêu lượt khách",
        "Trong 5 năm, nhân dân hiến trên bao nhiêu m2 đất",
        "Chiều dài bao nhiêu km",
        "Để tháo gỡ, năm 2023 huyện thành lập bao nhiêu hợp tác xã",
    ):
        assert not is_adverbial_only(clause, " bao nhiêu"), clause


def test_a_document_is_named_in_full_only_with_its_issuer() -> None:
    mid = "Nghị quyết số nào"
    assert names_issued_document(f"Thực hiện {mid} ngày 3/4/2022 của Tỉnh ủy", mid)
    assert not names_issued_document(f"Thực hiện {mid} ngày 3/4/2022", mid)


def test_a_headline_district_the_lead_never_names_is_not_the_articles_place() -> None:
    asked = questions(
        "Ngày 15-1, Hội đồng Thi đua - Khen thưởng TP Cần Thơ tổ chức hội nghị tổng kết năm 2023."
        "\n\nNăm 2023, tăng trưởng kinh tế (GRDP) của thành phố đạt 6,67%."
        "\n\nTại hội nghị, lãnh đạo thành phố trao Cờ thi đua của Chính phủ cho UBND quận Ninh "
        "Kiều và UBND huyện Phong Điền.",
        title="Tổng kết thi đua năm 2023: Quận Ninh Kiều nhận Cờ thi đua của Chính phủ",
    )
    # Was "Năm 2023, ở Ninh Kiều, tăng trưởng kinh tế (GRDP) của thành phố ...".
    assert asked["6,67%"].startswith("Ở Cần Thơ, năm 2023,")


def test_a_headline_place_the_story_happens_in_stays_the_articles_place() -> None:
    asked = questions(
        "Sáng 20-4, UBND tỉnh Hà Nam tổ chức lễ khởi công dự án nâng cấp ĐT.491."
        "\n\nDự án có tổng mức đầu tư 1.250 tỷ đồng."
        "\n\nTuyến đường đi qua 4 xã của huyện Thanh Liêm.",
        title="Khởi công nâng cấp ĐT.491 tại huyện Thanh Liêm",
    )
    assert asked["1.250 tỷ đồng"].startswith("Ở Thanh Liêm,")


def test_a_job_centres_name_keeps_viec_lam() -> None:
    asked = questions(
        "Theo ông Đỗ Mạnh Hùng, Giám đốc Trung tâm Dịch vụ việc làm tỉnh, năm 2023 Trung tâm "
        "đã tổ chức 26 phiên giao dịch việc làm."
    )
    # Was "Giám đốc Trung tâm Dịch vụ việc là ai?": "làm" was taken for a verb.
    assert asked["Đỗ Mạnh Hùng"] == "Giám đốc Trung tâm Dịch vụ việc làm tỉnh là ai?"


def test_more_pairs_named_as_one_are_not_cut_at_their_comma() -> None:
    asked = questions(
        "Dự án đã đào tạo 220 y, bác sĩ và trang bị 36 máy thở. Trường có 98 cán bộ, giáo viên, "
        "nhân viên. Toàn tỉnh có 318 con trâu, bò, ngựa bị chết do đói, rét. Đoàn phát hiện "
        "87 cơ sở có tồn tại, thiếu sót trong công tác phòng cháy."
    )
    assert asked["220"] == "Dự án đã đào tạo bao nhiêu y, bác sĩ?"
    assert asked["98"] == "Trường có bao nhiêu cán bộ, giáo viên, nhân viên?"
    assert asked["318"].endswith("bao nhiêu con trâu, bò, ngựa bị chết do đói, rét?")
    assert asked["87"].endswith("bao nhiêu cơ sở có tồn tại, thiếu sót trong công tác phòng cháy?")
    more = questions(
        "Năm học này, toàn tỉnh có 385.420 trẻ em, học sinh. Cơ sở 2 sẽ triển khai 14 khoa, "
        "phòng chuyên môn."
    )
    assert more["385.420"].endswith("bao nhiêu trẻ em, học sinh?")
    assert more["14"].endswith("bao nhiêu khoa, phòng chuyên môn?")


def test_mat_bang_and_nha_o_are_nouns_not_cut_at_their_second_word() -> None:
    asked = questions(
        "Huyện Thanh Liêm đã bàn giao 94,8 ha mặt bằng, đạt 96,2% diện tích. Toàn tỉnh có 7 dự "
        "án nhà ở xã hội đã được chấp thuận. Huyện thu hồi 20 ha đất ở xã Thanh Hải."
    )
    # Were "... bàn giao bao nhiêu ha mặt?" and "... bao nhiêu dự án nhà?".
    assert asked["94,8"] == "Huyện Thanh Liêm đã bàn giao bao nhiêu ha mặt bằng?"
    assert asked["7"] == "Toàn tỉnh có bao nhiêu dự án nhà ở xã hội đã được chấp thuận?"
    assert asked["20"] == "Huyện thu hồi bao nhiêu ha đất ở xã Thanh Hải?"


def test_sentences_and_penalty_terms_are_asked() -> None:
    asked = questions(
        "Hội đồng xét xử tuyên phạt bị cáo Trần Văn Hùng 30 tháng tù. Bị cáo Mạnh bị tuyên phạt "
        "24 tháng tù nhưng cho hưởng án treo, thời gian thử thách 48 tháng. Xã vận động được "
        "1.040 người tham gia BHYT hộ gia đình chỉ trong 6 tháng."
    )
    # A term after a name was taken for the name's number ("Hùng 30").
    assert asked["30"] == "Hội đồng xét xử tuyên phạt bị cáo Trần Văn Hùng bao nhiêu tháng tù?"
    assert asked["48"].endswith("thời gian thử thách bao nhiêu tháng?")
    assert "6" not in asked  # "hộ gia đình chỉ trong 6 tháng" is no "đình chỉ" penalty


def test_a_list_item_after_a_semicolon_with_no_verb_is_not_asked() -> None:
    asked = questions(
        "Hội đồng xét xử tuyên phạt bị cáo Trần Văn Khải 20 năm tù; Đỗ Văn Long 12 năm tù."
    )
    assert "12" not in asked  # was "Đỗ Văn Long bao nhiêu năm tù?"


def test_a_caves_bridges_or_markets_name_is_not_its_place() -> None:
    asked = questions(
        "Đoàn thăm huyện Viêng Xay và quận Cái Răng. Đoàn dâng hương tại khu di tích hang "
        "Viêng Xay, nơi làm việc của Trung ương Đảng Lào. Khu vực bến Ninh Kiều và chợ Cái Răng "
        "bị ngập 30 cm.",
        title="Thăm hữu nghị",
    )
    # Were "... khu di tích hang huyện nào ...?" and "... chợ quận nào ...?".
    assert not any("hang huyện nào" in q or "chợ quận nào" in q for q in asked.values())


def test_a_country_and_the_mekong_delta_are_no_places_of_the_article() -> None:
    asked = questions(
        "Thôn Đồng Sơn được gọi là làng Nhật Bản khi có 73 người làm việc tại Nhật Bản. Sản phẩm "
        "tiêu thụ ở các tỉnh Đồng bằng sông Cửu Long. Trong quý I, PC07 kiểm tra 348 cơ sở.",
        title="Xuất khẩu lao động",
    )
    assert "Nhật Bản" not in asked  # was "... gọi là làng nào ...?"
    # Was "Ở Nhật Bản, trong quý I, ..."; nor "Ở Đồng," ("tỉnh Đồng" taken for a province).
    assert not asked["348"].startswith(("Ở Nhật Bản", "Ở Đồng,"))


def test_a_digests_lead_listing_districts_gives_the_article_no_place() -> None:
    asked = questions(
        "Điểm tin hôm nay gồm các tin: huyện Kim Bảng giải ngân vốn; huyện Hải Hậu khánh thành "
        "cầu; huyện Nghĩa Hưng ra quân trồng cây.\n\nHuyện Nghĩa Hưng ra quân trồng 12.000 cây "
        "xanh. Lãnh đạo huyện Nghĩa Hưng dự lễ.\n\nCầu mới dài 842 m.",
        title="Điểm tin địa phương",
    )
    assert not asked["842"].startswith("Ở Nghĩa Hưng")


def test_a_district_is_never_offered_a_province_and_a_foreign_place_only_foreign_ones() -> None:
    notes = by_answer(
        notes_of(
            "Đoàn làm việc tại TP Cần Thơ. Sau đó, đoàn đến quận Bình Thủy. Đoàn công tác của tỉnh "
            "thăm thành phố Asan, tỉnh Chungcheong Nam và huyện Buyeo. Tại thành phố Toyama, đoàn "
            "gặp 42 lao động. Ở thành phố Gunsan có 18 lao động. Tỉnh có 12 lao động tại thành "
            "phố Daejeon."
        )
    )
    assert "Cần Thơ" not in notes["Bình Thủy"].choices  # a city the size of a province
    assert set(notes["Toyama"].choices) <= {"Asan", "Toyama", "Gunsan", "Daejeon"}


def test_what_counts_as_a_foreign_place() -> None:
    assert all(map(is_foreign, ("Toyama", "Asan", "Chungcheong Nam")))
    assert not any(map(is_foreign, ("Ninh Kiều", "Xầm Nưa", "Quỳnh Phụ", "Ea Kar", "Đắk Lắk")))


def test_a_periods_options_are_written_like_the_answer() -> None:
    notes = by_answer(
        notes_of(
            "Từ năm 2019 đến năm 2023, tổng kinh phí hỗ trợ hợp tác xã từ ngân sách tỉnh là "
            "86,5 tỷ đồng."
        )
    )
    # "2019 đến năm 2023" was offered beside "Từ năm 2019 đến năm 2023": the answer twice.
    choices = notes["Từ năm 2019 đến năm 2023"].choices
    assert len(choices) == 4 and all(choice.startswith("Từ năm ") for choice in choices)


def test_a_sentence_set_now_ends_the_year_carried_before_it() -> None:
    asked = questions(
        "Năm 2008, ông nhận thầu 6,5 ha đất trũng. Hiện nay trang trại có 120 con lợn nái. "
        "Trang trại tạo việc làm thường xuyên cho 14 lao động."
    )
    # Was "Năm 2008, trang trại tạo việc làm ... cho bao nhiêu lao động?".
    assert not asked["14"].startswith("Năm 2008")


def test_a_stem_does_not_end_on_a_lists_nhu_sau() -> None:
    asked = questions(
        "Theo báo cáo của Ban Chỉ huy tỉnh đến 17 giờ ngày 13/9/2024, thiệt hại do bão cụ thể "
        "như sau:\n\n- 12 nhà bị tốc mái."
    )
    assert asked["13/9/2024"].endswith("thiệt hại do bão?")


def test_a_count_is_asked_without_the_items_its_colon_opens() -> None:
    asked = questions(
        "Hai tỉnh thống nhất hợp tác trên 5 lĩnh vực: thương mại – đầu tư; lao động; giáo dục. "
        "Thị xã vẫn còn 4 tiêu chuẩn chưa đạt, gồm: mật độ dân số, tỷ lệ đất cây xanh."
    )
    # Were "... trên bao nhiêu lĩnh vực: thương mại – đầu tư?" (one field of five) and
    # "... chưa đạt, gồm: mật độ dân số?".
    assert asked["5"] == "Hai tỉnh thống nhất hợp tác trên bao nhiêu lĩnh vực?"
    assert asked["4"] == "Thị xã vẫn còn bao nhiêu tiêu chuẩn chưa đạt?"


def test_theo_dong_chi_is_given_the_name_of_who_was_last_named() -> None:
    asked = questions(
        "Phát biểu tại lễ trao giải, đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh đánh giá cao "
        "cuộc thi. Theo đồng chí, sau 5 lần tổ chức, cuộc thi đã thu hút 336 dự án tham gia."
    )
    assert asked["336"].startswith("Theo đồng chí Lại Văn Hoàn, sau 5 lần tổ chức,")


def test_an_age_is_offered_ages_and_a_decimal_figure_decimals() -> None:
    notes = by_answer(
        notes_of(
            "Thôn có 300 hộ và 126 hộ nghèo. Anh Lê Văn Thắng năm nay 52 tuổi. Điểm trung bình "
            "các môn thi của tỉnh đạt 7,12 điểm; 4 trường có 5 học sinh đạt 8 điểm."
        )
    )
    # Were "300", "126" for the age and "4", "5", "8" for the mark.
    assert all(int(choice) <= 110 for choice in notes["52"].choices)
    assert all("," in choice for choice in notes["7,12"].choices)


def test_a_whole_shown_as_its_own_part_gives_away_its_hundred_percent() -> None:
    asked = questions(
        "Đến cuối tháng 2/2024, 38/38 tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành "
        "trình, đạt 100%. Toàn huyện đã tiêm cho 986/1.127 trẻ, đạt 87,5%."
    )
    assert "100%" not in asked
    assert asked["87,5%"].endswith("986/1.127 trẻ, đạt bao nhiêu phần trăm?")


def test_a_provincial_body_acting_and_hien_as_now_take_no_district_or_old_year() -> None:
    asked = questions(
        "Năm 2023, huyện Tiền Hải có 312 tàu cá. Nghề biển hiện giải quyết việc làm cho khoảng "
        "2.700 lao động. Từ đầu năm 2024 đến nay, Bộ đội Biên phòng tỉnh đã cứu nạn 5 vụ trên "
        "biển.",
        title="Tiền Hải bám biển",
    )
    assert not asked["2.700"].startswith("Năm 2023")  # "hiện" is now, not 2023
    assert asked["5"].startswith("Từ đầu năm 2024")  # was "Ở Tiền Hải, từ đầu năm 2024 ..."


def test_the_national_assembly_or_government_acting_is_put_in_no_district() -> None:
    asked = questions(
        "Cử tri huyện Lý Nhân kiến nghị nhiều vấn đề. Tại kỳ họp này, Quốc hội sẽ xem xét, "
        "thông qua 10 dự án luật. Mức trợ cấp do Chính phủ quy định, dự kiến 500.000 đồng.",
        title="Cử tri Lý Nhân kiến nghị",
    )
    assert asked["10"].startswith("Tại kỳ họp này")
    assert not asked["500.000 đồng"].startswith("Ở Lý Nhân")


def test_last_year_and_this_year_are_written_as_the_years_they_are() -> None:
    from studyapp.core.generate import generate_deck

    deck = generate_deck(
        "Làng chuối đổi thay\n\nThứ Năm, 16/05/2024\n\nNăm ngoái, hợp tác xã xuất bán được "
        "khoảng 1.200 tấn quả. Năm nay, xã có thêm 35 hộ trồng chuối. Chị Hằng nói: “Năm nay "
        "giá chuối cao”, và hợp tác xã ký hợp đồng 80 tấn.\n".encode(),
        filename="t.txt",
    ).deck
    asked = {note.answer: note.question for note in deck.notes}
    assert asked["1.200"].startswith("Năm 2023, hợp tác xã")
    assert asked["35"].startswith("Năm 2024, xã có thêm")


def test_a_bare_anh_or_chi_after_a_time_is_given_its_name() -> None:
    asked = questions(
        "Người đầu tiên trồng chuối là anh Lê Văn Thắng. Năm 2011, anh vay 80 triệu đồng từ "
        "Ngân hàng Chính sách xã hội huyện. Anh em trong thôn góp 12 triệu đồng."
    )
    assert asked["80 triệu đồng"].startswith("Năm 2011, anh Lê Văn Thắng vay")
    assert asked["12 triệu đồng"].endswith(
        "anh em trong thôn góp bao nhiêu triệu đồng?"
    )  # no one's name: "anh em" are folk


def test_a_bare_xa_is_given_the_commune_the_paragraph_named() -> None:
    asked = questions(
        "Xã Tân Lễ là một trong những địa phương đi đầu. Năm 2023, xã chuyển đổi thêm 86 ha đất "
        "lúa. Xã có diện tích lớn nhất là xã Kim Đông với 3.200 ha."
    )
    assert asked["86"] == "Năm 2023, xã Tân Lễ chuyển đổi thêm bao nhiêu ha đất lúa?"
    assert "xã có diện tích lớn nhất là xã Kim Đông" in asked["3.200"]  # a kind, not Tân Lễ


def test_a_stem_does_not_end_on_a_voters_phan_anh() -> None:
    asked = questions(
        "Cử tri Nguyễn Văn Khải (thôn Đồng Lý, xã Nhân Thịnh) phản ánh: giá phân bón, thuốc "
        "bảo vệ thực vật hiện cao hơn nhiều so với cùng kỳ năm trước, trong khi giá lúa chỉ "
        "khoảng 7.500 đồng/kg, người trồng lúa gần như không có lãi. Năm 2023, huyện tiếp nhận "
        "57 phản ánh."
    )
    # Was "Cử tri Nguyễn Văn Khải (thôn nào, xã Nhân Thịnh) phản ánh?".
    assert not any(q.endswith("phản ánh?") and "Khải" in q for q in asked.values())
    assert asked["57"].endswith("bao nhiêu phản ánh?")  # a noun here


def test_a_communes_own_figure_in_a_districts_story_takes_the_commune() -> None:
    asked = questions(
        "Cánh đồng muối ven đê xã Hải Chính (huyện Hải Hậu) nay là đầm tôm. Kế hoạch của UBND "
        "huyện Hải Hậu được triển khai; ngân hàng chi nhánh Hải Hậu giải ngân vốn. Thu nhập "
        "bình quân đầu người của xã năm 2023 đạt 65,3 triệu đồng/người/năm.",
        title="Vợ chồng ông Thịnh hồi sinh cánh đồng muối",
    )
    # Was "Ở Hải Hậu, thu nhập bình quân đầu người của xã ...": which commune?
    assert asked["65,3 triệu đồng/người/năm"].startswith("Ở Hải Chính,")


def test_the_owner_of_what_is_told_is_named() -> None:
    asked = questions(
        "Ông Trần Văn Hòa ở thôn Vĩnh Trụ bắt đầu trồng chuối từ năm 2015. Đến nay, vườn của "
        "ông đã có 2.400 gốc chuối. Chủ tịch UBND xã Nguyễn Văn Nam cho biết, gia đình ông "
        "lãi 480 triệu đồng."
    )
    assert asked["2.400"].endswith("đến nay, vườn của ông Trần Văn Hòa đã có bao nhiêu gốc chuối?")


def test_an_index_out_of_a_hundred_and_a_movement_get_options_of_their_kind() -> None:
    notes = by_answer(
        notes_of(
            "Năm 2024, chỉ số PAR INDEX của thành phố đạt 89,46 điểm, tăng 5,2 điểm. Thành phố "
            "có 125,5 ha cây xanh. Ông Thịnh nói: “Tôi già rồi, giờ chỉ mong con cháu nối "
            "nghiệp”. Ông được khen trong phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi”."
        )
    )
    assert all(float(c.replace(",", ".")) <= 100 for c in notes["89,46"].choices)
    movement = notes["Nông dân thi đua sản xuất, kinh doanh giỏi"].choices
    assert not any("Tôi" in choice for choice in movement)  # a quote is no movement


def test_the_year_after_a_reviewed_one_is_not_asked() -> None:
    asked = questions(
        "Chiều 17-7, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2024 – 2025, "
        "triển khai nhiệm vụ năm học 2025 – 2026. Năm học 2024 – 2025, toàn tỉnh có 812 trường."
    )
    assert "2025 – 2026" not in asked  # "... tổng kết năm học 2024 – 2025, ... năm học nào?"


def test_a_stem_does_not_end_on_tri_gia_and_vu_is_no_name() -> None:
    asked = questions(
        "Công ty TNHH Dược phẩm Thành Nam trao tặng bệnh viện 2 xe cứu thương trị giá 1,8 tỷ "
        "đồng. Vụ Xuân năm 2025, toàn huyện gieo cấy 13.420 ha lúa.",
        title="Khánh thành bệnh viện huyện Ý Yên",
    )
    assert asked["2"].endswith("trao tặng bệnh viện bao nhiêu xe cứu thương?")


def test_a_targets_deadline_later_in_the_sentence_dates_nothing_before_it() -> None:
    asked = questions(
        "Huyện đã thành lập tổ công tác liên ngành theo Quyết định số 1865/QĐ-UBND ngày "
        "15/3/2024, phấn đấu đến hết tháng 9 năm 2024 hoàn thành rà soát hồ sơ cho 126 hộ."
    )
    # Was "Đến hết tháng 9 năm 2024, huyện đã thành lập ... Quyết định số nào ...?".
    assert asked["1865/QĐ-UBND"].startswith("Huyện đã thành lập")


def test_conventional_years_and_a_programmes_number_are_not_asked() -> None:
    asked = questions(
        "Giá trị sản xuất công nghiệp theo giá so sánh năm 2010 đạt 97.215 tỷ đồng. Doanh thu "
        "gấp 1,5 lần cùng kỳ năm 2024. UBND tỉnh tặng Bằng khen cho 15 tập thể trong thực hiện "
        "Chương trình 1719 giai đoạn 2021 – 2023."
    )
    assert "2010" not in asked and "2024" not in asked and "1719" not in asked


def test_a_count_out_of_a_whole_is_offered_no_more_than_the_whole() -> None:
    notes = by_answer(
        notes_of(
            "Tỉnh thu hút 36 dự án, 19 dự án trong nước và 17 dự án FDI. Trong 11 nhóm hàng hóa "
            "và dịch vụ chính, có 10 nhóm tăng giá."
        )
    )
    assert all(int(choice) <= 11 for choice in notes["10"].choices)  # was 17, 36, 19


def test_dan_toc_thieu_so_va_mien_nui_is_one_phrase() -> None:
    asked = questions(
        "Huyện Bát Xát có 22 xã, thị trấn, trong đó 21 xã thuộc vùng đồng bào dân tộc thiểu số "
        "và miền núi, với 15 dân tộc cùng sinh sống; đồng bào dân tộc thiểu số chiếm trên 86% "
        "dân số toàn huyện."
    )
    assert asked["21"].endswith("vùng đồng bào dân tộc thiểu số và miền núi?")


def test_a_villages_own_figure_takes_the_village() -> None:
    asked = questions(
        "Người dân thôn Đồng Tu, xã Tân Lễ, huyện Hưng Hà có 86 hộ trồng ớt. Theo Ban quản lý "
        "thôn, thu nhập từ cây ớt chiếm 42,7% tổng thu nhập của người dân trong thôn.",
        title="Cây ớt giúp nông dân Hưng Hà làm giàu",
    )
    # Was "Ở Hưng Hà, ... của người dân trong thôn?": which village?
    assert asked["42,7%"].startswith("Ở Đồng Tu,")


def test_a_list_of_results_gives_its_items_its_period() -> None:
    asked = questions(
        "Các kết quả nổi bật 6 tháng đầu năm 2025 gồm:\n\n- Giá trị sản xuất nông, lâm, thủy sản "
        "ước đạt 2.135 tỷ đồng, tăng 3,4% so với cùng kỳ;\n\n- Giải quyết việc làm mới cho 2.870 "
        "lao động."
    )
    # Were "Giá trị sản xuất ... ước đạt bao nhiêu tỷ đồng?", read as the whole year's.
    assert asked["2.135 tỷ đồng"].startswith("6 tháng đầu năm 2025, giá trị sản xuất")
    assert asked["2.870"].startswith("6 tháng đầu năm 2025,")
