"""The eighth round of unseen articles: markets, disasters, industry, sport, festivals."""

from __future__ import annotations

from studyapp.core.generate import generate_deck
from studyapp.core.model import FactKind
from tests.unit.generator.helpers import answers
from tests.unit.generator.test_ranges import all_notes
from tests.unit.generator.test_stem_boundaries import all_questions


def test_a_size_after_the_counted_noun_is_another_figure() -> None:
    asked = all_questions(
        "Năm 2024, huyện Tân Yên đầu tư 9 xe ép rác chuyên dụng loại 7 tấn và lắp đặt 15 trạm "
        "cấp nước di động công suất 10 m³/giờ cho các xã ven sông."
    )
    # Were "... bao nhiêu xe ép rác chuyên dụng loại?" and "... trạm cấp nước di động công suất?".
    assert "Năm 2024, huyện Tân Yên đầu tư bao nhiêu xe ép rác chuyên dụng?" in asked
    assert not any(q.endswith(("loại?", "công suất?")) for q in asked)


def test_one_word_joined_by_va_is_not_cut_off() -> None:
    asked = all_questions(
        "Hiện toàn tỉnh có 1.140 trang trại chăn nuôi quy mô vừa và lớn, chiếm khoảng 35% tổng "
        "sản lượng thịt hơi."
    )
    # Was "... bao nhiêu trang trại chăn nuôi quy mô vừa?": the large farms were lost.
    assert "Hiện toàn tỉnh có bao nhiêu trang trại chăn nuôi quy mô vừa và lớn?" in asked


def test_a_rate_per_day_and_night_is_one_unit() -> None:
    asked = all_questions(
        "Nhà máy nước Ô Môn có công suất 20.000 m3/ngày.đêm, thường xuyên phải hoạt động vượt "
        "công suất 15% vào mùa khô."
    )
    assert "Nhà máy nước Ô Môn có công suất bao nhiêu m3/ngày.đêm?" in asked


def test_the_size_of_a_unit_of_land_is_not_asked() -> None:
    asked = all_questions("Với giá này, mỗi sào (360 m2) lúa Tám xoan cho lãi 1,2 triệu đồng.")
    # "mỗi sào (bao nhiêu m2)?" is the same in every article of the north.
    assert asked == ["Với giá này, mỗi sào (360 m2) lúa Tám xoan cho lãi bao nhiêu triệu đồng?"]


def test_a_round_ups_next_place_opens_its_own_question() -> None:
    asked = all_questions(
        "Tại thị trấn Vĩnh Trụ, Đảng ủy kiểm tra 3 chi bộ; còn ở xã Nhân Hưng, UBKT Đảng ủy "
        "giám sát việc thu, chi quỹ với 640 triệu đồng, trong khi xã Chính Lý tập trung giám "
        "sát 12 bí thư chi bộ các thôn. Tại thị trấn Cờ Đỏ, Đảng ủy chậm giải quyết 4 đơn tố "
        "cáo, trong khi xã Thới Đông để Công ty Phú An thi công chậm tiến độ 8 tháng."
    )
    # Were "Còn ở xã nào, ..." and "..., trong khi xã Thới Đông?".
    assert "Ở xã nào, UBKT Đảng ủy giám sát việc thu, chi quỹ với 640 triệu đồng?" in asked
    assert "Tại thị trấn nào, Đảng ủy chậm giải quyết 4 đơn tố cáo?" in asked
    assert not any(q.startswith(("Còn", "Trong khi")) for q in asked)


def test_each_item_of_a_casualty_list_keeps_its_own_predicate() -> None:
    asked = all_questions(
        "Bão đã làm 4 người chết, 152 người bị thương và 67.420 ngôi nhà bị hư hỏng. Sạt lở "
        "làm 5 người mất tích và 2 người bị thương."
    )
    # Was "Bão đã làm bao nhiêu người chết bị thương?".
    assert "Bão đã làm bao nhiêu người chết?" in asked
    assert "Sạt lở làm bao nhiêu người mất tích?" in asked


def test_a_figure_rounded_in_the_lead_is_not_offered_against_the_exact_one() -> None:
    notes = all_notes(
        "Bão đã làm hơn 1.800 ngôi nhà bị tốc mái. Theo thống kê, bão đã làm 1.846 ngôi nhà bị "
        "tốc mái, 2.000 cây xanh bị đổ. Tỉnh đã phân bổ hơn 265 tỷ đồng. Quyết định phân bổ "
        "265,4 tỷ đồng từ ngân sách tỉnh."
    )
    options = {note.answer: note.choices for note in notes}
    assert "1.800" not in options["1.846"] and "1.846" not in options["1.800"]
    assert "265 tỷ đồng" not in options["265,4 tỷ đồng"]
    assert "2.000" in options["1.846"]  # a round figure 8 % away is another count


def test_compared_years_and_years_in_numbered_event_names_are_not_asked() -> None:
    text = (
        "Số người tham gia tăng 4.187 người so với cuối năm 2023. Huyện Hải Hậu tăng 3 bậc so "
        "với kỳ Đại hội lần thứ VIII năm 2020. Tỉnh chuẩn bị tham dự Đại hội Thể dục thể thao "
        "toàn quốc lần thứ X năm 2026."
    )
    assert answers(text, FactKind.DATE) == []


def test_a_paragraph_about_the_province_keeps_its_figures_there() -> None:
    asked = all_questions(
        "Huyện Lục Ngạn có 15.100 ha vải.\n\nNăm 2024, toàn tỉnh Bắc Giang có 29.860 ha vải "
        "thiều. Diện tích vải sản xuất theo tiêu chuẩn VietGAP là 16.500 ha.\n\nGiá gạo xuất "
        "khẩu của Việt Nam hiện ở mức 570 USD/tấn."
    )
    # Were "Ở Lục Ngạn, ..." for a figure larger than the district's whole area.
    assert (
        "Năm 2024, ở Bắc Giang, diện tích vải sản xuất theo tiêu chuẩn VietGAP là bao "
        "nhiêu ha?" in asked
    )
    assert "Giá gạo xuất khẩu của Việt Nam hiện ở mức bao nhiêu USD/tấn?" in asked


def test_a_grade_of_rice_is_no_share_and_a_cut_year_does_not_dangle() -> None:
    asked = all_questions(
        "Giá gạo 5% tấm hiện ở mức 570 USD/tấn. Tỷ lệ doanh nghiệp phải trả chi phí không chính "
        "thức giảm từ 48,2% năm 2022 xuống còn 36,5% năm 2023."
    )
    assert not any("phần trăm tấm" in q for q in asked)
    assert not any(q.endswith(" năm?") for q in asked)


def test_a_bare_dong_chi_is_the_person_this_paragraph_named() -> None:
    asked = all_questions(
        "Báo cáo tại hội nghị, đồng chí Phạm Thị Lan, Chủ nhiệm UBKT Huyện ủy cho biết kết "
        "quả.\n\nPhát biểu chỉ đạo hội nghị, đồng chí Trần Văn Hùng ghi nhận kết quả đạt được. "
        "Đồng chí đề nghị các cấp ủy thực hiện nghiêm Quy định số 22-QĐ/TW của Ban Chấp hành "
        "Trung ương."
    )
    # Was "Đồng chí Phạm Thị Lan đề nghị ...": the titled person of the paragraph before.
    assert (
        "Đồng chí Trần Văn Hùng đề nghị các cấp ủy thực hiện nghiêm Quy định số nào của "
        "Ban Chấp hành Trung ương?" in asked
    )


def test_a_question_inside_someones_words_keeps_their_quotation_marks() -> None:
    asked = all_questions(
        "Ông Trần Văn Hưng, xã Quỳnh Hoa cho biết: “Nhà tôi cấy 1,2 mẫu giống Thiên ưu 8, năm "
        "nay được 2,9 tạ/sào, thương lái mua với giá 7.400 đồng/kg lúa tươi”."
    )
    # Was "... cho biết: Nhà tôi cấy bao nhiêu mẫu ...?": the farmer's "tôi" read as the
    # question's.
    assert (
        "Ông Trần Văn Hưng, xã Quỳnh Hoa cho biết: “Nhà tôi cấy bao nhiêu mẫu giống "
        "Thiên ưu 8”?" in asked
    )


def test_a_quoted_name_is_kept_whole() -> None:
    asked = all_questions(
        "Thực hiện Quyết định số 2345/QĐ-UBND của UBND tỉnh phê duyệt Đề án “Phát triển thị "
        "trường lao động tỉnh Hưng Yên giai đoạn 2024 – 2030”, Trung tâm đã ký kết hợp tác "
        "với 45 doanh nghiệp."
    )
    # The name was cut to "“Phát triển thị trường lao động …”".
    assert all("…" not in question for question in asked)
    assert any("giai đoạn 2024 – 2030”, Trung tâm đã ký kết" in q for q in asked)


def test_a_later_clause_borrows_the_subject_of_the_first() -> None:
    asked = all_questions(
        "Năm 2024, các cơ quan hành chính các cấp tiếp 3.208 lượt công dân; giải quyết 318/339 "
        "vụ việc thuộc thẩm quyền, đạt 93,8%. Về phòng, chống tham nhũng, đã kê khai tài sản "
        "của 4.127 người; xác minh tài sản, thu nhập của 42 người."
    )
    # Were "Năm 2024, giải quyết 318/339 vụ việc ..., đạt bao nhiêu phần trăm?" and
    # "Về phòng, chống tham nhũng xác minh ...".
    assert (
        "Năm 2024, các cơ quan hành chính các cấp giải quyết 318/339 vụ việc thuộc thẩm "
        "quyền, đạt bao nhiêu phần trăm?" in asked
    )
    assert (
        "Năm 2024, về phòng, chống tham nhũng, xác minh tài sản, thu nhập của bao nhiêu "
        "người?" in asked
    )


def test_a_month_after_trong_is_asked_as_which_month() -> None:
    asked = all_questions("Lãnh đạo huyện yêu cầu chi trả cho bà L trong tháng 7/2024.")
    assert asked == ["Lãnh đạo huyện yêu cầu chi trả cho bà L trong tháng nào?"]


def test_a_threshold_that_says_what_is_counted_stays_in_the_question() -> None:
    asked = all_questions(
        "Đáng chú ý, có 3 dự án có vốn đăng ký trên 50 triệu USD, trong đó lớn nhất là dự án "
        "Fukang. Toàn tỉnh có 5.842 tàu cá, trong đó 3.126 tàu có chiều dài từ 15 m trở lên. "
        "Huyện tặng 1.692 suất quà với tổng trị giá trên 1,1 tỷ đồng. Cơn bão đổ bộ với sức "
        "gió mạnh cấp 10, giật cấp 12 đã làm 2 người bị thương."
    )
    # Were "Có bao nhiêu dự án?" (3 of 421) and "... trong đó bao nhiêu tàu?".
    assert any(q.startswith("Có bao nhiêu dự án có vốn đăng ký trên 50 triệu USD") for q in asked)
    assert "Toàn tỉnh có 5.842 tàu cá, trong đó bao nhiêu tàu có chiều dài từ 15 m trở lên?" in (
        asked
    )
    # A total beside the count is no threshold: the question stops before it.
    assert "Huyện tặng bao nhiêu suất quà?" in asked
    # Was "Giật cấp 12 đã làm bao nhiêu người bị thương?".
    assert not any(question.startswith("Giật") for question in asked)


def test_lunar_days_and_old_years_are_asked_but_not_a_calendar_conversion() -> None:
    asked = all_questions(
        "Lễ hội Phủ Dày diễn ra từ mùng 2 đến mùng 8 tháng 3 âm lịch. Ngày giỗ tổ được tổ chức "
        "vào ngày mùng 10 tháng Ba hằng năm. Chùa được khởi dựng năm 1061 dưới triều vua Lý "
        "Thánh Tông. Sáng 14/2 (tức mùng 5 tháng Giêng năm Giáp Thìn), tỉnh khai mạc lễ hội. "
        "Đêm 14 rạng sáng ngày 15 tháng Giêng, lễ khai ấn diễn ra."
    )
    assert "Lễ hội Phủ Dày diễn ra từ mùng 2 đến ngày nào âm lịch?" in asked
    assert "Ngày giỗ tổ được tổ chức vào ngày nào âm lịch hằng năm?" in asked
    assert "Chùa được khởi dựng năm nào dưới triều vua Lý Thánh Tông?" in asked
    # The lunar name of a solar date is a conversion; "Đêm 14" is no count of nights.
    assert not any("tức ngày nào" in q or "bao nhiêu rạng" in q for q in asked)


def test_a_list_of_nouns_counted_together_stays_whole() -> None:
    asked = all_questions(
        "Năm học 2023 – 2024 toàn ngành có 17.432 cán bộ quản lý, giáo viên và nhân viên, trong "
        "đó 14.215 giáo viên trực tiếp đứng lớp. Các nhà thầu đã huy động trên 350 cán bộ, kỹ "
        "sư, công nhân cùng 120 máy móc. Huyện xây mới 47 nhà và sửa chữa 62 nhà. Thành phố "
        "có diện tích 6.360,83 km2 và quy mô dân số 1,25 triệu người."
    )
    # Were "bao nhiêu cán bộ quản lý?" and "bao nhiêu cán bộ?": the total of the list.
    assert (
        "Năm học 2023 – 2024 toàn ngành có bao nhiêu cán bộ quản lý, giáo viên và nhân "
        "viên?" in asked
    )
    assert "Các nhà thầu đã huy động trên bao nhiêu cán bộ, kỹ sư, công nhân?" in asked
    # Not a verb's clause, nor a unit's.
    assert "Huyện xây mới bao nhiêu nhà?" in asked
    assert "Thành phố có diện tích bao nhiêu km2?" in asked


def test_an_age_bound_after_the_counted_noun_stays() -> None:
    asked = all_questions(
        "Hiện thành phố có 159.400 người từ 60 tuổi trở lên, chiếm 12,7% dân số. Toàn huyện có "
        "31.200 người cao tuổi, trong đó 4.120 người từ 80 tuổi trở lên."
    )
    # Was "Hiện thành phố có bao nhiêu người?", whose answer is no population.
    assert "Hiện thành phố có bao nhiêu người từ 60 tuổi trở lên?" in asked
    assert any(q.endswith("trong đó bao nhiêu người từ 80 tuổi trở lên?") for q in asked)


def test_the_elected_are_asked_and_titles_name_their_body_and_province() -> None:
    notes = all_notes(
        "Đồng chí Nguyễn Văn Khiêm tái đắc cử Bí thư Đảng ủy xã với 100% số phiếu. Đồng chí "
        "Trần Văn Lợi tiếp tục được tín nhiệm giữ chức Chủ tịch Hội Nông dân huyện. Đồng chí "
        "Phạm Minh Hoàng là Phó Bí thư, Chủ tịch UBND xã."
    )
    people = {note.answer: note.question for note in notes if note.kind is FactKind.PERSON}
    assert set(people) == {"Nguyễn Văn Khiêm", "Trần Văn Lợi", "Phạm Minh Hoàng"}
    deck = generate_deck(
        "BÁO NAM ĐỊNH ĐIỆN TỬ\n\nKhai ấn Đền Trần\n\nDự lễ có đồng chí Lê Thị Thu Hằng, Phó "
        "Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Lễ hội. Lễ hội thu hút 95.000 lượt khách "
        "tại thành phố Nam Định.\n".encode(),
        filename="t.txt",
    ).deck
    # The paper names the province its city shares a name with; the body takes it.
    assert "Phó Chủ tịch UBND tỉnh Nam Định, Trưởng Ban Tổ chức Lễ hội là ai?" in [
        note.question for note in deck.notes
    ]


def test_options_are_padded_like_the_answer_and_never_an_unasked_figure() -> None:
    notes = all_notes(
        "Ngày 10/9/2024, Chủ tịch UBND tỉnh ban hành Công điện số 12/CĐ-UBND. Theo Nghị định số "
        "100/2019/NĐ-CP, mức phạt tăng. Ông Bùi Văn Thành, 67 tuổi, cho biết cầu có 4 làn xe."
    )
    options = [option for note in notes for option in note.choices]
    assert not any(option.startswith(("09/", "099")) for option in options)
    lanes = next(note for note in notes if note.answer == "4")
    assert "67" not in lanes.choices


def test_an_interviews_first_person_answers_are_asked_in_reported_speech() -> None:
    deck = generate_deck(
        "Giảm nghèo bền vững ở Thái Bình\n\nPV phỏng vấn ông Phạm Văn Hưng, Giám đốc Sở Lao "
        "động – Thương binh và Xã hội tỉnh.\n\nPV: Năm 2025, ngành sẽ tập trung vào những "
        "nhiệm vụ gì?\n\nÔng Phạm Văn Hưng: Chúng tôi đặt mục tiêu giảm tỷ lệ hộ nghèo xuống "
        "dưới 0,6%.\n\nPV: Xin cảm ơn ông!\n".encode(),
        filename="t.txt",
    ).deck
    questions = [note.question for note in deck.notes]
    # The sentence was dropped: no cut of it named who "chúng tôi" are.
    assert (
        "Theo ông Phạm Văn Hưng, Sở Lao động – Thương binh và Xã hội tỉnh đặt mục tiêu giảm tỷ "
        "lệ hộ nghèo xuống dưới bao nhiêu phần trăm?"
    ) in questions


def test_a_drivers_initial_before_his_birth_year_ends_no_sentence_nor_is_his_home_asked() -> None:
    asked = all_questions(
        "Ngày 14/4/2024, Công an huyện Quỳnh Phụ xử phạt tài xế Bùi Văn Tr. (SN 1979, trú tại xã "
        "An Ninh, huyện Quỳnh Phụ) 35 triệu đồng do vi phạm nồng độ cồn.\n\n[Hình] Lực lượng "
        "CSGT kiểm tra nồng độ cồn tại quận Bình Thủy."
    )
    # Were "(SN 1979, trú tại xã nào, huyện Quỳnh Phụ) 35 triệu đồng?" and "[Hình] ...".
    assert not any(q.startswith(("(", "[")) or "trú tại xã nào" in q for q in asked)
    assert any(q.endswith("bao nhiêu triệu đồng do vi phạm nồng độ cồn?") for q in asked)


def test_items_of_a_list_of_targets_say_they_are_targets() -> None:
    deck = generate_deck(
        "Đại hội Hội LHPN quận Ninh Kiều\n\nTrong 5 năm, các cấp hội giới thiệu 215 hội viên ưu "
        "tú cho Đảng xem xét kết nạp.\n\nĐại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ "
        "2021-2026:\n\n- Phát triển mới 3.500 hội viên.\n\n- Giới thiệu 250 hội viên ưu tú cho "
        "Đảng xem xét kết nạp.\n\nMột số chỉ tiêu chăn nuôi 7 tháng năm 2024:\n\n- Tổng đàn "
        "lợn: 248.600 con.\n".encode(),
        filename="t.txt",
    ).deck
    questions = [note.question for note in deck.notes]
    # Was "Giới thiệu bao nhiêu hội viên ưu tú ...?", with the real 215 among the options.
    assert (
        "Theo mục tiêu nhiệm kỳ 2021-2026, giới thiệu bao nhiêu hội viên ưu tú cho Đảng xem xét "
        "kết nạp?"
    ) in questions
    # Indicators measured are no targets.
    assert not any("mục tiêu" in q and "lợn" in q for q in questions)


def test_delegates_not_the_guests_before_them_represent_the_members() -> None:
    asked = all_questions(
        "Dự đại hội có đồng chí Đinh Thị Thu Hằng, Bí thư Huyện ủy Lý Nhân cùng 145 đại biểu "
        "đại diện cho 412 đảng viên trong toàn Đảng bộ."
    )
    assert "145 đại biểu đại diện cho bao nhiêu đảng viên trong toàn Đảng bộ?" in asked


def test_pairs_named_as_one_are_not_cut_and_titles_keep_their_body() -> None:
    asked = all_questions(
        "Qua kiểm tra đã phát hiện 31 tổ chức, cá nhân vi phạm pháp luật về bảo vệ môi trường, "
        "xử phạt tổng số tiền 2,146 tỷ đồng. 100% công dân có sức khỏe loại 1, 2, 3, trong đó "
        "loại 1 chiếm 28,4%. Thượng tá Bùi Văn Lợi, Chính ủy Bộ Chỉ huy Quân sự tỉnh bày tỏ "
        "niềm vinh dự. Thượng tá Phạm Văn Hùng, Trưởng phòng Cảnh sát điều tra tội phạm về ma "
        "túy Công an tỉnh Hà Nam cho biết, năm nay bắt 112 vụ."
    )
    # Were "bao nhiêu tổ chức?", "... loại 1?" (100%: wrong), "Chính ủy Bộ Chỉ là ai?".
    assert (
        "Qua kiểm tra đã phát hiện bao nhiêu tổ chức, cá nhân vi phạm pháp luật về bảo vệ "
        "môi trường?" in asked
    )
    assert "Bao nhiêu phần trăm công dân có sức khỏe loại 1, 2, 3?" in asked
    assert any(q.startswith("Chính ủy Bộ Chỉ huy Quân sự tỉnh") for q in asked)
    assert any(
        q.startswith("Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Hà Nam")
        for q in asked
    )


def test_a_timelines_label_becomes_the_questions_time() -> None:
    asked = all_questions(
        "Năm 1950: Thực hiện chủ trương của Tỉnh ủy, Đảng bộ huyện lãnh đạo nhân dân xây dựng 26 "
        "làng kháng chiến.\n\nNăm 1965 – 1972: Trong cuộc kháng chiến chống Mỹ, Thanh Liêm có "
        "hơn 12.000 người con lên đường nhập ngũ."
    )
    # Were "Năm nào: Thực hiện ...?" and "Năm giai đoạn nào: Trong cuộc ...?".
    assert (
        "Năm nào, thực hiện chủ trương của Tỉnh ủy, Đảng bộ huyện lãnh đạo nhân dân xây "
        "dựng 26 làng kháng chiến?" in asked
    )
    assert any(q.startswith("Giai đoạn nào, trong cuộc kháng chiến chống Mỹ") for q in asked)


def test_a_national_documents_number_and_date_take_no_local_place() -> None:
    asked = all_questions(
        "Huyện Lý Nhân có 25 xã. Huyện Lý Nhân đạt 19 tiêu chí.\n\nThực hiện Quy định số "
        "69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, huyện đã kỷ luật 12 "
        "đảng viên."
    )
    # Was "Ở Lý Nhân, thực hiện Quy định số nào ... của Bộ Chính trị?".
    assert any(q.startswith("Thực hiện Quy định số nào ngày 6/7/2022") for q in asked)
    assert any(q.startswith("Ở Lý Nhân") and "12" not in q for q in asked)


def test_more_connectives_do_not_open_a_stem() -> None:
    asked = all_questions(
        "Trước thực trạng trên, ngày 26-9, Đoàn kiểm tra liên ngành đã kiểm tra đột xuất 14 cơ sở "
        "sản xuất. Ngược lại, 9 chủ đầu tư có tỷ lệ giải ngân dưới 20%."
    )
    assert not any(q.startswith(("Trước thực trạng", "Ngược lại")) for q in asked)


def test_a_legal_band_is_one_range_and_am_lich_is_not_said_twice() -> None:
    asked = all_questions(
        "Công ty bị xử phạt do xả nước thải vượt quy chuẩn kỹ thuật từ 3 đến dưới 5 lần. Lễ hội "
        "Tịch điền được tổ chức vào ngày mùng 7 tháng Giêng âm lịch hằng năm."
    )
    # Were "từ 3 đến dưới bao nhiêu lần?" and "vào ngày nào âm lịch âm lịch ...".
    assert (
        "Công ty bị xử phạt do xả nước thải vượt quy chuẩn kỹ thuật từ bao nhiêu đến dưới "
        "bao nhiêu lần?" in asked
    )
    assert "Lễ hội Tịch điền được tổ chức vào ngày nào âm lịch hằng năm?" in asked
