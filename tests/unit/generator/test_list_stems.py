"""The short "có bao nhiêu ..." form for a figure that opens an item of a list."""

from __future__ import annotations

from tests.unit.generator.test_stem_boundaries import all_questions
from tests.unit.generator.test_stem_shapes import questions


def test_the_lists_verb_is_the_one_right_before_its_first_figure() -> None:
    asked = questions(
        "Mù Cang Chải là huyện vùng cao nằm ở phía Tây tỉnh Yên Bái, có 14 đơn vị hành chính "
        "cấp xã gồm 13 xã và 1 thị trấn, với trên 70.500 nhân khẩu."
    )
    # Was "Mù Cang Chải là bao nhiêu thị trấn?" ("là" taken for the list's verb).
    assert asked["1"] == (
        "Mù Cang Chải là huyện vùng cao nằm ở phía Tây tỉnh Yên Bái, có bao nhiêu thị trấn?"
    )
    asked = questions(
        "Thực hiện Chỉ thị số 35-CT/TW về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp "
        "công dân, trong 10 tháng năm 2024, các cơ quan trong tỉnh đã tiếp 4.286 lượt với 5.017 "
        "người đến trình bày 3.912 vụ việc."
    )
    # Was "... sự lãnh đạo của Đảng đối với bao nhiêu người?": "đối với" is no list's verb.
    assert "đối với bao nhiêu người" not in asked["5.017"]
    assert "4.286 lượt với bao nhiêu người" in asked["5.017"]


def test_no_short_form_that_would_have_two_answers_or_lose_its_subject() -> None:
    asked = all_questions(
        "Toàn tỉnh hiện có 612 cơ sở lưu trú với 9.350 buồng, trong đó có 21 khách sạn 4 sao với "
        "2.140 buồng. Trường hiện có 8 lớp với 280 học sinh, 100% ăn ở nội trú."
    )
    # "Toàn tỉnh hiện có bao nhiêu buồng?" was asked for 2.140 as well as for 9.350.
    assert "Toàn tỉnh hiện có bao nhiêu buồng?" not in asked
    # "Trường hiện có bao nhiêu phần trăm ăn ở nội trú?": the share is of the pupils.
    assert "Trường hiện có 8 lớp với 280 học sinh, bao nhiêu phần trăm ăn ở nội trú?" in asked


def test_a_second_verb_opens_a_list_of_its_own() -> None:
    asked = questions(
        "Riêng TP Việt Trì - nơi có 4 phường Xoan gốc là An Thái, Phù Đức, Kim Đái và Thét - "
        "hiện có 12 câu lạc bộ với 340 hội viên."
    )
    # Was "Riêng TP Việt Trì - nơi có bao nhiêu hội viên?": the city's 4 guilds have no members.
    assert asked["340"].endswith("hiện có 12 câu lạc bộ với bao nhiêu hội viên?")


def test_a_tail_stops_at_a_colon_that_opens_a_list() -> None:
    asked = questions(
        "Đại hội diễn ra từ ngày 28/4 đến 22/6/2024, gồm 12 môn thi đấu: điền kinh, bơi lội, "
        "bóng đá nam, bóng chuyền, cầu lông, bóng bàn, cờ tướng, võ cổ truyền, đẩy gậy."
    )
    # Was "... đến ngày nào, gồm 12 môn thi đấu: điền kinh?".
    assert asked["22/6/2024"].endswith("đến ngày nào, gồm 12 môn thi đấu?")


def test_items_share_a_predicate_but_not_the_rest_of_the_last_items_noun() -> None:
    asked = all_questions(
        "Tang vật thu giữ gồm 1 ô tô, 3 xe máy, 11 điện thoại di động và 286,5 triệu đồng tiền "
        "mặt. Đơn vị cũng hỗ trợ 1.250 kg giống lúa, 3.400 cây giống thảo quả cho hộ nghèo."
    )
    # Were "1 ô tô, bao nhiêu xe máy tiền mặt?": "tiền mặt" belongs to the money.
    assert not any("xe máy tiền mặt" in q for q in asked)
    assert "Đơn vị cũng hỗ trợ bao nhiêu kg giống lúa cho hộ nghèo?" in asked
