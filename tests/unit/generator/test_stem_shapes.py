"""Question stems on sentence shapes the first test articles did not have."""

from __future__ import annotations

from studyapp.core.cards import build_notes
from studyapp.core.cards.stems import _near_left
from studyapp.core.facts import extract_facts
from studyapp.core.model import NoteDraft
from tests.unit.generator.helpers import article_of


def questions(text: str, title: str = "Tiêu đề bài viết") -> dict[str, str]:
    """Each answer's question, for a one-paragraph article."""
    article = article_of(text, title)
    notes: list[NoteDraft] = list(build_notes(extract_facts(article), slug="t", title=title))
    return {note.answer: note.question for note in notes}


def test_the_short_co_form_is_only_for_a_figure_that_opens_a_list_item() -> None:
    asked = questions(
        "Toàn huyện có 1.126 ngôi nhà bị tốc mái, trong đó 14 nhà bị sập đổ hoàn toàn, "
        "213 nhà hư hỏng nặng trên 70%; năm nay có 198 thanh niên nhập ngũ, trong đó có "
        "9 đảng viên, chiếm 4,55%, cao hơn 1,2 điểm phần trăm so với năm 2023."
    )
    # "trên 70%" qualifies the houses before it.
    # "Toàn huyện có trên bao nhiêu phần trăm?" was asked.
    assert asked["70%"].endswith("213 nhà hư hỏng nặng trên bao nhiêu phần trăm?")
    # A year is never the object of "có": "Trong đó có nào?" was asked.
    assert asked["2023"].endswith("cao hơn 1,2 điểm phần trăm so với năm nào?")
    # Items joined by "và" or "với" still get the short form.
    listed = questions(
        "Huyện Kim Bảng có 18 đơn vị hành chính, gồm 13 xã và 5 thị trấn với hơn 130.000 nhân khẩu."
    )
    assert listed["130.000"] == "Huyện Kim Bảng có hơn bao nhiêu nhân khẩu?"


def test_phoi_hop_voi_is_no_head_for_a_figure() -> None:
    asked = questions(
        "Ngành BHXH phối hợp với Sở Lao động thanh tra 56 đơn vị, ban hành 9 quyết định xử phạt "
        "theo Nghị định số 12/2022/NĐ-CP với tổng số tiền phạt 486 triệu đồng."
    )
    assert "phối hợp với Nghị định" not in asked["12/2022/NĐ-CP"]
    assert all(not q.endswith("phối hợp với bao nhiêu triệu đồng?") for q in asked.values())


def test_set_phrases_with_a_comma_are_not_cut() -> None:
    # A crowded sentence's question starts at a clause boundary near the figure,
    # not inside "các xã, thị trấn" or "trật tự, an toàn giao thông".
    left = (
        "Ngay trong đêm 17/9, Ban Thường vụ Huyện ủy đã họp khẩn để bàn các biện pháp ứng phó, "
        "chỉ đạo các xã, thị trấn thực hiện nghiêm phương châm bốn tại chỗ, tập trung sơ tán "
    )
    assert _near_left(left).startswith(" chỉ đạo các xã, thị trấn thực hiện")
    left = (
        "Trong dịp Tết, lực lượng Cảnh sát giao thông và Công an cấp huyện đã kiểm tra, phát "
        "hiện hàng nghìn trường hợp vi phạm trật tự, an toàn giao thông, xử phạt hàng tỷ đồng, "
        "tạm giữ "
    )
    assert _near_left(left) == " xử phạt hàng tỷ đồng, tạm giữ "


def test_a_tail_stops_before_a_new_subject() -> None:
    asked = questions(
        "Tại buổi làm việc với xã Hoàng Đông ngày 8/7/2024, đồng chí Nguyễn Thị Mai Anh, Phó Chủ "
        "tịch UBND thị xã, Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng thị xã yêu cầu các tổ công "
        "tác tiếp tục đối thoại với từng hộ còn vướng mắc theo tinh thần “đi từng ngõ, gõ từng "
        "nhà”."
    )
    # Not "..., đồng chí Nguyễn Thị Mai Anh?" (the tail cut after the name).
    assert asked["8/7/2024"] == "Tại buổi làm việc với xã Hoàng Đông ngày nào?"
