"""Defects the twelfth review round found: a carried year, a glued verb, a cut name."""

from __future__ import annotations

from studyapp.core.model import FactKind
from tests.unit.generator.test_cards import by_answer, notes_of


def test_a_sentence_set_now_takes_no_year_carried_from_before() -> None:
    notes = by_answer(
        notes_of(
            "Năm 2023, huyện kết nạp 120 đảng viên. Hiện toàn Đảng bộ huyện có 47 tổ chức cơ sở "
            "đảng. Năm 2023, tỉnh xếp thứ 4 cả nước. Năm nay, ngành Giáo dục tỉnh phấn đấu vào "
            "tốp 5 tỉnh dẫn đầu."
        )
    )
    # Was "Năm 2023, hiện toàn Đảng bộ ..." and "Năm 2023, năm nay, ...".
    assert not notes["47"].question.startswith("Năm 2023")
    assert not notes["5"].question.startswith("Năm 2023")


def test_a_verb_after_a_title_is_not_part_of_it() -> None:
    notes = notes_of(
        "Ông Nguyễn Hữu Phong, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh khuyến cáo: "
        "người dân không bán chạy lợn ốm, không vứt xác lợn ra môi trường."
    )
    asked = [n.question for n in notes if n.kind is FactKind.PERSON]
    assert asked == ["Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh là ai?"]


def test_a_contest_named_sang_tao_is_not_cut_at_tao() -> None:
    notes = by_answer(
        notes_of(
            "Chiều 17-10, Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ phối hợp với "
            "Sở Khoa học và Công nghệ tổ chức lễ tổng kết và trao giải Hội thi Sáng tạo kỹ thuật "
            "thành phố Cần Thơ lần thứ XIII (2023 – 2024)."
        )
    )
    # Was "... trao giải Hội thi Sáng?": "tạo" read as a verb opening a clause.
    assert not notes["17-10"].question.endswith("Sáng?")


def test_a_citys_delegation_acting_is_not_put_in_the_quan() -> None:
    from tests.unit.generator.test_stem_shapes import questions

    asked = questions(
        "Đoàn đại biểu Quốc hội thành phố Cần Thơ tiếp xúc cử tri quận Ninh Kiều. Từ đầu nhiệm "
        "kỳ đến nay, Đoàn đại biểu Quốc hội thành phố đã tổ chức 126 cuộc tiếp xúc cử tri. "
        "Quận có 11 phường.",
        title="Tiếp xúc cử tri quận Ninh Kiều",
    )
    assert not asked["126"].startswith("Ở Ninh Kiều")
    assert asked["11"].startswith("Ở Ninh Kiều")


def test_before_a_month_is_asked_before_what_time() -> None:
    notes = by_answer(
        notes_of(
            "Đồng chí yêu cầu các huyện ủy chuẩn bị chu đáo đại hội chi bộ điểm, xong trước "
            "tháng 4 năm 2025."
        )
    )
    # Was "xong trước khi nào?", which reads as the conjunction "trước khi".
    assert notes["tháng 4 năm 2025"].question.endswith("xong trước thời điểm nào?")
