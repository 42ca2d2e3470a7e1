"""Tables flattened to rows of cells: asked with their lead, header and row label."""

from __future__ import annotations

from studyapp.core.generate import generate_deck

_TABLE = (
    "Thiệt hại do bão số 3\n\nBáo Thái Bình\n\nBão số 3 gây thiệt hại nặng cho 8 huyện, thành "
    "phố của tỉnh.\n\nBảng tổng hợp thiệt hại theo địa phương (đơn vị: tỷ đồng):\n\n"
    "STT | Địa phương | Nhà ở | Nông nghiệp | Tổng\n"
    "1 | Huyện Thái Thụy | 96 | 312 | 408\n"
    "2 | Huyện Tiền Hải | 88 | 275 | 363\n"
    "3 | Huyện Kiến Xương | 41 | 160 | 201\n"
    "Cộng | | 225 | 747 | 972\n\nNgọc Anh\n"
)


def _questions(text: str) -> dict[str, str]:
    deck = generate_deck(text.encode(), filename="t.txt").deck
    return {note.answer: note.question for note in deck.notes}


def test_a_rows_total_and_the_totals_row_are_asked_under_the_tables_lead() -> None:
    asked = _questions(_TABLE)
    assert asked["408"] == (
        "Bảng tổng hợp thiệt hại theo địa phương (đơn vị: tỷ đồng) – Huyện Thái Thụy, Tổng: "
        "bao nhiêu?"
    )
    assert asked["747"].endswith("– Tổng cộng, Nông nghiệp: bao nhiêu?")
    assert "312" not in asked  # with totals to ask, a row's other cells are not


def test_a_table_without_a_lead_asks_nothing() -> None:
    asked = _questions(
        _TABLE.replace("Bảng tổng hợp thiệt hại theo địa phương (đơn vị: tỷ đồng):\n\n", "")
    )
    assert "408" not in asked and "972" not in asked


def test_a_menu_of_pipes_is_still_no_table() -> None:
    deck = generate_deck(
        ("Trang chủ | Thời sự | Kinh tế | Xã hội\n\n" + _TABLE).encode(), filename="t.txt"
    ).deck
    assert all("Thời sự" not in note.question for note in deck.notes)
    assert deck.name == "Thiệt hại do bão số 3"


def test_a_lead_ending_a_longer_paragraph_is_its_last_sentence() -> None:
    text = _TABLE.replace(
        "Bảng tổng hợp thiệt hại theo địa phương (đơn vị: tỷ đồng):",
        "Các địa phương ven biển bị thiệt hại nặng nhất trong nhiều năm qua. Bảng tổng hợp "
        "thiệt hại theo địa phương (đơn vị: tỷ đồng):",
    )
    assert _questions(text)["408"].startswith("Bảng tổng hợp thiệt hại theo địa phương")
