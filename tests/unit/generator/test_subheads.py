"""Subheads head what says them in full, so they are not asked."""

from __future__ import annotations

from tests.unit.generator.test_cards import notes_of

BULLETIN = (
    "Sáng 21-11, Ủy ban MTTQ huyện Phong Điền tổ chức trao 15 căn nhà đại đoàn kết cho hộ "
    "nghèo, hộ cận nghèo tại các xã Nhơn Ái, Giai Xuân và Tân Thới.\n\n"
    "Cờ Đỏ: Bàn giao 200 thẻ bảo hiểm y tế cho người dân tộc Khmer\n\n"
    "Ngày 19-11, Hội Chữ thập đỏ huyện Cờ Đỏ phối hợp với Bảo hiểm xã hội huyện trao 200 thẻ "
    "bảo hiểm y tế cho đồng bào dân tộc Khmer có hoàn cảnh khó khăn tại các xã Thới Xuân, "
    "Đông Thắng và Trung An.\n\n"
    "Năm 2021: doanh thu 3,2 tỷ đồng\n\nNăm 2022: doanh thu 4,1 tỷ đồng\n\n"
    "Năm 2023: doanh thu 5,6 tỷ đồng\n\n"
    "Doanh thu của hợp tác xã tăng đều qua các năm nhờ mở rộng diện tích nhà màng, liên kết "
    "với doanh nghiệp bao tiêu sản phẩm và đầu tư máy cấy, máy gặt đập liên hợp cho xã viên."
)


def test_a_subhead_is_not_asked_but_its_item_and_a_tables_rows_are() -> None:
    asked = [n.question for n in notes_of(BULLETIN)]
    assert not [q for q in asked if q.startswith("Cờ Đỏ:") or "Bàn giao bao nhiêu" in q]
    assert any("trao bao nhiêu thẻ" in q for q in asked)
    # The last row of a table heads the paragraph after it, but it is a row.
    assert any(q.endswith("năm 2023, doanh thu bao nhiêu tỷ đồng?") for q in asked)
