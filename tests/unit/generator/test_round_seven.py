"""Defects a seventh round of unseen articles showed: asides, numbered names, openers."""

from __future__ import annotations

from studyapp.core.model import FactKind
from tests.unit.generator.helpers import answers
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
