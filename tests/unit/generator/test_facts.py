"""Each fact family: positives and negatives."""

from __future__ import annotations

from decimal import Decimal

from studyapp.core.model import FactKind
from tests.unit.generator.helpers import answers, facts_of


def test_counts_with_counted_noun() -> None:
    text = (
        "Đảng bộ huyện có 56 tổ chức cơ sở Đảng trực thuộc, trong đó có 19 đảng bộ "
        "và 37 chi bộ cơ sở trực thuộc với 6.968 đảng viên."
    )
    counts = facts_of(text, FactKind.COUNT)
    assert [(f.answer, f.value, f.unit) for f in counts] == [
        ("56", Decimal(56), "tổ chức cơ sở Đảng trực thuộc"),
        ("19", Decimal(19), "đảng bộ"),
        ("37", Decimal(37), "chi bộ cơ sở trực thuộc"),
        ("6.968", Decimal(6968), "đảng viên"),
    ]


def test_numbers_inside_identifiers_are_not_quantities() -> None:
    text = (
        "Bình Nghĩa có người mắc Covid-19 đầu tiên (bệnh nhân 251, thôn 3 Ngô Khê), làm tốt quy "
        "định 5K; Nghị quyết TƯ 4 (khóa XII) và Quốc lộ 21 đi qua tổ 5."
    )
    facts = facts_of(text)
    assert not [f for f in facts if f.kind in (FactKind.COUNT, FactKind.PERCENT, FactKind.MONEY)]
    assert "251" not in {f.answer for f in facts}


def test_percentages_and_share() -> None:
    text = "Nông – thủy sản chiếm 25,5%; Công nghiệp chiếm 39,3%; tỷ lệ hộ nghèo còn 1,2%."
    facts = facts_of(text, FactKind.PERCENT)
    assert [(f.answer, f.value) for f in facts] == [
        ("25,5%", Decimal("25.5")),
        ("39,3%", Decimal("39.3")),
        ("1,2%", Decimal("1.2")),
    ]
    assert facts[0].unit == "Nông thủy sản"


def test_money_with_magnitude_unit_and_qualifier() -> None:
    text = (
        "Thu nhập đạt trên 60 triệu đồng/người/năm; giá trị đạt bình quân gần 5.000 tỷ đồng/năm "
        "và khoảng 1,5 tỷ USD."
    )
    money = facts_of(text, FactKind.MONEY)
    assert [(f.answer, f.qualifier, f.value) for f in money] == [
        ("60 triệu đồng/người/năm", "trên", Decimal(60_000_000)),
        ("5.000 tỷ đồng/năm", "gần", Decimal(5_000_000_000_000)),
        ("1,5 tỷ USD", "khoảng", Decimal(1_500_000_000)),
    ]


def test_dates_periods_and_as_of() -> None:
    text = (
        "Tính đến tháng 6 năm 2023, giai đoạn 2017-2022 và nhiệm kỳ 2020 – 2025 có 8 tập thể "
        "thực hiện Nghị quyết số 11/NQ-HĐND ngày 6/7/2022 và Kế hoạch ngày 14-12-2017 từ năm 2019."
    )
    facts = facts_of(text)
    periods = [f.answer for f in facts if f.kind is FactKind.PERIOD]
    dates = [f.answer for f in facts if f.kind is FactKind.DATE]
    assert periods == ["2017-2022", "2020 – 2025"]
    assert dates == ["6/7/2022", "14-12-2017", "2019"]
    assert {f.as_of for f in facts} == {"tháng 6 năm 2023"}
    assert "tháng 6 năm 2023" not in dates  # the as-of date is context, not a question


def test_as_of_governs_following_sentences_of_the_paragraph() -> None:
    facts = facts_of("Tính đến tháng 6 năm 2023, thu đạt 5 tỷ đồng. Chi đạt 3 tỷ đồng.")
    assert [f.as_of for f in facts] == ["tháng 6 năm 2023", "tháng 6 năm 2023"]


def test_ordinals_and_terms() -> None:
    text = (
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVIII, Nghị quyết TƯ 4 (khóa XII), "
        "Kỳ họp thứ 5 và Đại hội XIII của Đảng; thứ 2 tuần sau họp."
    )
    ordinals = facts_of(text, FactKind.ORDINAL)
    assert [(f.answer, f.value) for f in ordinals] == [
        ("XXVIII", Decimal(28)),
        ("XII", Decimal(12)),
        ("5", Decimal(5)),
        ("XIII", Decimal(13)),
    ]


def test_documents_and_codes() -> None:
    text = (
        "Theo Nghị quyết số 12 – NQ/HU, Đề án số 05-ĐA/HU, Kết luận 21 Hội nghị Trung ương, "
        "Nghị quyết số 11/NQ-HĐND ngày 6/7/2022 và Kế hoạch 5 năm."
    )
    docs = facts_of(text, FactKind.DOCUMENT)
    assert [(f.unit, f.answer) for f in docs] == [
        ("Nghị quyết", "12 – NQ/HU"),
        ("Đề án", "05-ĐA/HU"),
        ("Kết luận", "21"),
        ("Nghị quyết", "11/NQ-HĐND"),
    ]


def test_names_in_quotes_but_not_quotations() -> None:
    text = (
        "Triển khai mô hình “Ngày thứ Bảy với dân” và phong trào “Dân vận khéo”; ông nói "
        "“văn hóa công vụ đã tạo nên môi trường sống và làm việc trong mỗi cơ quan, đơn vị, "
        "tổ chức đoàn thể lành mạnh, vô tư, làm hết việc chứ không hết giờ”."
    )
    names = facts_of(text, FactKind.NAME)
    assert [(f.answer, f.unit, f.askable) for f in names] == [
        ("Ngày thứ Bảy với dân", "mô hình", True),
        ("Dân vận khéo", "phong trào", True),
    ]


def test_names_in_a_list_are_kept_but_not_asked() -> None:
    text = "Các địa phương thực hiện các mô hình “Chính quyền thân thiện”, “Ngày Chủ nhật xanh”."
    names = facts_of(text, FactKind.NAME)
    assert [(f.answer, f.askable) for f in names] == [
        ("Chính quyền thân thiện", False),
        ("Ngày Chủ nhật xanh", False),
    ]


def test_people_with_titles() -> None:
    text = (
        "Nói như đồng chí Vũ Trùng Dương, Phó Bí thư Thường trực Huyện ủy, việc này quan trọng. "
        "Ông Trần Văn Hùng, Chủ tịch UBND huyện Kim Bảng cho biết kết quả tốt."
    )
    people = facts_of(text, FactKind.PERSON)
    assert [(f.answer, f.unit) for f in people] == [
        ("Vũ Trùng Dương", "Phó Bí thư Thường trực Huyện ủy"),
        ("Trần Văn Hùng", "Chủ tịch UBND huyện Kim Bảng"),
    ]


def test_places_with_levels_and_bare_mentions() -> None:
    text = (
        "Nhân dân xã Bồ Đề và thị trấn Bình Mỹ thuộc tỉnh Hà Nam hài lòng. Bồ Đề được khen. "
        "Xã hội phát triển, thôn 3 yên bình."
    )
    places = facts_of(text, FactKind.PLACE)
    assert [(f.answer, f.unit) for f in places] == [
        ("Bồ Đề", "xã"),
        ("Bình Mỹ", "thị trấn"),
        ("Hà Nam", "tỉnh"),
        ("Bồ Đề", "xã"),
    ]
    assert places[-1].ask == "xã nào"  # bare mention: the level is asked with it


def test_a_title_keeps_a_department_name_joined_by_va() -> None:
    facts = facts_of(
        "Theo đồng chí Nguyễn Thị Lan, Trưởng phòng Nông nghiệp và Phát triển nông thôn "
        "huyện, năm nay huyện trồng 20 ha rau an toàn. Ông Trần Văn Hùng, Chủ tịch UBND "
        "xã và ông Lê Văn Nam cùng dự.",
        FactKind.PERSON,
    )
    titles = {f.answer: f.unit for f in facts}
    assert titles["Nguyễn Thị Lan"] == "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện"
    assert titles["Trần Văn Hùng"] == "Chủ tịch UBND xã"  # "và ông ..." ends it


def test_a_naming_noun_after_an_auxiliary_is_a_verb() -> None:
    text = "Toàn tỉnh đã cấp 725.480 thẻ căn cước. Trường đạt chuẩn cấp 2 năm 2020."
    assert answers(text, FactKind.COUNT) == ["725.480"]


def test_titles_listed_after_a_name_are_one_title() -> None:
    facts = facts_of(
        "Dự hội nghị có đồng chí Lê Thị Thủy, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
        "và đồng chí Trương Quốc Huy, Chủ tịch UBND tỉnh.",
        FactKind.PERSON,
    )
    titles = {f.answer: f.unit for f in facts}
    assert titles["Lê Thị Thủy"] == "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"
    assert titles["Trương Quốc Huy"] == "Chủ tịch UBND tỉnh"


def test_dong_chi_after_a_number_are_people_not_money() -> None:
    text = "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành; xã chi 20 triệu đồng hỗ trợ."
    assert answers(text, FactKind.COUNT) == ["15"]
    assert answers(text, FactKind.MONEY) == ["20 triệu đồng"]


def test_a_rate_unit_stays_whole_and_per_one_is_not_a_count() -> None:
    text = (
        "Năng suất lúa đạt 64,5 tạ/ha, cao hơn 1,2 tạ/ha. Giá trị thu được trên 1 ha đất "
        "canh tác đạt 135 triệu đồng/năm; trên 1 triệu người được hỗ trợ."
    )
    units = {f.answer: f.unit for f in facts_of(text, FactKind.COUNT)}
    assert units == {"64,5": "tạ/ha", "1,2": "tạ/ha", "1 triệu": "triệu người"}


def test_square_metres_and_nong_thon_belong_to_the_counted_noun() -> None:
    text = (
        "Toàn huyện đã cứng hóa 245 km đường giao thông nông thôn. Ông Hải hiến 350 m² đất; "
        "huyện có 16 xã, 1 thị trấn."
    )
    units = {f.answer: f.unit for f in facts_of(text, FactKind.COUNT)}
    assert units == {
        "245": "km đường giao thông nông thôn",
        "350": "m² đất",
        "16": "xã",
        "1": "thị trấn",
    }


def test_a_name_straight_after_its_title_is_a_person_not_a_place() -> None:
    cases = {
        "Chủ tịch UBND tỉnh Trương Quốc Huy phát biểu.": ("Trương Quốc Huy", "Chủ tịch UBND tỉnh"),
        "Trưởng thôn Trần Văn Thành cho biết Ban Chỉ đạo họp.": ("Trần Văn Thành", "Trưởng thôn"),
        "Bí thư Đảng ủy xã Nhật Tựu Phạm Văn Nam cùng dự.": (
            "Phạm Văn Nam",
            "Bí thư Đảng ủy xã Nhật Tựu",
        ),
    }
    for text, (name, title) in cases.items():
        people = facts_of(text, FactKind.PERSON)
        assert [(f.answer, f.unit) for f in people] == [(name, title)], text
        assert name not in [f.answer for f in facts_of(text, FactKind.PLACE)], text
    # The place before the name keeps its own name.
    assert answers("Bí thư Đảng ủy xã Nhật Tựu Phạm Văn Nam cùng dự.", FactKind.PLACE) == [
        "Nhật Tựu"
    ]
    # Places named after people, and two-syllable names, stay places.
    for text in (
        "Chủ tịch UBND phường Lê Hồng Phong cho biết phường có 20 hộ.",
        "Chủ tịch UBND xã Đinh Xá cho biết xã có 20 hộ.",
    ):
        assert facts_of(text, FactKind.PERSON) == [], text
        assert len(facts_of(text, FactKind.PLACE)) == 1, text


def test_a_place_inside_a_persons_title_is_not_asked() -> None:
    facts = facts_of("Ông Phạm Quang Huy, Chủ tịch UBND xã Thanh Hà cho biết xã có 20 hộ.")
    place = next(f for f in facts if f.kind is FactKind.PLACE)
    assert place.answer == "Thanh Hà" and not place.askable


def test_titles_that_list_a_department_or_belong_to_someone_else() -> None:
    cases = {
        "Ông Lại Văn Thịnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết tỉnh chi 15 tỷ.": [
            ("Lại Văn Thịnh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch")
        ],
        "Ông Trần Văn A, Chủ tịch UBND xã, Bí thư Đảng ủy xã và ông Lê Văn Bình cùng dự.": [
            ("Trần Văn A", "Chủ tịch UBND xã, Bí thư Đảng ủy xã")
        ],
        "Phó Chủ tịch UBND huyện Nguyễn Văn Hùng và Chủ tịch UBND xã, bà Lê Thị Lan dự.": [
            ("Nguyễn Văn Hùng", "Phó Chủ tịch UBND huyện"),
            ("Lê Thị Lan", "Chủ tịch UBND xã"),
        ],
    }
    for text, people in cases.items():
        assert [(f.answer, f.unit) for f in facts_of(text, FactKind.PERSON)] == people, text


def test_one_place_of_a_list_is_not_asked() -> None:
    facts = facts_of("Các xã Ba Sao, Khả Phong, Thanh Sơn có tỷ lệ tiêm chủng đạt 100%.")
    place = next(f for f in facts if f.kind is FactKind.PLACE)
    assert place.answer == "Ba Sao" and not place.askable


def test_every_place_of_a_list_of_names_is_not_asked() -> None:
    facts = facts_of(
        "Tuyến đường đi qua 6 xã, phường gồm Yên Bắc, Tiên Nội, Hoàng Đông, Tiên Sơn và Duy Minh. "
        "Phường Tiên Nội và xã Hoàng Đông đã bàn giao mặt bằng. Tại khu tái định cư Tiên Nội 2, "
        "52 lô đất đã hoàn thành; trong khi đó tại xã Đọi Sơn, thị xã Duy Tiên, UBND tỉnh khai mạc "
        "lễ hội."
    )
    places = [(f.answer, f.askable) for f in facts if f.kind is FactKind.PLACE]
    assert ("Tiên Nội", False) in places and ("Hoàng Đông", False) in places  # in the list
    assert places.count(("Tiên Nội", True)) == 1  # "Phường Tiên Nội và xã Hoàng Đông"
    assert ("Duy Tiên", True) in places  # "UBND" after it is no name of a list
    assert len([p for p in places if p[0] == "Tiên Nội"]) == 2  # not "Tiên Nội 2"


def test_a_title_runs_past_words_of_a_department_that_look_like_verbs() -> None:
    cases = {
        "Ông Lương Văn Khải, Giám đốc Sở Thông tin và Truyền thông cho biết có 12 xã.": (
            "Giám đốc Sở Thông tin và Truyền thông"
        ),
        "Bà Trần Thị Hoa, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu tại 12 hội nghị.": (
            "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh"
        ),
        "Đồng chí Trần Quang Vinh, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ huy Phòng, chống "
        "thiên tai và Tìm kiếm cứu nạn huyện cho biết có 14 nhà bị sập.": (
            "Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu "
            "nạn huyện"
        ),
        # Twelve words per title, not in all: the second title was cut at "giải".
        "Bà Nguyễn Thị Mai Anh, Phó Chủ tịch UBND thị xã, Phó Trưởng Ban Chỉ đạo giải phóng mặt "
        "bằng thị xã yêu cầu hoàn thành 100% kế hoạch.": (
            "Phó Chủ tịch UBND thị xã, Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng thị xã"
        ),
        "Thượng tá Nguyễn Hữu Lực, Trưởng Công an huyện Bình Lục nhận định số vụ giảm 12%.": (
            "Trưởng Công an huyện Bình Lục"
        ),
    }
    for text, title in cases.items():
        assert [f.unit for f in facts_of(text, FactKind.PERSON)] == [title], text


def test_a_counted_noun_keeps_its_last_words_and_stops_at_a_place() -> None:
    text = (
        "Huyện vận hành 56 trạm bơm tiêu úng hết công suất; phát hiện 1.135 trường hợp vi phạm "
        "nồng độ cồn; cứu trợ 5 thôn xã Nhân Thịnh."
    )
    units = {f.answer: f.unit for f in facts_of(text, FactKind.COUNT)}
    assert units == {
        "56": "trạm bơm tiêu úng hết công suất",  # was cut at "hết công"
        "1.135": "trường hợp vi phạm nồng độ cồn",
        "5": "thôn",
    }


def test_places_in_a_list_opened_by_a_colon_are_not_asked() -> None:
    text = (
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể. Các tập thể tiêu biểu gồm: Đảng ủy xã "
        "Thanh Phong; UBND thị trấn Kiện Khê; Công an xã Thanh Thủy.\n\n"
        "Thủ tướng tặng Bằng khen cho 2 tập thể, gồm:\n\n"
        "1. Hợp tác xã dịch vụ nông nghiệp xã Thanh Nghị;\n\n"
        "2. Trường Trung học cơ sở xã Liêm Cần.\n\n"
        "Xã Thanh Nghị có 12 thôn."
    )
    places = [(f.answer, f.askable) for f in facts_of(text) if f.kind is FactKind.PLACE]
    assert places == [
        ("Thanh Phong", False),
        ("Kiện Khê", False),
        ("Thanh Thủy", False),
        ("Thanh Nghị", False),
        ("Liêm Cần", False),
        ("Thanh Nghị", True),
    ]


def test_a_title_ends_after_a_named_body() -> None:
    cases = {
        "Bà Lương Thị Hồng Vân, Phó Chủ tịch UBND huyện Kim Bảng thẳng thắn nhìn nhận 3 hạn chế.": (
            "Phó Chủ tịch UBND huyện Kim Bảng"
        ),
        "Đồng chí Trần Quốc Bảo, Bí thư Huyện ủy ôn lại truyền thống 75 năm xây dựng Đảng bộ.": (
            "Bí thư Huyện ủy"
        ),
        # A level word after "Huyện ủy", and a title after a comma, go on.
        "Ông Đặng Hữu Tình, Chủ tịch UBND huyện, Trưởng ban Thi đua – Khen thưởng huyện dự 2 "
        "hội nghị.": "Chủ tịch UBND huyện, Trưởng ban Thi đua – Khen thưởng huyện",
    }
    for text, title in cases.items():
        assert [f.unit for f in facts_of(text, FactKind.PERSON)] == [title], text


def test_a_counted_noun_stops_before_a_date_and_at_tro_len() -> None:
    text = "Từ 312 đảng viên năm 1949, nay có 27 sản phẩm đạt từ 3 sao trở lên."
    units = {f.answer: f.unit for f in facts_of(text, FactKind.COUNT)}
    assert units["312"] == "đảng viên" and units["27"] == "sản phẩm"
    assert "3" not in units  # "3 sao" is a rating, not a count of stars


def test_a_units_head_named_before_truong_is_a_title() -> None:
    text = (
        "Ông Vũ Văn Quang, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, cho "
        "biết có 15 xã bị rét."
    )
    assert [f.unit for f in facts_of(text, FactKind.PERSON)] == [
        "Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh"
    ]


def test_a_degree_before_a_name_is_not_part_of_it() -> None:
    text = (
        "TS Trần Văn Khải, Giám đốc Sở GD&ĐT cho biết có 12 trường đạt chuẩn; ThS.BS Nguyễn Văn "
        "An, Giám đốc Trung tâm Y tế huyện trực tiếp chỉ đạo 3 đội; 5 mẫu không đạt."
    )
    people = [(f.answer, f.unit) for f in facts_of(text, FactKind.PERSON)]
    assert people == [
        ("Trần Văn Khải", "Giám đốc Sở GD&ĐT"),
        ("Nguyễn Văn An", "Giám đốc Trung tâm Y tế huyện"),
    ]
    units = {f.answer: f.unit for f in facts_of(text, FactKind.COUNT)}
    assert units["5"] == "mẫu"  # not "mẫu không"


def test_a_name_after_a_place_ending_in_a_family_name() -> None:
    text = "Chủ tịch UBND huyện Tam Dương Trần Quốc Hưng cho biết huyện tổ chức 5 phiên đấu giá."
    people = [(f.answer, f.unit) for f in facts_of(text, FactKind.PERSON)]
    assert people == [("Trần Quốc Hưng", "Chủ tịch UBND huyện Tam Dương")]


def test_a_cooperative_is_no_commune_and_a_name_inside_a_longer_one_is_no_place() -> None:
    text = (
        "Hợp tác xã Mây tre đan An Lạc có 27 thành viên ở huyện Quảng Điền (Thừa Thiên Huế); "
        "thành phố Huế đón 1.800 khách, tái canh vượt 21% kế hoạch đề ra."
    )
    places = [f.answer for f in facts_of(text) if f.kind is FactKind.PLACE]
    assert "Mây" not in places
    assert places.count("Huế") == 1  # "thành phố Huế", not the "Huế" of "Thừa Thiên Huế"
    percent = facts_of(text, FactKind.PERCENT)[0]
    assert percent.sentence.text[percent.phrase_start : percent.phrase_end] == "21% kế hoạch"


def test_a_dispatch_a_coach_and_a_rate_per_athlete() -> None:
    text = (
        "UBND tỉnh ban hành Công điện số 18/CĐ-UBND. Huấn luyện viên trưởng CLB Tây Ninh Phan "
        "Thanh Tùng cho biết lệ phí là 150.000 đồng/vận động viên."
    )
    facts = facts_of(text)
    assert [f.answer for f in facts if f.kind is FactKind.DOCUMENT] == ["18/CĐ-UBND"]
    assert [(f.answer, f.unit) for f in facts if f.kind is FactKind.PERSON] == [
        ("Phan Thanh Tùng", "Huấn luyện viên trưởng CLB Tây Ninh")
    ]
    assert [f.answer for f in facts if f.kind is FactKind.MONEY] == ["150.000 đồng/vận động viên"]


def test_a_degree_inside_a_name_run_and_a_city_with_a_dashed_name() -> None:
    text = (
        "Còn NSƯT Minh Quân, Phó Giám đốc Nhà hát Chèo tỉnh cho biết có 12 tiết mục. Tại thành phố "
        "Phan Rang - Tháp Chàm, tỉnh ký 3 văn kiện; tuyến đường liên xã Đức Hiệp – Đức Chánh ngập."
    )
    assert [f.answer for f in facts_of(text, FactKind.PERSON)] == ["Minh Quân"]
    places = [f.answer for f in facts_of(text, FactKind.PLACE)]
    assert "Phan Rang - Tháp Chàm" in places and "Đức Hiệp" in places


def test_cadres_and_civil_servants_are_counted_as_one_group() -> None:
    text = "Thị xã có 318 cán bộ, công chức cấp xã; huyện huy động 460 cán bộ, chiến sĩ."
    units = {f.answer: f.unit for f in facts_of(text, FactKind.COUNT)}
    assert units == {"318": "cán bộ, công chức cấp xã", "460": "cán bộ, chiến sĩ"}
