"""Defects the fifteenth review round found."""

from __future__ import annotations

from studyapp.core.cards.districts import DISTRICTS_OF
from studyapp.core.generate import generate_deck
from studyapp.core.model import NoteDraft
from tests.unit.generator.test_stem_shapes import questions


def _notes(text: str) -> list[NoteDraft]:
    return list(generate_deck(text.encode(), filename="a.txt").deck.notes)


def _asked(text: str) -> dict[str, str]:
    return {note.answer: note.question for note in _notes(text)}


_DASH_INTERVIEW = """Chuyển đổi số: Người dân là trung tâm

Năm 2024, tỉnh Nghệ An đẩy mạnh chuyển đổi số. Phóng viên Báo Nghệ An đã có cuộc trao \
đổi với ông Trần Văn Minh, Giám đốc Sở Thông tin và Truyền thông tỉnh Nghệ An.

- Thưa ông, xin ông cho biết kết quả nổi bật của chuyển đổi số năm 2024?

- Năm 2024, chúng tôi đã đưa 1.250 dịch vụ công trực tuyến toàn trình lên Cổng dịch vụ \
công của tỉnh. Sở đã phối hợp với các huyện tổ chức 460 lớp tập huấn kỹ năng số.

- Những khó khăn mà ngành đang gặp phải là gì, thưa ông?

- Chúng tôi đang đề xuất tỉnh bố trí 45 tỷ đồng để xóa vùng lõm sóng.

- Xin cảm ơn ông!
"""


def test_an_interview_with_dashes_asks_its_answers_in_reported_speech() -> None:
    asked = _asked(_DASH_INTERVIEW)
    # "chúng tôi" was never asked: the questions carry no "PV:" label.
    assert asked["1.250"].startswith("Theo ông Trần Văn Minh, năm 2024, Sở Thông tin và")
    assert asked["45 tỷ đồng"].startswith(
        "Theo ông Trần Văn Minh, Sở Thông tin và Truyền thông tỉnh Nghệ An đang đề xuất"
    )
    # A bare "Sở" in his answer is his department.
    assert "Sở Thông tin và Truyền thông tỉnh Nghệ An đã phối hợp" in asked["460"]


def test_questions_ending_in_a_question_mark_alone_make_no_interview() -> None:
    text = _DASH_INTERVIEW.replace("Thưa ông, xin ông cho biết", "Đâu là").replace(
        ", thưa ông?", "?"
    )
    # Nobody is addressed: rhetorical questions, and "chúng tôi" has no speaker.
    assert "1.250" not in _asked(text)


def test_an_answer_labelled_with_its_speaker_names_him_without_a_lead() -> None:
    asked = _asked(
        "Chuyển đổi số\n\nNăm 2024 tỉnh đạt nhiều kết quả.\n\n- Thưa ông, kết quả ra sao?\n\n"
        "- Ông Trần Quốc Thành: Chúng tôi đã đưa 1.763 dịch vụ công lên cổng.\n\n"
        "- Khó khăn là gì, thưa ông?\n\n- Ông Trần Quốc Thành: Chúng tôi thiếu 213 cán bộ.\n"
    )
    assert asked["1.763"].startswith("Theo ông Trần Quốc Thành, ")


def test_a_district_chairmans_we_is_his_district() -> None:
    asked = _asked(
        "Phong Điền tăng trưởng khá\n\nPhóng viên đã có cuộc trao đổi với ông Lê Minh Tâm, "
        "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Phong Điền.\n\n- Thưa ông, năm 2024 có "
        "kết quả nổi bật nào?\n\n- Chúng tôi đã thu ngân sách được 218,5 tỷ đồng.\n\n"
        "- Năm 2025 huyện đặt mục tiêu gì, thưa ông?\n\n- Huyện phấn đấu đón 1,5 triệu "
        "lượt khách.\n"
    )
    # Was "Huyện ủy đã thu ngân sách ...": the Party committee's title comes first.
    assert asked["218,5 tỷ đồng"].startswith("Theo ông Lê Minh Tâm, huyện Phong Điền đã thu")


def test_an_old_post_before_a_passive_appointment_is_not_asked_as_current() -> None:
    asked = questions(
        "Ông Quàng Văn Nam, Trưởng phòng Nội vụ huyện Thuận Châu được bổ nhiệm giữ chức "
        "Phó Giám đốc Sở Nội vụ tỉnh Sơn La. Ngoài ra, ông Lê Văn Hậu, Trưởng phòng Quản lý "
        "đất đai, Sở Tài nguyên và Môi trường được bổ nhiệm giữ chức Phó Giám đốc Sở Nông "
        "nghiệp và Môi trường."
    )
    # Was "Phó Giám đốc Sở Nội vụ tỉnh Sơn La là ai?" -> "Thuận Châu".
    assert asked["Quàng Văn Nam"].startswith("Phó Giám đốc Sở Nội vụ tỉnh Sơn La")
    assert asked["Lê Văn Hậu"].startswith("Phó Giám đốc Sở Nông nghiệp và Môi trường")
    assert not asked.get("Thuận Châu", "").endswith("là ai?")


def test_a_law_before_an_election_word_is_no_person() -> None:
    asked = questions(
        "Theo Điều 79 Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND năm 2015, Ủy ban Bầu "
        "cử phải tổ chức bầu thêm. Ông Tôn Thiện San, Chủ tịch UBND TP Đà Lạt giải thích: "
        "“Đà Lạt có nhiều sinh viên”. Bà Phạm Thị Dung, Phó Giám đốc Sở Lao động, giữ chức "
        "Giám đốc Sở Nội vụ kiêm nhiệm. Quyết định có hiệu lực từ ngày ký."
    )
    assert "Luật Bầu" not in asked
    # The verb and "kiêm nhiệm" end the titles.
    assert asked["Tôn Thiện San"] == "Chủ tịch UBND TP Đà Lạt là ai?"
    assert asked["Phạm Thị Dung"] == "Giám đốc Sở Nội vụ là ai?"


def test_a_name_after_a_provincial_chairmans_title_is_no_province() -> None:
    notes = _notes(
        "Tổng kết lễ hội\n\nPhát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng ghi "
        "nhận kết quả thành phố Sầm Sơn đạt được trong năm 2024.\n"
    )
    assert not any(note.answer == "Đầu Thanh Tùng" for note in notes)


def test_a_provincial_youth_union_takes_the_papers_province() -> None:
    asked = _asked(
        "Tổng kết chiến dịch\n\nĐoàn viên tỉnh Tây Ninh làm 142 công trình. Tham dự có đồng "
        "chí Trần Văn Phong, Bí thư Tỉnh Đoàn; đồng "
        "chí Nguyễn Thành Tâm, Trưởng ban Tuyên giáo Tỉnh ủy. Chiến dịch có 320 suất học "
        "bổng cho thanh niên tỉnh Svay Rieng, Vương quốc Campuchia. Ban Thường vụ huyện Đoàn "
        "Tân Châu ra quân 24 đội hình.\n\nBÁO TÂY NINH ONLINE\n"
    )
    # Tây Ninh was no known province; "Svay Rieng" filled the Tỉnh ủy's place.
    assert asked["Trần Văn Phong"] == "Bí thư Tỉnh Đoàn Tây Ninh là ai?"
    assert asked["Nguyễn Thành Tâm"] == "Trưởng ban Tuyên giáo Tỉnh ủy Tây Ninh là ai?"
    # "huyện Đoàn Tân Châu" is the district's Youth Union, no place called "Đoàn Tân Châu".
    assert "Đoàn Tân Châu" not in asked


def test_a_man_of_an_ethnic_group_is_no_one_named() -> None:
    asked = questions(
        "Lễ cấp sắc đánh dấu sự trưởng thành của người đàn ông Dao. Thầy cúng Triệu Tiến "
        "Vinh, 72 tuổi, đã truyền dạy cho 9 học trò. Theo ông, cả thôn chỉ còn 7 quyển sách "
        "cúng cổ."
    )
    # Was "Theo ông Dao, ...".
    assert asked["7"].startswith("Theo ông Triệu Tiến Vinh, ")


def test_a_purpose_after_the_last_item_is_that_items_own() -> None:
    asked = questions(
        "Các vận động viên tranh tài ở 5 cự ly: 42,195 km (marathon), 21,1 km (bán "
        "marathon), 10 km, 5 km và 2 km dành cho thiếu nhi. Chương trình thu hút 740 cán bộ, "
        "đoàn viên tham gia."
    )
    # Was "21,1 km (bán marathon), 10 km, bao nhiêu km cho thiếu nhi?" -> 5.
    assert not any(q.endswith("cho thiếu nhi?") for a, q in asked.items() if a != "2")
    assert asked["740"].endswith("bao nhiêu cán bộ, đoàn viên tham gia?")


def test_a_bare_connective_before_a_colon_leads_no_clause() -> None:
    asked = questions(
        "Cụ thể: thu từ doanh nghiệp nhà nước trung ương đạt 320 tỷ đồng; thu từ khu vực "
        "ngoài quốc doanh đạt 410 tỷ đồng."
    )
    # Was "Cụ thể: thu từ khu vực ngoài quốc doanh đạt bao nhiêu tỷ đồng?".
    assert asked["410 tỷ đồng"] == "Thu từ khu vực ngoài quốc doanh đạt bao nhiêu tỷ đồng?"


def test_a_leading_month_is_asked_and_dates_what_follows() -> None:
    notes = _notes(
        "Thu ngân sách\n\nTháng 10/2024, thu ngân sách toàn tỉnh đạt 1.250 tỷ đồng. Cụ thể, "
        "thu từ khu vực ngoài quốc doanh đạt 410 tỷ đồng.\n"
    )
    by_answer = {note.answer: note for note in notes}
    assert (
        by_answer["tháng 10/2024"].question == "Khi nào, thu ngân sách toàn tỉnh đạt 1.250 tỷ đồng?"
    )
    # The figures were asked with no time at all.
    assert by_answer["1.250 tỷ đồng"].question.startswith("Tháng 10/2024, thu ngân sách")
    assert by_answer["410 tỷ đồng"].as_of == "Tháng 10/2024"


def test_a_period_inside_a_quoted_name_is_not_blanked() -> None:
    asked = questions(
        "Sở tổ chức tọa đàm “Nâng cao giá trị chuỗi cà phê Lâm Đồng giai đoạn 2025 – 2030” "
        "với 120 đại biểu. Ông Nam cho biết: “Giai đoạn 2021 – 2025, tỉnh trồng 300 ha”."
    )
    # Was "... tọa đàm “Nâng cao giá trị chuỗi cà phê Lâm Đồng giai đoạn nào” ...".
    assert "2025 – 2030" not in asked
    # Words someone said (after a colon) still are.
    assert "2021 – 2025" in asked


def test_a_count_of_the_names_listed_after_a_long_noun_is_not_asked() -> None:
    asked = questions(
        "Xã có 3 thôn được công nhận thôn nông thôn mới kiểu mẫu là thôn Phấn Động, thôn "
        "Đông Xuyên và thôn Ấp Đồn."
    )
    assert "3" not in asked


def test_figures_given_respectively_to_a_counted_pair_name_each() -> None:
    asked = questions(
        "Hai huyện Di Linh và Lâm Hà lần lượt có 48.900 ha và 31.500 ha cà phê, là hai vùng "
        "trọng điểm của tỉnh."
    )
    # Were "Hai huyện Di Linh có bao nhiêu ha, là hai vùng ..." and "Ở Di Linh, Lâm Hà ...".
    assert asked["48.900"] == "Huyện Di Linh có bao nhiêu ha cà phê?"
    assert asked["31.500"] == "Huyện Lâm Hà có bao nhiêu ha cà phê?"
    assert "Di Linh" not in asked  # "Hai huyện nào và Lâm Hà ...": one of the pair


def test_a_campaigns_deeds_after_semicolons_keep_its_doer() -> None:
    asked = questions(
        "Trong lĩnh vực xây dựng nông thôn mới và đô thị văn minh, các cơ sở Đoàn đã làm mới "
        "37 km đường giao thông nông thôn; lắp đặt 26 tuyến đường điện thắp sáng; trồng mới "
        "18.500 cây xanh; thu gom, xử lý 96 tấn rác thải."
    )
    # Were "Lắp đặt bao nhiêu tuyến ...?", "Trồng mới bao nhiêu cây xanh?": whose deeds?
    assert asked["26"] == "Các cơ sở Đoàn lắp đặt bao nhiêu tuyến đường điện thắp sáng?"
    assert asked["18.500"] == "Các cơ sở Đoàn trồng mới bao nhiêu cây xanh?"
    assert asked["96"].startswith("Các cơ sở Đoàn thu gom, xử lý bao nhiêu tấn")


def test_a_paragraph_of_quoted_words_before_a_credit_is_no_caption() -> None:
    notes = _notes(
        "Khu công nghiệp\n\nÔng Nguyễn Văn Phong, Trưởng Ban Quản lý các KCN tỉnh cho biết: "
        "“Từ năm 2022, Bắc Ninh đã từ chối 14 dự án”.\nẢnh: Nguyễn Thơm\n"
    )
    assert not any(note.from_caption for note in notes)


def test_a_count_keeps_its_own_verb_up_to_the_next_figure() -> None:
    asked = questions("Trong lớp có 9 em phải đi bộ từ 3 – 5 km mới đến trường.")
    # Was "Trong lớp có bao nhiêu em?" -> 9, of a class of 15.
    assert asked["9"] == "Trong lớp có bao nhiêu em phải đi bộ từ 3 – 5 km mới đến trường?"


def test_figures_joined_by_verbs_are_no_list_to_shorten() -> None:
    asked = questions("Đến nay đã có 37 doanh nghiệp đóng góp 64 tỷ đồng xây dựng 19 điểm trường.")
    # Was "Đến nay đã có bao nhiêu điểm trường?" -> 19: the schools they built, not all.
    assert asked["19"].endswith("64 tỷ đồng xây dựng bao nhiêu điểm trường?")


def test_a_share_after_a_count_keeps_its_predicate_to_itself() -> None:
    asked = questions("Trường hiện có 612 học sinh, 98,5% là học sinh dân tộc Mông.")
    # Was "Trường hiện có bao nhiêu học sinh là học sinh dân tộc Mông?" -> 612.
    assert asked["612"] == "Trường hiện có bao nhiêu học sinh?"


def test_a_district_the_body_names_is_no_scene_of_a_provinces_report() -> None:
    asked = _asked(
        "Cảnh báo xâm nhập mặn\n\nTheo Đài Khí tượng Thủy văn tỉnh Bến Tre, từ nay đến cuối "
        "tháng 3/2025, xâm nhập mặn trên các sông chính của tỉnh tiếp tục phức tạp.\n\n"
        "Độ mặn cao nhất tại trạm An Thuận (huyện Ba Tri) là 18,6‰. Các huyện Ba Tri, Thạnh "
        "Phú bị ảnh hưởng nặng.\n\nHuyện Ba Tri đã lắp đặt 1.250 bồn chứa nước. Toàn tỉnh "
        "sẽ có khoảng 38.000 hộ thiếu nước.\n\nNgành nông nghiệp dự báo có 9.500 ha lúa bị "
        "ảnh hưởng.\n"
    )
    # Was "Ở Ba Tri, ngành nông nghiệp dự báo có bao nhiêu ha lúa ...".
    assert not asked["9.500"].startswith("Ở Ba Tri")


def test_defendants_homes_set_no_scene() -> None:
    asked = _asked(
        "Tuyên phạt 7 bị cáo\n\nNgày 5/11/2024, TAND tỉnh Tây Ninh mở phiên tòa xét xử 7 bị "
        "cáo về tội “Buôn lậu”.\n\nTrần Minh Tâm (SN 1985, trú xã Long Thuận, huyện Bến Cầu) "
        "điều phối các tốp vận chuyển; Lê Văn Phúc (SN 1990, trú xã Lợi Thuận, huyện Bến "
        "Cầu) thuê kho.\n\nHội đồng xét xử tuyên phạt Trần Minh Tâm 9 năm tù.\n"
    )
    assert not asked["9"].startswith("Ở Bến Cầu")


_DIGEST = """Điểm tin Thanh Hóa ngày 20/3/2024

(Baothanhhoa.vn) - Huyện Thọ Xuân ra mắt mô hình chợ 4.0; TP Sầm Sơn đón hơn 120.000 lượt \
khách dịp cuối tuần là những tin đáng chú ý trong ngày.

1. Thọ Xuân ra mắt mô hình chợ 4.0

Sáng 20/3, UBND huyện Thọ Xuân ra mắt mô hình chợ 4.0 tại chợ Neo. Huyện Thọ Xuân sẽ nhân \
rộng mô hình ra 12 chợ. Huyện Thọ Xuân có 186 tiểu thương mở tài khoản.

2. Sầm Sơn đón hơn 120.000 lượt khách

Dịp cuối tuần, TP Sầm Sơn đón khoảng 120.500 lượt khách.

Doanh thu từ dịch vụ du lịch ước đạt 96 tỷ đồng.
"""


def test_a_digests_items_take_their_own_places_and_its_teaser_is_not_asked() -> None:
    asked = _asked(_DIGEST)
    # Was "Ở Thọ Xuân, doanh thu từ dịch vụ du lịch ...": Sầm Sơn's figure.
    assert not asked["96 tỷ đồng"].startswith("Ở Thọ Xuân")
    # The lead's rounded "hơn 120.000" is no question beside the item's 120.500.
    assert "120.000" not in asked


def test_figures_given_respectively_after_a_longer_verb_name_each() -> None:
    asked = questions(
        "Các huyện Thường Xuân, Như Thanh, Ngọc Lặc lần lượt đạt tỷ lệ đỗ là 99,12%, 99,05% "
        "và 98,96%. Hai cụm công nghiệp Tam Quang và Song An lần lượt có tỷ lệ lấp đầy 92% và "
        "78%."
    )
    # Was one question, on the last, with the others as its options.
    assert asked["99,05%"] == "Huyện Như Thanh đạt tỷ lệ đỗ là bao nhiêu phần trăm?"
    assert asked["92%"] == "Cụm công nghiệp Tam Quang có tỷ lệ lấp đầy bao nhiêu phần trăm?"


def test_a_readers_own_case_in_a_legal_column_is_not_asked() -> None:
    asked = questions(
        "Khi bố bạn mất năm 2019, mẹ bạn còn sống. Anh trai bạn được hưởng 36 m2. Ví dụ, "
        "với mức lương 8 triệu đồng/tháng, bạn được hưởng 12 triệu đồng. Hội có 120 bạn trẻ "
        "tham gia."
    )
    assert set(asked) == {"120"}  # "bạn trẻ" are young people, not the reader


def test_a_stem_may_end_on_the_plain_dong_bang() -> None:
    asked = questions("Tuyến đường dài 14,7 km được nâng cấp lên quy mô đường cấp III đồng bằng.")
    assert asked["14,7"].endswith("quy mô đường cấp III đồng bằng?")


def test_a_district_is_offered_its_own_provinces_districts() -> None:
    notes = {
        note.answer: note
        for note in _notes(
            "Nhà Đại đoàn kết\n\nCác địa phương hoàn thành nhiều là huyện Ba Tơ với 196 căn. "
            "Huyện Ba Tơ được khen.\n"
        )
    }
    # Were "Ý Yên", "Tiền Hải", "Gia Viễn": northern districts beside a Quảng Ngãi one.
    assert set(notes["Ba Tơ"].choices) - {"Ba Tơ"} <= set(DISTRICTS_OF["Quảng Ngãi"])


def test_a_district_of_an_unlisted_province_gets_no_made_up_options() -> None:
    notes = {
        note.answer: note
        for note in _notes(
            "Dược liệu\n\nTại huyện Phong Thổ, hợp tác xã đã đầu tư 12 lò sấy. Huyện Phong Thổ "
            "có 45 ha thảo quả.\n"
        )
    }
    assert notes["Phong Thổ"].choices == ()


def test_figures_given_respectively_after_a_copula_are_shown_before_the_last() -> None:
    asked = questions(
        "Huyện Mộc Châu, thành phố Sơn La và huyện Mai Sơn là các địa phương có tỷ lệ hộ "
        "nghèo thấp nhất, lần lượt là 4,21%, 1,37% và 8,05%."
    )
    # Was "..., lần lượt là bao nhiêu phần trăm?": three values asked, one answer.
    assert asked["8,05%"].endswith("lần lượt là 4,21%, 1,37% và bao nhiêu phần trăm?")


def test_a_re_elected_head_holds_the_post_after_chuc_danh() -> None:
    asked = questions(
        "Bà Ka Sa Ha Hương tái đắc cử chức danh Chủ tịch Hội LHPN huyện Đức Trọng khóa XII."
    )
    assert asked["Ka Sa Ha Hương"] == "Chủ tịch Hội LHPN huyện Đức Trọng là ai?"


def test_a_season_of_two_years_is_asked_as_nao() -> None:
    asked = questions("Mùa khô năm 2024 - 2025 được dự báo sẽ đến sớm hơn 20 ngày.")
    assert asked["2024 - 2025"].startswith("Mùa khô năm nào ")


def test_a_teachers_words_are_asked_in_reported_speech() -> None:
    asked = questions(
        "Thầy Đặng Văn Thịnh, Hiệu trưởng Trường THCS Nguyễn Văn Năng, chia sẻ: “Tôi về "
        "trường năm 2017, khi đó nhà trường chỉ có 9 phòng học”."
    )
    assert asked["9"].startswith("Theo thầy Đặng Văn Thịnh, thầy về trường năm 2017")


def test_a_ticker_line_is_no_headline() -> None:
    deck = generate_deck(
        "BÁO LÂM ĐỒNG ONLINE\nTin nóng: Lâm Đồng chủ động phòng cháy rừng mùa khô\n"
        "Lâm Đồng: Nâng cao hiệu quả bảo vệ rừng\nThứ Năm, 14/11/2024 - 09:15\n"
        "(LĐ online) - Toàn tỉnh hiện có 69.350 ha rừng có nguy cơ cháy cao.\n".encode(),
        filename="a.txt",
    ).deck
    assert deck.name == "Lâm Đồng: Nâng cao hiệu quả bảo vệ rừng"
    assert not deck.notes[0].question.startswith(("Ở Lâm Đồng, (", "(LĐ"))


_HOSPITAL = """Giám đốc Bệnh viện Sản Nhi Nghệ An: Không để người bệnh phải ra Hà Nội

Sau 5 năm, Bệnh viện Sản Nhi Nghệ An đã làm chủ nhiều kỹ thuật. Phóng viên đã có cuộc \
trao đổi với BSCKII Nguyễn Văn Hòa, Giám đốc Bệnh viện.

PV: Thưa ông, năm 2024 Bệnh viện Sản Nhi Nghệ An đạt kết quả nào?

BSCKII Nguyễn Văn Hòa: Tính đến hết tháng 11, bệnh viện đã khám cho 312.450 lượt người \
bệnh. Nhiều ca khó được chuyển lên Bệnh viện Nhi Trung ương.
"""


def test_a_bare_kind_is_the_one_body_the_article_names() -> None:
    asked = _asked(_HOSPITAL)
    # Were "Ở Nghệ An, ..., bệnh viện đã khám ..." and "Giám đốc Bệnh viện là ai?".
    assert "Bệnh viện Sản Nhi Nghệ An đã khám cho bao nhiêu" in asked["312.450"]
    assert asked["Nguyễn Văn Hòa"] == "Giám đốc Bệnh viện Sản Nhi Nghệ An là ai?"


def test_a_body_named_only_in_part_names_no_bare_kind() -> None:
    asked = _asked(
        "Khám bệnh từ xa\n\nBệnh viện Đa khoa huyện Kim Bảng kết nối với Bệnh viện Bạch Mai. "
        "Mỗi năm, bệnh viện khám cho khoảng 145.000 lượt người.\n"
    )
    # Was "Bệnh viện Bạch Mai khám cho ...": the district's hospital, read "Bệnh viện Đa".
    assert "Bạch Mai" not in asked["145.000"]


def test_a_year_is_not_asked_beside_a_comparison_with_the_year_before() -> None:
    asked = questions(
        "Theo báo cáo, năm 2024, toàn tỉnh tổ chức 87 đợt hiến máu, tiếp nhận 26.430 đơn vị "
        "máu, tăng 8,3% so với năm 2023."
    )
    assert "2024" not in asked  # "..., năm nào, ..., tăng 8,3% so với năm 2023?"


def test_items_of_a_list_with_bracketed_figures_keep_its_lead() -> None:
    asked = questions(
        "Nguyên nhân chủ yếu do người điều khiển phương tiện đi không đúng phần đường (chiếm "
        "31,6%); chuyển hướng không quan sát (22,4%); chạy quá tốc độ (18,3%)."
    )
    # Was "Chuyển hướng không quan sát (bao nhiêu phần trăm)?": of what?
    assert asked["22,4%"] == (
        "Nguyên nhân chủ yếu do chuyển hướng không quan sát (bao nhiêu phần trăm)?"
    )


def test_a_breakdown_after_trong_do_is_asked_with_what_it_breaks_down() -> None:
    asked = questions(
        "9 tháng năm 2024, Bắc Ninh thu hút 3,2 tỷ USD vốn FDI. Trong đó, cấp mới 89 dự án "
        "với tổng vốn đăng ký 1,7 tỷ USD."
    )
    # Was "9 tháng năm 2024, cấp mới bao nhiêu dự án?": of what?
    assert asked["89"] == (
        "9 tháng năm 2024, Bắc Ninh thu hút 3,2 tỷ USD vốn FDI, trong đó cấp mới bao nhiêu dự án?"
    )


def test_openers_that_only_point_back_are_dropped() -> None:
    asked = questions(
        "Từ nguồn vốn này, xã đã đầu tư xây dựng 12 công trình thiết yếu. Chiều cùng ngày, "
        "đoàn đã trao 150 suất quà. Cũng tại buổi lễ, Ủy ban MTTQ tỉnh trao 45 căn nhà."
    )
    assert asked["12"] == "Xã đã đầu tư xây dựng bao nhiêu công trình thiết yếu?"
    assert asked["150"] == "Đoàn đã trao bao nhiêu suất quà?"
    assert asked["45"] == "Ủy ban MTTQ tỉnh trao bao nhiêu căn nhà?"


def test_the_papers_province_in_the_headline_places_paragraphs_that_name_none() -> None:
    asked = _asked(
        "BÁO NGHỆ AN\nNghệ An dẫn đầu cả nước về xuất khẩu lao động năm 2024\n\nNăm 2024, Nghệ "
        "An có 18.642 người đi làm việc ở nước ngoài.\n\nLao động nữ chiếm 32,4%.\n\nCác "
        "địa phương có nhiều lao động là huyện Yên Thành 2.312 người, thị xã Hoàng Mai 965 "
        "người.\n\nRiêng 11 huyện miền núi có 3.840 lao động đi làm việc ở nước ngoài.\n"
    )
    # Were "Lao động nữ chiếm ...?" and "Ở Hoàng Mai, riêng 11 huyện miền núi ...".
    assert asked["32,4%"].startswith("Ở Nghệ An, ")
    assert asked["3.840"].startswith("Ở Nghệ An, ")


def test_a_temperature_in_degrees_c_ends_its_sentence() -> None:
    asked = questions(
        "Nhiệt độ cao nhất có ngày lên tới 37,5 độ C. Dự báo khô hạn sẽ kéo dài tại 12 huyện."
    )
    assert asked["37,5"] == "Nhiệt độ cao nhất có ngày lên tới bao nhiêu độ C?"


def test_a_bare_cu_is_not_the_wife_named_as_a_complement() -> None:
    asked = questions(
        "Cụ Lê Văn Thìn sống cùng vợ là cụ Nguyễn Thị Nụ. Năm 1980, cụ được bầu làm Chủ nhiệm "
        "Hợp tác xã nông nghiệp Hoằng Lộc trong 2 nhiệm kỳ."
    )
    # Was "Năm 1980, cụ Nguyễn Thị Nụ được bầu ...": the husband was.
    assert "Nguyễn Thị Nụ" not in asked["2"]


def test_a_bound_right_after_the_counted_noun_stays_with_it() -> None:
    asked = questions(
        "Hiện toàn tỉnh còn 1.162 chiến sĩ Điện Biên, trong đó có 14 người trên 100 tuổi."
    )
    # Was "..., trong đó có bao nhiêu người?" -> 14, of 1.162.
    assert asked["14"].endswith("trong đó có bao nhiêu người trên 100 tuổi?")


def test_words_opening_on_a_quote_mark_before_their_speaker_are_reported() -> None:
    asked = questions(
        "“Năm nay cà phê được giá, gia đình tôi còn lãi khoảng 900 triệu đồng”, bà K’Hoa "
        "phấn khởi nói."
    )
    assert asked["900 triệu đồng"] == (
        "Theo bà K’Hoa, năm nay cà phê được giá, gia đình bà còn lãi khoảng bao nhiêu triệu đồng?"
    )


def test_figures_given_respectively_after_a_clause_on_its_subjects_name_each() -> None:
    asked = questions(
        "Các huyện Đông Sơn, Triệu Sơn, Yên Định có mức tăng trưởng thu khá, lần lượt đạt "
        "134,5%, 121,8% và 118%."
    )
    # Was one question on the last, the other two as its options.
    assert asked["121,8%"] == "Huyện Triệu Sơn có mức tăng trưởng thu khá, đạt bao nhiêu phần trăm?"


def test_a_stem_does_not_end_on_thanh_and_a_rate_per_case_is_whole() -> None:
    asked = questions(
        "Huyện đã sáp nhập 4 xã thành 1 xã. Mức phạt từ 50 – 100 triệu đồng/trường hợp đối với "
        "hành vi này. UBND xã đã 3 lần tổ chức hòa giải nhưng không thành."
    )
    assert asked["4"].endswith("sáp nhập bao nhiêu xã?")
    assert asked["3"].endswith("nhưng không thành?")
    assert asked["50 – 100 triệu đồng/trường hợp"].startswith("Mức phạt từ bao nhiêu")


def test_an_enumerations_thu_ba_la_is_dropped() -> None:
    asked = questions("Thứ ba là lãi suất cho vay còn cao, khoảng 9,5%/năm.")
    assert asked["9,5%"] == "Lãi suất cho vay còn cao, khoảng bao nhiêu phần trăm/năm?"


def test_a_hospital_named_by_its_place_names_its_bare_kind_and_its_wards() -> None:
    asked = _asked(
        "Thay van tim\n\nBệnh viện Đa khoa tỉnh Thanh Hóa vừa thay van tim cho 3 bệnh nhân. "
        "Hiện bệnh viện có 1.200 giường bệnh kế hoạch. BSCKII Lê Văn Sỹ, Trưởng khoa Tim mạch "
        "can thiệp cho biết ca mổ kéo dài 90 phút.\n"
    )
    assert asked["1.200"].startswith("Hiện Bệnh viện Đa khoa tỉnh Thanh Hóa có bao nhiêu")
    assert asked["Lê Văn Sỹ"] == (
        "Trưởng khoa Tim mạch can thiệp, Bệnh viện Đa khoa tỉnh Thanh Hóa là ai?"
    )
