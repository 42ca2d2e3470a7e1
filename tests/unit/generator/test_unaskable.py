"""Text that is no prose to ask from, and words that are no part of an answer."""

from __future__ import annotations

from studyapp.core.model import FactKind
from tests.unit.generator.helpers import answers, facts_of
from tests.unit.generator.test_cards import notes_of
from tests.unit.generator.test_stem_boundaries import all_questions


def test_text_in_capitals_and_table_rows_are_not_asked() -> None:
    asked = all_questions(
        "HUYỆN HẢI HÀ ĐẶT MỤC TIÊU ĐẾN HẾT NĂM 2025 CÓ THÊM 3 XÃ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU "
        "MẪU, 100% THÔN ĐẠT CHUẨN.\n\nChỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện "
        "9 tháng\n\nToàn huyện có 10 xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert asked == ["Toàn huyện có bao nhiêu xã đạt chuẩn nông thôn mới nâng cao?"]
    # A row flattened as its fields: "Kế hoạch: bao nhiêu phần trăm - Kết quả?" was asked.
    rows = all_questions(
        "Kết quả thực hiện các chỉ tiêu như sau:\n\nChỉ tiêu: Tỷ lệ hộ nghèo - Kế hoạch: dưới "
        "1,2% - Kết quả: 0,98% - Đánh giá: Đạt\n\nChỉ tiêu: Thu ngân sách - Kế hoạch: 850 tỷ "
        "đồng - Kết quả: 912 tỷ đồng - Đánh giá: Vượt"
    )
    assert not [q for q in rows if "Kế hoạch:" in q], rows
    # A row of short cells: "Phường Tân An – bao nhiêu tỷ đồng?" said not what was counted.
    cells = all_questions(
        "Kết quả thu ngân sách của các phường:\n\nPhường Tân An – 168,2 tỷ đồng – 121,4% dự "
        "toán\n\nPhường Xuân Khánh – 142,7 tỷ đồng – 115,9% dự toán"
    )
    assert not [q for q in cells if "–" in q], cells


def test_a_teachers_title_is_not_part_of_the_name() -> None:
    # The answer was "Thầy Trần Văn Lợi".
    found = answers("Thầy Trần Văn Lợi, Hiệu trưởng nhà trường cho biết.", FactKind.PERSON)
    assert found == ["Trần Văn Lợi"]
    # Nor is a specialist's degree after "Bác sĩ": the answer was "CKII Trần Đức Thắng".
    found = answers("Bác sĩ CKII Trần Đức Thắng, Trưởng khoa Ngoại cho biết.", FactKind.PERSON)
    assert found == ["Trần Đức Thắng"]


def test_names_with_an_apostrophe_are_read_whole() -> None:
    text = "Bà H'Hen Niê, Trưởng buôn Ea Hling, sống ở xã Cư Suê, huyện Cư M'gar."
    # "huyện Cư M" was the place and the apostrophe's rest went into the question.
    assert answers(text, FactKind.PLACE) == ["Cư Suê", "Cư M'gar"]
    assert answers(text, FactKind.PERSON) == ["H'Hen Niê"]


def test_range_ends_years_road_names_and_tiers_of_government_are_no_counts() -> None:
    text = (
        "Thu nhập của lao động tại Nhật Bản từ 28 - 35 triệu đồng/tháng, chiếm 30-40% tổng thu. "
        "Vụ chiêm xuân 2025 toàn tỉnh vẫn thắng lợi, đường Vành đai 4 đoạn qua tỉnh đã thông xe "
        "và chính quyền địa phương 2 cấp vận hành ổn định với 129 xã, phường; đất đai 864 hồ sơ."
    )
    # Were asked: "từ 28 - bao nhiêu triệu đồng/tháng?", "vụ chiêm xuân bao nhiêu toàn
    # tỉnh?", "đường Vành đai bao nhiêu đoạn?", "chính quyền địa phương bao nhiêu cấp?".
    # A range is asked whole (see test_ranges.py), never one end of it.
    found = answers(text, FactKind.COUNT) + answers(text, FactKind.MONEY)
    found += answers(text, FactKind.PERCENT)
    assert sorted(found) == ["129", "28 - 35 triệu đồng/tháng", "30-40%", "864"]


def test_a_place_asked_with_nothing_but_a_part_of_it_is_thin() -> None:
    asked = all_questions(
        "Phường Hoa Lư được thành lập trên cơ sở sắp xếp các phường Đông Thành, Tân Thành, "
        "Vân Giang; một phần phường Ninh Khánh."
    )
    # The ';' clause "một phần phường Ninh Khánh" gave "Một phần phường nào?".
    assert not any(question.startswith("Một phần") for question in asked)


def test_signed_changes_and_tab_separated_rows_are_not_asked() -> None:
    asked = all_questions(
        "Toàn tỉnh xảy ra 39 vụ tai nạn, tăng 2 người bị thương (+12,5%).\n\n"
        "Huyện Đức Hòa\t21\t298\t+45,4%"
    )
    # Were "... (+bao nhiêu phần trăm)?" and "Huyện Đức Hòa 21 298 +bao nhiêu phần trăm?".
    assert not any("+bao nhiêu" in question for question in asked)
    assert not any(question.startswith("Huyện Đức Hòa") for question in asked)


def test_one_per_unit_is_no_count_and_nguoi_co_cong_is_one_group() -> None:
    text = (
        "Lượng phân bón cho 1 ha gồm 90 kg đạm. Đến nay, 100% gia đình người có công có mức "
        "sống bằng hoặc cao hơn mức sống trung bình."
    )
    # Were "lượng phân bón cho bao nhiêu ha?" and "... bao nhiêu phần trăm gia đình người?".
    assert answers(text, FactKind.COUNT) == ["90"]
    assert (
        "Đến nay, bao nhiêu phần trăm gia đình người có công có mức sống bằng hoặc cao hơn mức "
        "sống trung bình?"
    ) in all_questions(text)


def test_a_cooperatives_name_is_not_cut_at_its_xa() -> None:
    asked = all_questions(
        "Ông Lý Văn Sềnh, Giám đốc Hợp tác xã Trà hoa vàng Quảng Long cho biết hợp tác xã có "
        "38 lao động."
    )
    # Was "Giám đốc Hợp tác xã Trà là ai?": "xã" read as a commune before the name "Trà".
    assert "Giám đốc Hợp tác xã Trà hoa vàng Quảng Long là ai?" in asked


def test_a_star_rating_is_no_count() -> None:
    asked = all_questions("Toàn tỉnh có 386 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.")
    # "Toàn tỉnh có bao nhiêu sao trở lên?" (3) was asked as well.
    assert asked == ["Toàn tỉnh có bao nhiêu sản phẩm đạt chuẩn OCOP từ 3 sao trở lên?"]


def test_terms_of_a_formula_and_voltage_classes_are_no_counts() -> None:
    text = (
        "Nhịp chính có sơ đồ 75 m + 120 m + 75 m, tĩnh không B x H = 100 m x 25 m. Lưới điện "
        "22 kV đấu nối từ trạm biến áp 110 kV. Cầu dài 1.240 m."
    )
    # Were "sơ đồ 75 m + bao nhiêu m?", "B x H = bao nhiêu m x?", "Lưới điện bao nhiêu kV?".
    assert answers(text, FactKind.COUNT) == ["1.240"]


def test_square_and_cubic_metres_are_counted_and_a_module_number_is_not() -> None:
    text = "Mô-đun 1 của nhà máy xử lý nước thải công suất 5.000 m3/ngày đêm, rộng 1.200 m2."
    # "5.000 m3" and "1.200 m2" were never asked (the unit holds a digit), and
    # "mô-đun bao nhiêu" was asked instead.
    assert answers(text, FactKind.COUNT) == ["5.000", "1.200"]


def test_a_table_row_flattened_with_spaces_is_not_asked() -> None:
    asked = all_questions(
        "Tiền sử dụng đất 2.000 2.104,6 105,2%\n\n"
        "Mất điện một phần thị trấn Diêm Điền (tổ dân phố số 5, 6, 9) từ 8h00 ngày 18/6/2025."
    )
    # Was "Tiền sử dụng đất 2.000 2.104,6 bao nhiêu phần trăm?": a cell under its header.
    assert not any(question.startswith("Tiền sử dụng đất") for question in asked)
    # A list of small numbers in prose is no table.
    assert any("tổ dân phố số" in question for question in asked)


def test_a_figure_inside_a_quoted_name_is_not_asked() -> None:
    asked = all_questions(
        "Năm 2022, 31 chi bộ đạt danh hiệu “Chi bộ 4 tốt”, 12 chi bộ được chọn làm điểm."
    )
    # Was "Năm 2022, 31 chi bộ đạt danh hiệu Chi bộ bao nhiêu tốt?".
    assert not any("bao nhiêu tốt" in question for question in asked)
    assert "Năm 2022, bao nhiêu chi bộ đạt danh hiệu “Chi bộ 4 tốt”?" in asked


def test_a_title_ends_before_the_verb_after_a_party_committees_place() -> None:
    text = (
        "Tuy nhiên, đồng chí Phan Văn Thắng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện "
        "ủy Krông Pắc thẳng thắn chỉ ra: nguồn cán bộ còn ít."
    )
    # Was "... Trưởng Ban Tổ chức Huyện ủy Krông Pắc thẳng thắn chỉ ra là ai?".
    assert all_questions(text) == [
        "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Krông Pắc là ai?"
    ]


def test_a_provinces_youth_union_is_no_place_and_two_ranked_people_are_two() -> None:
    text = (
        "Ban Chấp hành Tỉnh Đoàn Sông Trà tổ chức hội nghị; đồng chí Ksor H’Nhi, Bí thư Tỉnh "
        "Đoàn, báo cáo. Thượng tá Lò Thị Sáu và Trung tá Vũ Đình Phong trúng cử Phó Chủ tịch."
    )
    # "Đoàn" was a province: "Ở Đoàn, ..." prefixed every question.
    assert answers(text, FactKind.PLACE) == []
    # Was "Thượng tá Lò Thị Sáu và Trung tá là ai?".
    assert not any(" và Trung tá" in f.unit for f in facts_of(text, FactKind.PERSON))


def test_a_zero_amount_and_a_figure_in_a_quoted_campaign_name_are_not_asked() -> None:
    text = (
        "Công đoàn phát 30.000 phiếu mua hàng 0 đồng. Cuộc vận động “Xây dựng gia đình 5 "
        "không 3 sạch” có 91,6% hộ đạt tiêu chí."
    )
    assert answers(text, FactKind.MONEY) == []
    assert answers(text, FactKind.COUNT) == ["30.000"]


def test_a_village_elder_is_no_village_and_chi_is_no_part_of_a_name() -> None:
    text = (
        "Già làng Lò Văn Piềng, 76 tuổi, hiến 320 m2 đất. Chị Nguyễn Thị Hạnh, Chi hội trưởng "
        "phụ nữ xóm Gò Găng, chia sẻ."
    )
    # "Già làng nào ...?" was asked with the answer "Lò Văn Piềng".
    assert "Lò Văn Piềng" not in answers(text, FactKind.PLACE)
    # The answer was "Chị Nguyễn Thị Hạnh".
    assert answers(text, FactKind.PERSON) == ["Nguyễn Thị Hạnh"]


def test_names_that_each_repeat_their_level_are_a_list() -> None:
    asked = all_questions(
        "Thôn có 400 hộ, sinh sống tại 5 xóm: xóm Đình, xóm Chùa, xóm Giữa, xóm Trại, xóm Bến. "
        "Ông Đỗ Văn Lâm ở thôn Bích La, xã Triệu Đông, huyện Triệu Phong góp 65 triệu đồng."
    )
    # Each xóm of the list was asked in turn ("5 xóm: xóm nào, xóm Chùa, ...").
    assert not any("xóm nào" in question for question in asked)
    # An address's mixed levels are no list.
    assert any("xã nào" in question for question in asked)


def test_a_stem_does_not_end_on_gom() -> None:
    asked = all_questions(
        "Bí thư Huyện ủy trao Bằng khen cho 2 tập thể, 3 cá nhân, gồm:\n\n"
        "Các sản phẩm đạt 4 sao (từ 70 điểm trở lên) gồm:"
    )
    # Were "... cho 2 tập thể, bao nhiêu cá nhân, gồm?" and "... trở lên) gồm?".
    assert asked
    assert not any(question.endswith("gồm?") for question in asked)


def test_family_names_of_the_uplands_and_ha_start_a_name_after_a_title() -> None:
    text = "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Hà Minh Quân yêu cầu ngành Y tế tập trung."
    # "tỉnh Hà Minh Quân" was a province.
    assert answers(text, FactKind.PLACE) == []
    assert answers(text, FactKind.PERSON) == ["Hà Minh Quân"]


def test_a_second_person_in_a_title_run_gets_their_own_title() -> None:
    text = (
        "Tại huyện Vũ Thư, Bí thư Huyện ủy Nguyễn Thế Hùng cùng Đại tá Phạm Văn Kiên, Chỉ huy "
        "trưởng Bộ Chỉ huy Quân sự tỉnh dự và trao quà. Bà Đinh Thị Hoa, Trưởng phòng Tài "
        "chính – Kế hoạch giữ chức Ủy viên UBND huyện nhiệm kỳ 2021 – 2026."
    )
    # Was "Bí thư Huyện ủy Nguyễn Thế Hùng là ai?" (Phạm Văn Kiên) and "Trưởng phòng Tài
    # chính – Kế hoạch giữ chức Ủy viên UBND huyện nhiệm kỳ 2021 là ai?".
    assert [(f.answer, f.unit) for f in facts_of(text, FactKind.PERSON)] == [
        ("Nguyễn Thế Hùng", "Bí thư Huyện ủy"),
        ("Phạm Văn Kiên", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
        ("Đinh Thị Hoa", "Trưởng phòng Tài chính – Kế hoạch"),
    ]


def test_lam_dong_is_one_place_and_a_district_named_before_a_person_is_theirs() -> None:
    text = "Lễ hội năm nay do UBND tỉnh Lâm Đồng chủ trì."
    # "Đồng" was cut as if it began "Đồng chí": "UBND tỉnh nào Đồng chủ trì?" (Lâm).
    assert answers(text, FactKind.PLACE) == ["Lâm Đồng"]
    asked = all_questions(
        "Huyện Vũ Thư giao 246 tân binh; huyện Vũ Thư có 9 đảng viên; huyện Vũ Thư có 27 cử "
        "nhân. Tại huyện Kiến Xương, TS. Ngô Quang Huy, Phó Chủ tịch UBND huyện, tiễn 267 tân "
        "binh lên đường."
    )
    # The person's district was the article's most named one, not the sentence's.
    assert "Phó Chủ tịch UBND huyện Kiến Xương là ai?" in asked


def test_xay_ra_ends_a_counted_noun() -> None:
    assert answers("7 vụ tai nạn giao thông xảy ra trong dịp Tết.", FactKind.COUNT) == ["7"]
    fact = facts_of("Có 7 vụ tai nạn giao thông xảy ra trong dịp Tết.", FactKind.COUNT)[0]
    assert fact.unit == "vụ tai nạn giao thông"


def test_a_count_of_places_named_right_after_it_is_not_asked() -> None:
    text = (
        "Riêng 3 huyện Đam Rông, Lạc Dương, Đơn Dương được ưu tiên phân bổ 5.400 suất quà. "
        "Ông K'Brăk ở thôn Liêng Trang 2, xã Đạ Tông nhận nhà mới."
    )
    # Was "Riêng bao nhiêu huyện Đam Rông?": the three names answer it.
    assert not any("bao nhiêu huyện" in question for question in all_questions(text))
    # Was "ở thôn nào 2, xã Đạ Tông?": a hamlet's number is part of its name.
    assert "Liêng Trang 2" in answers(text, FactKind.PLACE)


def test_a_place_first_named_deep_in_a_province_wide_report_is_not_its_scene() -> None:
    asked = all_questions(
        "Năm 2024, toàn tỉnh đào tạo nghề cho 21.460 người.\n\nCác cơ sở đã mở 628 lớp.\n\n"
        "Ở huyện miền núi Ba Tơ, 32 lớp nghề đã được mở cho 960 học viên.\n\nChị Blơn ở "
        "huyện Ba Tơ có việc làm.\n\nCòn khoảng 26% học viên chưa có việc làm ổn định."
    )
    # Every question began "Ở Ba Tơ, ..." though the figures are the province's.
    assert not any(question.startswith("Ở Ba Tơ") for question in asked)


def test_a_figure_inside_a_quoted_programme_name_of_ten_words_is_not_asked() -> None:
    asked = all_questions(
        "Chương trình “Mỗi đoàn viên hướng dẫn 10 hộ dân dùng dịch vụ công” đã giúp hơn "
        "11.200 người dân tạo tài khoản."
    )
    # Was "Chương trình Mỗi đoàn viên hướng dẫn bao nhiêu hộ dân dùng dịch vụ công?".
    assert not any("hướng dẫn bao nhiêu" in question for question in asked)


def test_a_specialists_grade_is_no_name_and_a_bare_head_is_no_title() -> None:
    text = (
        "Theo Bác sĩ chuyên khoa II Lê Đình Nam, Giám đốc Trung tâm Y tế huyện, năm 2023 "
        "đơn vị khám cho 186.240 lượt người. Bà Nguyễn Thị Thu Hiền, Trạm trưởng, cho biết."
    )
    # Were "II Lê Đình Nam" and "Trạm trưởng là ai?".
    assert answers(text, FactKind.PERSON) == ["Lê Đình Nam"]


def test_a_party_committee_names_its_district_but_not_after_a_title() -> None:
    text = (
        "Ban Thường vụ Huyện ủy Ý Yên tổ chức hội nghị. Huyện ủy Ý Yên có 7 xã đạt chuẩn. "
        "Phát biểu chỉ đạo, Phó Bí thư Tỉnh ủy Y Thông Byă đề nghị năm 2024 hoàn thành."
    )
    # The district was found nowhere, so no question said where; the Deputy Secretary
    # was asked as "Phó Bí thư Tỉnh ủy nào?".
    assert answers(text, FactKind.PLACE) == ["Ý Yên", "Ý Yên"]


def test_paired_units_are_one_counted_group_and_an_age_bound_is_not_asked() -> None:
    asked = all_questions(
        "Toàn huyện có 25 xã, thị trấn với 587 cán bộ, công chức cấp xã. Đầu nhiệm kỳ, cán "
        "bộ dưới 35 tuổi chỉ chiếm 16,2%."
    )
    # Were "... có bao nhiêu xã?" (25 counts communes and towns) and "cán bộ dưới bao
    # nhiêu tuổi chỉ?".
    assert any(question.endswith("bao nhiêu xã, thị trấn?") for question in asked)
    assert not any("bao nhiêu tuổi" in question for question in asked)


def test_a_project_board_keeps_du_an_and_an_age_from_which_is_no_finding() -> None:
    text = (
        "Ông Trương Văn Tiến, Giám đốc Ban Quản lý dự án, cho biết. Toàn huyện có 6.870 người "
        "từ 60 tuổi trở lên."
    )
    # Were "Giám đốc Ban Quản lý là ai?" ("dự" read as "attend") and "... người từ bao
    # nhiêu tuổi trở lên?".
    assert [f.unit for f in facts_of(text, FactKind.PERSON)] == ["Giám đốc Ban Quản lý dự án"]
    assert not any("bao nhiêu tuổi" in question for question in all_questions(text))


def test_a_road_code_is_no_district_and_a_name_after_a_title_is_no_place() -> None:
    text = "Dự án nâng cấp đường huyện ĐH.34B đoạn từ xã Ngũ Hùng đến xã Tứ Cường."
    # Was "đường huyện nào.34B" with the answer "ĐH".
    assert "ĐH" not in answers(text, FactKind.PLACE)
    asked = all_questions(
        "Huyện Lạng Giang có 23 xã. Cùng dự có Chủ tịch UBND huyện Trần Quốc Bảo; đồng chí "
        "Dương Văn Lực, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy."
    )
    # The committee's district was taken from "huyện Trần Quốc Bảo", a person's name.
    assert not any("Huyện ủy Trần Quốc Bảo" in question for question in asked)


def test_a_place_ending_a_companys_name_is_not_asked() -> None:
    asked = [
        n.answer
        for n in notes_of(
            "Chợ nằm tại phường Phú Thứ, quận Cái Răng. Chủ đầu tư là Công ty Cổ phần Đầu tư "
            "Thương mại Phú Thứ, được UBND thành phố Cần Thơ chấp thuận chủ trương đầu tư. "
            "Công ty đặt nhà máy ở Phú Thứ với 300 công nhân."
        )
    ]
    # "Công ty Cổ phần Đầu tư Thương mại phường nào": the company's name, not a ward.
    assert asked.count("Phú Thứ") == 2


def test_a_campaigns_year_after_its_quoted_name_is_not_asked() -> None:
    asked = all_questions(
        "Trong đợt cao điểm “Vì người nghèo” năm 2024 (từ ngày 17/10 đến ngày 18/11), Ủy ban "
        "MTTQ huyện Vĩnh Thạnh vận động được 2,1 tỷ đồng."
    )
    assert not [q for q in asked if "năm nào" in q]
    assert any("bao nhiêu tỷ đồng" in q for q in asked)
