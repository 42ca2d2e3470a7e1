"""Question stems, distractors, the give-away rule and guids."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from studyapp.core.cards import build_notes
from studyapp.core.cards.giveaway import gives_away, stem_values
from studyapp.core.cards.guid import encode_base62, make_guid
from studyapp.core.facts import extract_facts
from studyapp.core.generate import generate_deck
from studyapp.core.model import CardType, FactKind, NoteDraft
from studyapp.core.numbers import parse_number
from tests.unit.generator.helpers import SEED, SEED_NAME, article_of, facts_of


def notes_of(text: str, title: str = "Tiêu đề bài viết") -> list[NoteDraft]:
    article = article_of(text, title)
    return list(build_notes(extract_facts(article), slug="t", title=article.title))


def by_answer(notes: list[NoteDraft]) -> dict[str, NoteDraft]:
    return {n.answer: n for n in notes}


@pytest.fixture(scope="module")
def seed_notes() -> list[NoteDraft]:
    return list(generate_deck(SEED.read_bytes(), filename="s.txt", deck_name=SEED_NAME).deck.notes)


def test_count_stems_keep_subject_and_drop_crowding_figures(seed_notes: list[NoteDraft]) -> None:
    questions = {n.question: n.answer for n in seed_notes}
    assert questions["Đảng bộ huyện Bình Lục có bao nhiêu đảng viên?"] == "6.968"
    assert questions["Huyện Bình Lục có bao nhiêu thị trấn?"] == "1"
    assert questions["Huyện Bình Lục có 17 đơn vị hành chính gồm bao nhiêu xã?"] == "16"


def test_percent_money_stems_keep_as_of_and_qualifier(seed_notes: list[NoteDraft]) -> None:
    notes = by_answer(seed_notes)
    money = notes["60 triệu đồng/người/năm"]
    assert money.question == (
        "Tính đến tháng 6 năm 2023, thu nhập bình quân đầu người ở Bình Lục đạt trên "
        "bao nhiêu triệu đồng/người/năm?"
    )
    assert money.as_of == "tháng 6 năm 2023"
    share = notes["39,3%"]
    assert "bao nhiêu phần trăm" in share.question
    assert "cơ cấu kinh tế" in share.question  # the list's lead-in is kept as context
    assert share.question.startswith("Tính đến tháng 6 năm 2023")


def test_question_words_per_kind(seed_notes: list[NoteDraft]) -> None:
    notes = by_answer(seed_notes)
    assert "lần thứ mấy" in notes["XXVIII"].question
    assert "nhiệm kỳ nào" in notes["2020 – 2025"].question
    assert "Nghị quyết số nào" in notes["12 – NQ/HU"].question
    assert notes["Vũ Trùng Dương"].question == "Phó Bí thư Thường trực Huyện ủy Bình Lục là ai?"
    assert "mô hình nào" in notes["Ngày thứ Bảy với dân"].question
    assert notes["Bồ Đề"].question.startswith("Nhân dân xã nào hài lòng")
    assert notes["Bồ Đề"].from_caption and "caption" in notes["Bồ Đề"].tags


def test_every_note_has_cloze_and_four_distinct_choices(seed_notes: list[NoteDraft]) -> None:
    for note in seed_notes:
        assert note.cloze.count("{{c1::" + note.answer + "}}") == 1
        assert note.cloze.replace("{{c1::", "").replace("}}", "") == note.source_sentence
        assert CardType.CHOICE in note.card_types
        assert len(note.choices) == 4 and len(set(note.choices)) == 4
        assert note.answer in note.choices
        assert note.question.endswith("?")


def test_distractors_same_kind_not_in_stem(seed_notes: list[NoteDraft]) -> None:
    for note in seed_notes:
        shown = set(stem_values(note.question))
        for choice in note.choices:
            if choice == note.answer:
                continue
            if len(choice) > 1:
                assert choice not in note.question
            else:  # a lone digit may sit inside "2025", not stand alone
                assert choice not in re.findall(r"\w+", note.question)
            if note.kind in (FactKind.COUNT, FactKind.PERCENT, FactKind.MONEY):
                value = parse_number(choice.split()[0].rstrip("%"))
                assert value is not None and value not in shown
            if note.kind is FactKind.PERCENT:
                assert choice.endswith("%")
                assert Decimal(0) < (parse_number(choice[:-1]) or 0) <= 100
            if note.kind is FactKind.MONEY:
                assert choice.endswith(note.answer.split(" ", 1)[1])  # same unit
    percents = by_answer(seed_notes)["25,5%"].choices
    assert set(percents) - {"25,5%"} <= {"39,3%", "35,14%", "84,6%", "100%"}  # article first


def test_year_and_period_distractors_are_near() -> None:
    notes = notes_of("Chuyên đề năm 2023 được tổng kết trong giai đoạn 2017-2022 tại huyện.")
    year = next(n for n in notes if n.answer == "2023")
    assert all(abs(int(c) - 2023) <= 5 for c in year.choices)
    period = next(n for n in notes if n.answer == "2017-2022")
    for choice in period.choices:
        start, end = (int(x) for x in choice.split("-"))
        assert end - start == 5 and abs(start - 2017) <= 5


def test_counts_of_things_get_whole_numbers() -> None:
    notes = by_answer(
        notes_of(
            "Rừng trồng đạt 10,3 ha và 46,2 ha rừng tự nhiên. "
            "UBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích xuất sắc."
        )
    )
    choices = notes["12"].choices
    assert len(choices) == 4 and all("," not in choice for choice in choices), choices


def test_dates_at_the_end_of_a_month_get_options() -> None:
    for day in ("29", "30", "31"):
        notes = by_answer(notes_of(f"Nghị định số 74/2024/NĐ-CP được ban hành ngày {day}/3/2024."))
        assert len(notes[f"{day}/3/2024"].choices) == 4


def test_no_question_gives_its_answer_away() -> None:
    notes = by_answer(notes_of("Huyện có 17 đơn vị hành chính gồm 16 xã và 1 thị trấn."))
    assert "1" in notes
    question = notes["1"].question
    assert "17" not in question or "16" not in question
    fact = next(
        f for f in facts_of("Huyện có 17 đơn vị gồm 16 xã và 1 thị trấn.") if f.answer == "1"
    )
    assert gives_away("Huyện có 17 đơn vị gồm 16 xã và bao nhiêu thị trấn?", fact)
    assert not gives_away("Huyện có bao nhiêu thị trấn?", fact)
    percent = facts_of("Nam chiếm 48%, nữ chiếm 52%.", FactKind.PERCENT)[1]
    assert gives_away("Nam chiếm 48%, nữ chiếm bao nhiêu phần trăm?", percent)


def test_an_answer_inside_a_longer_figure_or_word_is_not_given_away() -> None:
    notes = by_answer(
        notes_of(
            "Năm 2023, huyện có 3 xã đạt chuẩn kiểu mẫu. Đại hội Thể dục thể thao tỉnh lần thứ "
            "X diễn ra tại 12 xã. Huyện có 12,5 km đường và 12 cầu."
        )
    )
    # "3" was taken to be written in "2023", "X" in "xã", "12" in "12,5".
    assert {"3", "X", "12"} <= set(notes)


def test_no_two_notes_ask_the_same_thing(seed_notes: list[NoteDraft]) -> None:
    questions = [n.question for n in seed_notes]
    assert len(questions) == len(set(questions))
    names = [n.answer for n in seed_notes if n.kind is FactKind.NAME]
    assert names.count("Ngày thứ Bảy với dân") == 1  # asked once though it occurs three times


def test_nothing_is_asked_from_chrome(seed_notes: list[NoteDraft]) -> None:
    text = " ".join(n.question + " " + n.answer + " " + " ".join(n.choices) for n in seed_notes)
    for chrome in ("68/GP", "Nguyễn Duy Tuấn", "Chu Phương", "3852", "Phủ Lý", "16/2/2017"):
        assert chrome not in text


def test_guid_format() -> None:
    assert encode_base62(0) == "0" * 14
    for note in notes_of("Huyện có 17 đơn vị hành chính."):
        assert len(note.guid) == 14 and note.guid.isalnum() and not note.guid.startswith("#")


def test_guid_depends_on_deck_and_fact_not_order() -> None:
    article = article_of("Huyện có 17 đơn vị hành chính. Xã có 5 thôn.")
    first, second = [f for f in extract_facts(article) if f.kind is FactKind.COUNT]
    assert make_guid("a", first) != make_guid("b", first)
    assert make_guid("a", first) != make_guid("a", second)
    swapped = article_of("Xã có 5 thôn. Huyện có 17 đơn vị hành chính.")
    again = {f.answer: make_guid("a", f) for f in extract_facts(swapped)}
    assert again["17"] == make_guid("a", first)


def test_a_decimal_comma_never_cuts_a_stem() -> None:
    notes = notes_of(
        "Thực hiện Kế hoạch số 45-KH/HU ngày 20/3/2021 của Ban Thường vụ Huyện ủy, giai đoạn "
        "2021 – 2025, Ủy ban MTTQ huyện Thanh Liêm đã vận động được hơn 12,5 tỷ đồng ủng hộ "
        "Quỹ “Vì người nghèo”."
    )
    assert notes
    for note in notes:
        assert not note.question.rstrip("?").endswith(("12", "12,")), note.question
    period = next(n for n in notes if n.answer == "2021 – 2025")
    assert "12,5" in period.question or "12" not in period.question


def test_a_carried_as_of_date_yields_to_a_sentence_with_its_own_year() -> None:
    notes = notes_of(
        "Năm 2023, huyện đã khen thưởng 45 tập thể có thành tích xuất sắc. "
        "Đại hội đại biểu Mặt trận Tổ quốc huyện lần thứ XX, nhiệm kỳ 2024 – 2029 "
        "đã thành công tốt đẹp. Huyện có 236 hộ nghèo được hỗ trợ."
    )
    congress = next(n for n in notes if n.answer == "XX")
    assert congress.as_of is None and "2023" not in congress.question
    carried = next(n for n in notes if n.answer == "236")
    assert carried.as_of is not None and "2023" in carried.as_of


def test_a_figure_question_keeps_its_predicate() -> None:
    # A tail without a comma to cut at is kept whole, and the short form of a
    # crowded sentence keeps what the figure is: "10 xã" alone is not the fact.
    notes = by_answer(
        notes_of(
            "Ông Phạm Quang Huy, Chủ tịch UBND xã Thanh Hà cho biết, 100% trạm y tế xã trên "
            "địa bàn huyện đã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030."
        )
    )
    assert notes["100%"].question.endswith(
        "bao nhiêu phần trăm trạm y tế xã trên địa bàn huyện đã đạt Bộ tiêu chí quốc gia "
        "về y tế xã giai đoạn đến năm 2030?"
    )
    crowded = by_answer(
        notes_of(
            "Huyện phấn đấu đến năm 2025 có 100% số xã đạt chuẩn nông thôn mới nâng cao "
            "và 10 xã đạt chuẩn kiểu mẫu."
        )
    )
    assert crowded["10"].question.endswith("và bao nhiêu xã đạt chuẩn kiểu mẫu?")


def test_huyen_after_a_prefix_is_lower_case_unless_it_names_the_committee() -> None:
    notes = notes_of(
        "Huyện Lý Nhân có 20 xã. Huyện phấn đấu đến năm 2025 có 10 xã đạt chuẩn kiểu mẫu. "
        "Huyện ủy ban hành 12 nghị quyết chuyên đề.",
        title="Lý Nhân xây dựng nông thôn mới",
    )
    questions = [n.question for n in notes]
    assert "Ở Lý Nhân, huyện phấn đấu đến năm 2025 có bao nhiêu xã đạt chuẩn kiểu mẫu?" in questions
    assert any(q.startswith("Ở Lý Nhân, Huyện ủy ban hành bao nhiêu") for q in questions)


def test_a_figure_with_its_own_subject_is_not_asked_as_the_object_of_co() -> None:
    notes = by_answer(
        notes_of(
            "Hiện nay, huyện có 4 cụm công nghiệp với tổng diện tích 245 ha, tỷ lệ lấp đầy đạt 85%."
        )
    )
    assert notes["85%"].question.endswith("tỷ lệ lấp đầy đạt bao nhiêu phần trăm?")
    share = by_answer(
        notes_of(
            "Thị xã Duy Tiên hiện có 62 trường học, trong đó 58 trường đạt chuẩn quốc gia, "
            "chiếm 93,5%. Quý I/2024, thị xã đầu tư 42,6 tỷ đồng xây dựng phòng học.",
            title="Duy Tiên nâng cao chất lượng giáo dục",
        )
    )
    assert share["93,5%"].question.endswith(
        "58 trường đạt chuẩn quốc gia, chiếm bao nhiêu phần trăm?"
    )
    assert share["42,6 tỷ đồng"].question.startswith("Ở Duy Tiên, quý I/2024, thị xã đầu tư")
    # A list after "có" still gets the short form.
    listed = by_answer(
        notes_of("Đảng bộ huyện có 56 tổ chức cơ sở Đảng, 19 đảng bộ xã, 6.968 đảng viên.")
    )
    assert listed["6.968"].question == "Đảng bộ huyện có bao nhiêu đảng viên?"


def test_ket_qua_is_a_connective_and_ket_luan_keeps_its_capital() -> None:
    questions = [
        n.question
        for n in notes_of(
            "Thành phố Phủ Lý tổ chức ngày hội hiến máu. Kết quả, ngày hội đã tiếp nhận được "
            "1.856 đơn vị máu. Kết luận số 21-KL/TW yêu cầu 63 tỉnh, thành phố báo cáo.",
            title="Phủ Lý tổ chức ngày hội hiến máu",
        )
    ]
    assert "Ở Phủ Lý, ngày hội đã tiếp nhận được bao nhiêu đơn vị máu?" in questions
    assert any(q.startswith("Ở Phủ Lý, Kết luận số 21-KL/TW yêu cầu") for q in questions)


def test_an_honorific_after_a_prefix_is_lower_case() -> None:
    questions = [
        n.question
        for n in notes_of(
            "Huyện Bình Lục gieo cấy 6.850 ha lúa. Ông Nguyễn Văn Bình cho biết, hợp tác xã "
            "tiêu thụ 300 tấn gạo mỗi vụ.",
            title="Bình Lục: vụ Xuân thắng lợi",
        )
    ]
    assert any(q.startswith("Ở Bình Lục, ông Nguyễn Văn Bình cho biết") for q in questions)


def test_a_leading_year_is_asked_when_the_sentence_has_nothing_else() -> None:
    notes = by_answer(
        notes_of(
            "Năm 2019, lễ hội được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia. "
            "Chùa Long Đọi Sơn được xây dựng từ thế kỷ XI. "
            "Năm 2023, huyện có 56 tổ chức cơ sở Đảng."
        )
    )
    assert notes["2019"].question == (
        "Năm nào, lễ hội được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia?"
    )
    assert notes["2019"].as_of is None
    # The event's year is not carried to the next sentence as its date ...
    assert notes["XI"].question == "Chùa Long Đọi Sơn được xây dựng từ thế kỷ nào?"
    assert notes["XI"].as_of is None
    # ... while a year that frames figures stays their context.
    assert notes["56"].question.startswith("Năm 2023,")
    assert "2023" not in notes


def test_a_village_head_is_asked_with_the_village() -> None:
    questions = [
        n.question
        for n in notes_of(
            "Thôn Đồng Ao có 425 hộ. Trưởng thôn Trần Văn Thành cho biết thôn Đồng Ao có "
            "20 hộ nghèo. Thôn Đồng Ao có 1.620 nhân khẩu."
        )
    ]
    assert "Trưởng thôn Đồng Ao là ai?" in questions


def test_a_quotation_cut_open_loses_its_marks() -> None:
    notes = by_answer(
        notes_of(
            "“Nhiều khoản thu đạt khá như thu từ doanh nghiệp có vốn đầu tư nước ngoài đạt "
            "2.150 tỷ đồng, bằng 92% dự toán”, bà Vũ Thị Hạnh, Giám đốc Sở Tài chính cho biết."
        )
    )
    money = notes["2.150 tỷ đồng"].question
    assert "“" not in money and "”" not in money
    share = notes["92%"].question
    assert share.startswith("“Nhiều khoản thu") and "dự toán”" in share


def test_an_interviewers_question_is_not_a_source_of_facts() -> None:
    notes = notes_of(
        "PV: Thưa ông, kết quả thu hút khách du lịch năm 2023 như thế nào?\n\n"
        "Ông Nguyễn Minh Tuấn: Năm 2023, toàn tỉnh đón khoảng 4,2 triệu lượt khách."
    )
    assert [n.question for n in notes] == [
        "Năm 2023, toàn tỉnh đón khoảng bao nhiêu triệu lượt khách?"
    ]


def test_bac_si_after_a_prefix_is_lower_case() -> None:
    questions = [
        n.question
        for n in notes_of(
            "Thị xã Kim Bảng có 12 trạm y tế. Bác sĩ Đinh Văn Khoa cho biết, thị xã "
            "ghi nhận 12 ca mắc sởi. Thị xã Kim Bảng có 5.000 liều vắc xin.",
            title="Kim Bảng đẩy mạnh tiêm chủng",
        )
    ]
    assert any(q.startswith("Ở Kim Bảng, bác sĩ Đinh Văn Khoa cho biết") for q in questions)
    assert "Bác sĩ là ai?" not in questions  # a profession alone names nobody


def test_dao_tao_is_no_clause_boundary_and_em_is_lower_cased() -> None:
    notes = by_answer(
        notes_of(
            "Tỉnh Hà Nam có 62 trường. Theo kết quả Kỳ thi tốt nghiệp THPT năm 2024 do Bộ Giáo "
            "dục và Đào tạo công bố, điểm trung bình các môn thi của tỉnh Hà Nam đạt 7,12 điểm, "
            "xếp thứ 9/63 tỉnh, thành phố. Em Nguyễn Thu Trang, học sinh Trường THPT "
            "Chuyên Biên Hòa đạt 29,5 điểm. Tỉnh Hà Nam có 10.540 thí sinh.",
            title="Hà Nam xếp thứ 9 về điểm thi",
        )
    )
    assert "do Bộ Giáo dục và Đào tạo công bố" in notes["2024"].question
    assert notes["29,5"].question.startswith("Ở Hà Nam, em Nguyễn Thu Trang")


def test_made_up_places_are_of_the_level_asked() -> None:
    from studyapp.core.cards import pools

    notes = by_answer(notes_of("Hội nghị diễn ra tại thành phố Đồng Hới với 120 đại biểu."))
    assert set(notes["Đồng Hới"].choices) - {"Đồng Hới"} <= set(pools.CITIES)
    notes = by_answer(notes_of("Lễ hội diễn ra tại huyện Tri Tôn với 24 đội đua bò."))
    assert set(notes["Tri Tôn"].choices) - {"Tri Tôn"} <= set(pools.DISTRICTS)


def test_marks_out_of_ten_get_options_out_of_ten() -> None:
    notes = by_answer(
        notes_of(
            "Điểm trung bình các môn thi của tỉnh đạt 6,98 điểm, xếp thứ 8. Tỉnh có 12 trường "
            "và 13 điểm thi."
        )
    )
    assert all(parse_number(c.split()[0]) <= 10 for c in notes["6,98"].choices)  # type: ignore[operator]


def test_a_district_is_offered_the_articles_other_districts_first() -> None:
    notes = by_answer(
        notes_of(
            "Đoàn đã làm việc tại quận Ninh Kiều. Sau đó, đoàn thăm huyện Phong Điền và "
            "huyện Cờ Đỏ với 120 hộ dân."
        )
    )
    # A "quận" and a "huyện" are one tier: the same province's, not a northern pool's.
    assert {"Phong Điền", "Cờ Đỏ"} <= set(notes["Ninh Kiều"].choices)


def test_options_never_differ_from_the_answer_by_tone_marks_alone() -> None:
    notes = by_answer(
        notes_of(
            "Hội nghị diễn ra tại huyện Vụ Bản với 120 đại biểu. Đoàn công tác đến huyện "
            "Vũ Bản và huyện Ý Yên."
        )
    )
    assert "Vũ Bản" not in notes["Vụ Bản"].choices


def test_a_place_of_the_same_sentence_is_never_an_option() -> None:
    import random

    from studyapp.core.cards.distractors import FactPool, choose_distractors

    text = (
        "Công an tỉnh cho biết đơn vị vừa phối hợp với Công an huyện Vũ Thư và Công an "
        "huyện Kiến Xương triệt phá một đường dây đánh bạc. Trước đó, huyện Đông Hưng cũng "
        "bắt 5 đối tượng."
    )
    facts = facts_of(text, FactKind.PLACE)
    pool = FactPool(facts)
    vu_thu = next(f for f in facts if f.answer == "Vũ Thư")
    # A stem cut before "và Công an huyện Kiến Xương" must not offer Kiến Xương.
    for seed in range(20):
        options = choose_distractors(
            vu_thu, "Đơn vị vừa phối hợp với Công an huyện nào?", pool, random.Random(seed)
        )
        assert "Kiến Xương" not in options
        assert "Đông Hưng" in options


def test_a_share_or_a_fall_is_never_offered_a_hundred_percent() -> None:
    notes = by_answer(
        notes_of(
            "Nguyên nhân chủ yếu do sự cố điện, chiếm 62,5%; do sơ suất khi dùng lửa chiếm "
            "18,5%. Số vụ cháy giảm 92% so với 5 năm trước. Có 100% xã thành lập đội phòng cháy."
        )
    )
    for answer in ("62,5%", "18,5%", "92%"):
        assert "100%" not in notes[answer].choices, answer


def test_a_product_and_a_fund_get_options_of_their_own_sort() -> None:
    from studyapp.core.cards import pools

    notes = by_answer(
        notes_of(
            "Sản phẩm “Dưa lưới Nhân Khang” đã đạt chứng nhận OCOP 3 sao năm 2023. Thành phố "
            "hỗ trợ 50 triệu đồng mỗi căn nhà từ nguồn Quỹ “Vì người nghèo”."
        )
    )
    products = set(notes["Dưa lưới Nhân Khang"].choices) - {"Dưa lưới Nhân Khang"}
    assert len(products) == 3
    assert all(p.endswith(" Nhân Khang") for p in products)
    funds = set(notes["Vì người nghèo"].choices) - {"Vì người nghèo"}
    assert funds <= set(pools.FUND_NAMES)


def test_a_rank_gets_options_though_its_digits_sit_in_the_stems_years() -> None:
    notes = by_answer(
        notes_of(
            "Năm học 2023 – 2024, huyện Kim Bảng xếp thứ 2 toàn tỉnh về kết quả thi tuyển sinh "
            "vào lớp 10 THPT với điểm trung bình 6,85 điểm."
        )
    )
    # Was no option at all: "1", "3", "4" ... each sits inside "2023 – 2024" or "10".
    assert len(notes["2"].choices) == 4
