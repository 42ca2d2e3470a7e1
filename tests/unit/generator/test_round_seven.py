"""Defects a seventh round of unseen articles showed: asides, numbered names, openers."""

from __future__ import annotations

from studyapp.core.article import read_article
from studyapp.core.cards import build_notes
from studyapp.core.facts import extract_facts
from studyapp.core.generate import generate_deck
from studyapp.core.model import FactKind
from tests.unit.generator.helpers import ARTICLES, answers
from tests.unit.generator.test_cards import notes_of


def test_a_speakers_age_is_not_asked() -> None:
    text = (
        "Ông Nguyễn Văn Ba (62 tuổi) cho biết gia đình có 3 đời sống ở đây. Cụ Thao Pheng, "
        "87 tuổi, chỉ nơi chôn cất 6 hài cốt. Cán bộ dưới 35 tuổi chiếm 16,2%."
    )
    counts = [n.answer for n in notes_of(text) if n.kind is FactKind.COUNT]
    assert counts == ["3", "6"]


def test_a_decade_is_not_asked_as_a_year() -> None:
    text = (
        "Nhiều trạm cấp nước xây dựng từ những năm 2000 đã xuống cấp. Thành phố sẽ cải tạo "
        "45 trạm, hoàn thành vào năm 2026."
    )
    assert answers(text, FactKind.DATE) == ["2026"]


def test_a_communes_number_is_part_of_its_name() -> None:
    text = (
        "Ông Huỳnh Văn Lực, người dân thôn Xuân Quý, xã Tam Xuân 2 chia sẻ về bãi rác. "
        "Khoảng 23 giờ ngày 2-5, tại ấp Kiến Hưng 1 xảy ra sạt lở dài 160 m."
    )
    places = answers(text, FactKind.PLACE)
    assert "Tam Xuân 2" in places and "Kiến Hưng 1" in places
    assert "Tam Xuân" not in places and "Kiến Hưng" not in places


def test_a_consequence_opener_does_not_start_a_stem() -> None:
    notes = notes_of(
        "Huyện áp dụng quy trình mới. Nhờ vậy, tỷ lệ sản phẩm lỗi giảm còn 0,9%. "
        "Tuy vậy, vẫn còn 23 đơn chưa giải quyết xong."
    )
    stems = {n.answer: n.question for n in notes}
    assert stems["0,9%"].startswith("Tỷ lệ sản phẩm lỗi")
    assert stems["23"].startswith("Vẫn còn")


def test_a_subject_opening_a_sentence_loses_its_capital_after_a_place() -> None:
    notes = notes_of(
        "Huyện Hải Hậu có 35 trường. Ở kỳ thi năm nay, huyện Hải Hậu xếp đầu tỉnh. "
        "Môn Ngữ văn có 186 bài thi đạt điểm 9 trở lên.",
        title="Hải Hậu dẫn đầu kỳ thi",
    )
    stem = next(n.question for n in notes if n.answer == "186")
    assert "Môn" not in stem and "môn Ngữ văn" in stem


def test_set_phrases_are_not_cut_at_their_comma() -> None:
    notes = notes_of(
        "Trong 9 tháng, quỹ BHYT đã chi trả 142,6 tỷ đồng cho 214.800 lượt khám, chữa bệnh "
        "của người dân trong huyện, tăng 12,5% so với cùng kỳ."
    )
    stems = {n.answer: n.question for n in notes}
    assert "khám, chữa bệnh" in stems["214.800"]


def test_a_district_named_by_its_party_committee_prefixes_its_figures() -> None:
    notes = notes_of(
        "Sáng 30-9, Quận ủy Ô Môn tổ chức hội nghị sơ kết 9 tháng. Theo báo cáo, giá trị sản "
        "xuất công nghiệp của Quận ủy Ô Môn theo dõi ước đạt 14.380 tỷ đồng. Tỷ lệ hộ nghèo "
        "giảm còn 0,68%.",
        title="Tăng trưởng kinh tế 9 tháng đạt 8,17%",
    )
    stem = next(n.question for n in notes if n.answer == "0,68%")
    assert stem.startswith("Ở Ô Môn, ")


def test_a_breakdowns_category_row_is_not_asked() -> None:
    notes = notes_of(
        "Theo Quyết định, 97 thủ tục hành chính được chia thành các nhóm lĩnh vực sau:\n\n"
        "- Lĩnh vực hộ tịch: 24 thủ tục;\n\n- Lĩnh vực chứng thực: 11 thủ tục.\n\n"
        "Khán giả: khoảng 6.500 người."
    )
    assert sorted(n.answer for n in notes) == ["6.500", "97"]


def test_a_share_is_not_given_the_predicate_of_the_next_figures_noun() -> None:
    notes = notes_of(
        "Năm 2024, quận phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, 100% kết "
        "quả giải quyết thủ tục hành chính được số hóa và ký số. Người thứ hai, thứ ba lần "
        "lượt đóng 65%, 60% mức của người thứ nhất."
    )
    stems = {n.answer: n.question for n in notes}
    assert stems["70%"].endswith("đạt trên bao nhiêu phần trăm?")
    assert stems["60%"].endswith("mức của người thứ nhất?")


def test_a_clause_after_a_breakdowns_last_noun_is_that_nouns_only() -> None:
    notes = notes_of(
        "Toàn huyện hiện có 4.582 người có công, trong đó có 1.096 thương binh, 478 bệnh binh, "
        "62 người hoạt động kháng chiến bị nhiễm chất độc hóa học. Qua kiểm tra, trong đó 6 tổ "
        "chức, 15 đảng viên đến mức phải xử lý kỷ luật."
    )
    stems = {n.answer: n.question for n in notes}
    assert "chất độc" not in stems["1.096"] and "chất độc" not in stems["478"]
    assert "chất độc" in stems["62"]
    assert stems["6"].endswith("đến mức phải xử lý kỷ luật?")


def test_a_departments_head_gets_the_province_its_paragraph_names() -> None:
    notes = notes_of(
        "Năm học 2024 – 2025, tỉnh Ninh Bình có 492 cơ sở giáo dục. Bà Đinh Thị Hồng Nhung, "
        "Giám đốc Sở Giáo dục và Đào tạo cho biết tỉnh Ninh Bình có 68 học sinh đạt giải."
    )
    assert "Giám đốc Sở Giáo dục và Đào tạo tỉnh Ninh Bình là ai?" in [n.question for n in notes]


def test_a_part_cut_from_its_whole_does_not_open_on_trong_do() -> None:
    notes = notes_of(
        "Báo cáo tại hội nghị cho biết, sau 10 năm triển khai, huyện Hải Hậu đã huy động tổng "
        "nguồn lực trên 9.860 tỷ đồng cho xây dựng nông thôn mới, trong đó nhân dân tự nguyện "
        "đóng góp 1.742 tỷ đồng và hiến trên 215.000 m2 đất để mở rộng đường giao thông nông "
        "thôn. Dự án có tổng vốn 1.620 tỷ đồng, trong đó vốn ADB chiếm 82%.",
        title="Hải Hậu tổng kết 10 năm xây dựng nông thôn mới",
    )
    stems = {n.answer: n.question for n in notes}
    assert "trong đó" not in stems["215.000"]
    assert "chiếm bao nhiêu phần trăm" in stems["82%"]


def test_a_private_persons_home_is_not_asked() -> None:
    notes = notes_of(
        "Ông Trần Văn Thắng, thôn Đông Cường, xã Hải Toàn cho biết, gia đình ông cấy 3,5 ha lúa. "
        "Bà Vũ Thị Nhàn (68 tuổi, thôn Thượng Trại) đến làm thủ tục tại UBND xã Hải Phong. "
        "Tàu cá do ông Huỳnh Văn Thạnh, trú tại xã Tam Quang, huyện Núi Thành làm chủ."
    )
    places = [n.answer for n in notes if n.kind is FactKind.PLACE]
    assert places == ["Hải Phong"]


def test_populations_prison_terms_and_where_a_change_ended_are_asked() -> None:
    notes = notes_of(
        "Xã Bình Mỹ mới có diện tích tự nhiên 24,87 km2, quy mô dân số 31.452 người. Khu vực "
        "tỉnh Hà Nam (cũ) từ 98 đơn vị hành chính cấp xã giảm còn 34 đơn vị. Hội đồng xét xử "
        "tuyên phạt bị cáo Trần Thị H. 12 năm tù; bị cáo Đinh Văn Q. 7 năm 6 tháng tù."
    )
    stems = {n.answer: n.question for n in notes}
    assert "dân số bao nhiêu người" in stems["31.452"]
    assert stems["98"].endswith("từ bao nhiêu đơn vị hành chính cấp xã giảm còn 34 đơn vị?")
    assert stems["12"].endswith("bị cáo Trần Thị H. bao nhiêu năm tù?")
    assert "7" not in stems and "6" not in stems


def test_birth_years_two_part_amounts_and_a_target_read_as_a_gap_are_not_asked() -> None:
    notes = notes_of(
        "Bị cáo Trần Thị H. (sinh năm 1985, trú tại xã Thanh Hà) bị xét xử về tội lừa đảo. "
        "Liệt sĩ Đặng Văn Chiến hy sinh năm 1969. Mỗi sào thu được khoảng 2 tạ 7 thóc tươi. "
        "Tỷ lệ tiêm chủng chỉ đạt 89,7%, thấp hơn mục tiêu 95% do thiếu vắc xin."
    )
    assert sorted(n.answer for n in notes) == ["1969", "89,7%"]


def test_a_past_year_does_not_date_what_is_now_or_a_later_plan() -> None:
    text = (
        "Năm 2020, chị được vay 50 triệu đồng. Đến nay, đàn lợn nhà chị đã có 8 con nái. "
        "Năm 2023, các địa chỉ tin cậy đã hỗ trợ 14 trường hợp. Hội sẽ ra mắt thêm 5 mô hình."
    )
    article = read_article(
        f"Phụ nữ giúp nhau\n\nThứ Hai, 18/03/2024\n\n{text}\n".encode(), filename="t.txt"
    )
    stems = {
        n.answer: n.question
        for n in build_notes(extract_facts(article), slug="t", title=article.title)
    }
    assert not stems["8"].startswith("Năm 2020")
    assert not stems["5"].startswith("Năm 2023")
    assert stems["14"].startswith("Năm 2023")


def test_a_time_is_not_asked_with_only_a_place_after_it() -> None:
    stems = []
    for name in ("xet-xu-luu-dong-gay-roi", "triet-pha-duong-day-ma-tuy"):
        path = ARTICLES / "more" / f"{name}.txt"
        stems += [
            n.question for n in generate_deck(path.read_bytes(), filename=path.name).deck.notes
        ]
    assert "Sáng ngày nào, tại Hội trường UBND xã Liêm Tiết?" not in stems
    assert not [s for s in stems if s.startswith("Khoảng 22 giờ 30 phút ngày nào, tại")]
    notes = notes_of("Chi bộ đảng đầu tiên của tỉnh ra đời tháng 3/1930 ở Tam Kỳ.")
    assert [n.question for n in notes if n.kind is FactKind.DATE] == [
        "Chi bộ đảng đầu tiên của tỉnh ra đời khi nào ở Tam Kỳ?"
    ]


def test_a_measurements_options_are_measurements_of_its_unit() -> None:
    notes = notes_of(
        "Xã Bình Mỹ mới có diện tích tự nhiên 24,87 km2. Khu vực tỉnh Hà Nam (cũ) có 34 đơn "
        "vị và 22 xã. Nồng độ cồn của tài xế là 0,35 miligam/1 lít khí thở; có 2 người và 4 xe."
    )
    choices = {n.answer: n.choices for n in notes}
    assert not {"34", "22"} & set(choices["24,87"])
    assert not {"2", "4"} & set(choices["0,35"])


def test_a_count_keeps_what_qualifies_its_noun_before_the_next_figure() -> None:
    notes = notes_of(
        "Hiện có 5.320 hộ hội viên đang được vay vốn từ quỹ thông qua 486 dự án. Các KCN đã thu "
        "hút 648 dự án FDI với tổng vốn đăng ký 4,95 tỷ USD và 394 dự án trong nước với tổng "
        "vốn 85.000 tỷ đồng."
    )
    stems = {n.answer: n.question for n in notes}
    # What they do, up to the next figure and past it: the figure is part of the doing.
    assert stems["5.320"] == (
        "Hiện có bao nhiêu hộ hội viên đang được vay vốn từ quỹ thông qua 486 dự án?"
    )
    assert stems["4,95 tỷ USD"].endswith("với tổng vốn đăng ký bao nhiêu tỷ USD?")


def test_a_speakers_introduction_cut_before_the_quote_is_not_asked() -> None:
    notes = notes_of(
        "Ông Lê Văn Tám, nông dân ấp Thới Hòa, xã Thới Xuân (huyện Cờ Đỏ) cho biết: “Năm nay lúa "
        "trúng mùa, mỗi công lời hơn hai triệu”. “Chúng tôi đã kiến nghị nâng công suất các mỏ "
        "thêm 50% theo cơ chế đặc thù”, ông Tiến nói."
    )
    stems = [n.question for n in notes]
    assert not [s for s in stems if s.endswith("cho biết?")]
    assert any(s.endswith("ông Tiến nói?") for s in stems)


def test_a_roads_number_is_a_name_and_a_ratio_is_offered_ratios() -> None:
    notes = notes_of(
        "Dự án mở rộng đường tỉnh 917 dài 8,2 km. Doanh thu đạt 612 tỷ đồng, gấp 1,4 lần năm "
        "trước; huyện có 21 xã, 4 thị trấn và 11 trường."
    )
    assert "917" not in {n.answer for n in notes}
    choices = next(n.choices for n in notes if n.answer == "1,4")
    assert not {"21", "4", "11"} & set(choices)


def test_a_fact_box_field_or_a_sub_headings_asked_place_is_not_a_stem() -> None:
    notes = notes_of(
        "Đồng chí Trương Cảnh Tuyên\n\n- Quê quán: xã Mỹ Khánh, huyện Phong Điền, TP Cần Thơ.\n\n"
        "Xã Song Lãng: thu nhập bình quân đạt 70,3 triệu đồng/người/năm\n\nNăm 2024, xã Song "
        "Lãng có 12 thôn đạt chuẩn khu dân cư kiểu mẫu."
    )
    stems = [n.question for n in notes]
    assert not [s for s in stems if s.startswith(("Quê quán:", "Xã nào:"))]


def test_the_papers_own_province_is_not_asked_and_connectives_with_a_colon_go() -> None:
    article = read_article(
        "BÁO NAM ĐỊNH ĐIỆN TỬ\n\nĐại hội Hội Nông dân huyện Ý Yên\n\nĐại hội bầu 7 đại biểu chính "
        "thức đi dự Đại hội đại biểu Hội Nông dân tỉnh Nam Định lần thứ XI. Trong khi đó, huyện "
        "có 12 chi hội.\n\nBáo Nam Định điện tử\nGiấy phép số 284/GP-BTTTT\n".encode(),
        filename="t.txt",
    )
    notes = build_notes(extract_facts(article), slug="t", title=article.title)
    assert "Nam Định" not in [n.answer for n in notes if n.kind is FactKind.PLACE]
    assert not [n.question for n in notes if "trong khi đó" in n.question.casefold()]


def test_a_public_buildings_name_is_still_only_a_place() -> None:
    from studyapp.core.cards.stem_checks import says_only_where

    for where in (
        "tại Trung tâm Hành chính công tỉnh",
        "tại Nhà văn hóa thôn Đông",
        "tại sân vận động huyện",
    ):
        assert says_only_where(f"Sáng ngày nào, {where}", "ngày nào", FactKind.DATE), where
    assert not says_only_where(
        "Sáng ngày nào, tại xã Đông, đoàn trao quà", "ngày nào", FactKind.DATE
    )
