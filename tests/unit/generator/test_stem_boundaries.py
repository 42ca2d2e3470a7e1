"""Where stems are cut: lists of names, set phrases, addresses (the fifteenth batch of articles)."""

from __future__ import annotations

from studyapp.core.cards import build_notes
from studyapp.core.cards.stem_boundaries import boundaries, starts_address
from studyapp.core.facts import extract_facts
from tests.unit.generator.helpers import article_of
from tests.unit.generator.test_stem_shapes import questions


def all_questions(text: str) -> list[str]:
    """Every question of a one-paragraph article (two may share an answer)."""
    notes = build_notes(extract_facts(article_of(text, "Tiêu đề")), slug="t", title="Tiêu đề")
    return [note.question for note in notes]


def test_a_list_of_names_is_not_cut_at_its_commas() -> None:
    asked = all_questions(
        "Tỉnh Phú Thọ (mới) được hình thành trên cơ sở hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc và "
        "Hòa Bình (cũ), có diện tích 9.361,38 km². Ở xã Hưng Hà, 3 trụ sở UBND các xã Minh "
        "Khai, Văn Lang, Tân Lễ (cũ) được chuyển thành điểm trường mầm non, giúp giảm sĩ số "
        "bình quân từ 34 trẻ xuống còn 27 trẻ/lớp."
    )
    # Was "... hợp nhất bao nhiêu tỉnh Phú Thọ?" and "bao nhiêu trụ sở UBND các xã Minh Khai?".
    # (The count of the three provinces is no longer asked: their names give it away.)
    assert (
        "Tỉnh Phú Thọ (mới) được hình thành trên cơ sở hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc và "
        "Hòa Bình (cũ), có diện tích bao nhiêu km²?"
    ) in asked
    assert (
        "Ở xã Hưng Hà, bao nhiêu trụ sở UBND các xã Minh Khai, Văn Lang, Tân Lễ (cũ) được "
        "chuyển thành điểm trường mầm non?"
    ) in asked


def test_a_set_phrase_split_where_the_tail_starts_is_seen_whole() -> None:
    asked = questions(
        "Toàn tỉnh có 12.480 lao động làm việc trong tỉnh, 8.058 lao động đi làm việc ở các "
        "tỉnh, thành phố khác. Trong 9 tháng, có 11.230 người nộp hồ sơ hưởng trợ cấp thất "
        "nghiệp, tăng 4,1%."
    )
    # Was "... ở các tỉnh?" (the comma of "các tỉnh, thành phố" taken for a boundary).
    assert asked["8.058"].endswith("ở các tỉnh, thành phố khác?")
    # Was "... trợ cấp thất?": a counted noun cut at its word limit keeps its last word.
    assert asked["11.230"].endswith("hưởng trợ cấp thất nghiệp?")


def test_a_stem_does_not_start_inside_an_address() -> None:
    assert starts_address(" huyện Tri Tôn, UBND tỉnh An Giang tổ chức")
    assert starts_address(" TP. Vinh, với sự tham gia của")
    assert not starts_address(" huyện đã yêu cầu 2 doanh nghiệp")
    assert not starts_address(" UBND tỉnh An Giang tổ chức")


def test_a_rank_before_a_name_starts_a_new_subject() -> None:
    asked = questions(
        "Đồn hiện có 14 cán bộ, đảng viên được phân công tham gia sinh hoạt tại 9 chi bộ bản, "
        "trong đó Đại úy Lò Văn Pọm, Đội trưởng Đội Vận động quần chúng trực tiếp phụ trách bản "
        "Nhú Ma, thường xuyên cùng già làng, trưởng bản đến từng nhà vận động bà con."
    )
    # Was "... tại bao nhiêu chi bộ bản, trong đó Đại úy Lò Văn Pọm?".
    assert asked["9"].endswith("tại bao nhiêu chi bộ bản?")


def test_enumerations_and_connectives_do_not_open_a_stem() -> None:
    asked = questions(
        "Thứ ba, Ban Tiếp công dân tỉnh sẽ phối hợp với Thanh tra tỉnh mở 2 lớp tập huấn. Cùng "
        "với đó, diện tích sầu riêng tăng nhanh lên 6.215 ha. Về thu ngân sách, Cục Thuế tỉnh được "
        "giao đẩy mạnh thu hồi nợ đọng thuế, hiện tổng nợ thuế còn khoảng 2.870 tỷ đồng, và phối "
        "hợp với các địa phương sớm tổ chức đấu giá 12 khu đất trong quý IV/2024 để bù đắp phần "
        "hụt thu tiền sử dụng đất."
    )
    assert asked["2"].startswith("Ban Tiếp công dân tỉnh sẽ")
    assert asked["6.215"].startswith("Diện tích sầu riêng")
    assert asked["12"].startswith("Phối hợp với các địa phương")


def test_a_clause_with_its_own_colon_takes_no_earlier_lead_in() -> None:
    asked = questions(
        "Kết quả giải ngân của các chủ đầu tư: Sở Y tế: giải ngân 312 tỷ đồng, đạt 27,4%; "
        "Sở Giáo dục và Đào tạo: giải ngân 405 tỷ đồng, đạt 31,8%."
    )
    # Was "Sở Y tế: Sở Giáo dục và Đào tạo: ... đạt bao nhiêu phần trăm?".
    assert "Sở Y tế" not in asked["31,8%"]
    assert asked["31,8%"].startswith("Sở Giáo dục và Đào tạo:")


def test_a_stem_does_not_start_at_the_last_name_of_a_list() -> None:
    asked = all_questions(
        "Sáng 18/4, Đoàn Đại biểu Quốc hội tỉnh do đồng chí Trịnh Thị Hồng Vân, Bí thư Tỉnh ủy "
        "dẫn đầu đã tiếp xúc cử tri các xã Thanh Hương, Thanh Tâm, Liêm Sơn trước Kỳ họp thứ 9, "
        "Quốc hội khóa XV."
    )
    # Were "Liêm Sơn trước Kỳ họp thứ 9, Quốc hội khóa nào?" and, once cut later, "Quốc hội
    # khóa nào?": neither names what it asks about.
    assert not any(q.startswith(("Liêm Sơn", "Quốc hội khóa")) for q in asked)
    # A body after a place is no item of a list of places: that comma is a boundary.
    text = "phối hợp với Công an huyện Thanh Liêm, Viện Kiểm sát nhân dân huyện có mặt"
    assert [m.group(0) for m in boundaries(text)] == [","]


def test_groups_of_people_and_tiers_are_not_cut_at_their_commas() -> None:
    asked = all_questions(
        "Huyện ban hành Kế hoạch số 127-KH/HU ngày 18/7/2023, chỉ đạo 100% tổ chức cơ sở đảng "
        "quán triệt đến cán bộ, đảng viên, 100% xóm tổ chức hội nghị với trên 41.500 lượt "
        "người tham dự."
    )
    # Were "... quán triệt đến cán bộ?" and "Đảng viên, 100% xóm tổ chức hội nghị ...".
    assert any(question.endswith("quán triệt đến cán bộ, đảng viên?") for question in asked)
    assert not any(question.startswith("Đảng viên") for question in asked)
    asked = all_questions(
        "Huyện ủy ban hành Đề án số 04-ĐA/HU về nâng cao chất lượng đội ngũ công chức cấp "
        "huyện, cấp xã giai đoạn 2021 – 2025."
    )
    # The period was asked as "Cấp xã giai đoạn nào?".
    assert not any(question.startswith("Cấp xã") for question in asked)


def test_a_counted_noun_ending_just_past_the_word_limit_is_kept_whole() -> None:
    asked = all_questions(
        "Hằng năm, huyện chỉ đạo 100% tổ chức cơ sở đảng học tập chuyên đề với tỷ lệ cán bộ "
        "tham gia đạt trên 97%."
    )
    # Was "... tổ chức cơ sở đảng học tập chuyên?": the noun was cut at eight words.
    assert not any(question.endswith("chuyên?") for question in asked)


def test_a_count_keeps_its_qualifier_before_a_bracketed_figure() -> None:
    asked = all_questions(
        "Đảng bộ có 2.687 đảng viên, trong đó 1.104 đảng viên là người dân tộc thiểu số "
        "(41,09%). Thực hiện Kết luận số 12-KL/HU của Ban Thường vụ Huyện ủy về phát triển "
        "đảng viên, thực hành tiết kiệm, chống lãng phí, huyện kết nạp 386 đảng viên."
    )
    # Was "..., trong đó bao nhiêu đảng viên?", whose answer could be 2.687 as well.
    assert any(q.endswith("bao nhiêu đảng viên là người dân tộc thiểu số?") for q in asked)
    # Were "... Kết luận số nào của Ban Thường vụ Huyện ủy về?" and "Chống lãng phí, ...".
    assert not any(question.endswith(" về?") for question in asked)
    assert not any(question.startswith("Chống lãng phí") for question in asked)


def test_two_of_a_kind_joined_by_va_stay_together() -> None:
    asked = all_questions(
        "Tổng mức đầu tư của dự án là 2.150 tỷ đồng từ nguồn ngân sách Trung ương và ngân "
        "sách tỉnh, do Sở Giao thông vận tải làm chủ đầu tư. Trên công trường hiện có 215 cán "
        "bộ, công nhân cùng 86 máy móc, thiết bị làm việc."
    )
    # Was "... bao nhiêu tỷ đồng từ nguồn ngân sách Trung ương?": all of it central money.
    assert any("từ nguồn ngân sách Trung ương và ngân sách tỉnh" in q for q in asked), asked
    assert any("bao nhiêu cán bộ, công nhân" in q for q in asked), asked


def test_acronym_pairs_and_more_set_phrases_stay_whole() -> None:
    asked = questions(
        "Hệ thống 295 đại lý thu BHXH, BHYT được kiện toàn. Toàn tỉnh có 226 điểm tiêm "
        "chủng cố định tại trạm y tế xã, phường, thị trấn và 10 điểm tiêm chủng dịch vụ. Sản "
        "phẩm của làng có mặt tại 14 quốc gia và vùng lãnh thổ. Ban chuyên án huy động 150 cán "
        "bộ, chiến sĩ chia thành 12 tổ công tác."
    )
    assert asked["295"].endswith("thu BHXH, BHYT được kiện toàn?")
    assert asked["226"].endswith("xã, phường, thị trấn?")
    assert asked["14"].endswith("bao nhiêu quốc gia và vùng lãnh thổ?")
    # Not "... chiến sĩ chia thành?": a verb whose object was cut goes too.
    assert asked["150"].endswith("cán bộ, chiến sĩ?")
