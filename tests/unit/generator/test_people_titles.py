"""People under titles beyond the civil service: the army, religions, diplomacy."""

from __future__ import annotations

from studyapp.core.model import FactKind
from tests.unit.generator.helpers import facts_of
from tests.unit.generator.test_cards import notes_of


def _people(text: str) -> list[tuple[str, str]]:
    return [(f.answer, f.unit) for f in facts_of(text, FactKind.PERSON)]


def test_military_command_titles() -> None:
    text = (
        "Dự lễ có Thiếu tướng Trần Minh Tân, Phó Tư lệnh Quân khu 9; Đại tá Huỳnh Văn Sang, "
        "Sư đoàn trưởng Sư đoàn 330 và Đại tá Lê Hoàng Phúc, Trung đoàn trưởng."
    )
    assert [name for name, _ in _people(text)] == [
        "Trần Minh Tân",
        "Huỳnh Văn Sang",
        "Lê Hoàng Phúc",
    ]


def test_clergy_and_foreign_dignitaries() -> None:
    people = dict(
        _people(
            "Hòa thượng Lý Hùng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, Trụ trì "
            "chùa Som Rông, tiếp đoàn. Ngài Suzuki Hiroshi, Phó Thống đốc tỉnh Yamanashi, cho "
            "biết hai bên sẽ hợp tác. Giám mục Phêrô Lê Tấn Lợi, Giám quản Tông tòa Giáo phận "
            "Cần Thơ, cảm ơn đoàn."
        )
    )
    assert set(people) == {"Lý Hùng", "Suzuki Hiroshi", "Phêrô Lê Tấn Lợi"}


def test_a_command_without_its_unit_says_nothing_of_whom_it_means() -> None:
    text = "Đại tá Lê Hoàng Phúc, Trung đoàn trưởng cho biết đơn vị có 1.120 người."
    assert _people(text) == []


def test_a_youth_unions_name_is_no_persons() -> None:
    text = "Dự có đồng chí Lê Minh Tâm, Bí thư Thành Đoàn Cần Thơ cùng hơn 3.000 đội viên."
    assert [name for name, _ in _people(text)] == ["Lê Minh Tâm"]


def test_a_specialised_schools_name_goes_on_past_its_acronym() -> None:
    text = "Thầy giáo Đinh Văn Bình, Hiệu trưởng Trường THPT chuyên Thái Bình chia sẻ niềm vui."
    assert _people(text) == [("Đinh Văn Bình", "Hiệu trưởng Trường THPT chuyên Thái Bình")]
    named = "Cô Trương Thị Thu Hà, Hiệu trưởng Trường THPT chuyên Nguyễn Bỉnh Khiêm cho biết."
    assert [name for name, _ in _people(named)] == ["Trương Thị Thu Hà"]


def test_the_elected_or_appointed_hold_the_post_after_the_verb() -> None:
    notes = notes_of(
        "Đại hội bầu Ban Chấp hành gồm 35 đồng chí; anh Đặng Quốc Huy được bầu giữ chức Bí thư "
        "Huyện đoàn, chị Phạm Thu Hằng và anh Lê Minh Tuấn được bầu giữ chức Phó Bí thư Huyện "
        "đoàn. Đồng chí Lê Thị Thu Hương, nguyên Trưởng phòng Nội vụ huyện Bình Lục, giữ chức "
        "Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bình Mỹ. Đồng chí Trần Văn Khải tái cử Chủ tịch "
        "Hội CCB huyện Ý Yên nhiệm kỳ 2022 – 2027."
    )
    people = {n.answer: n.question for n in notes if n.kind is FactKind.PERSON}
    assert people == {
        "Đặng Quốc Huy": "Bí thư Huyện đoàn Bình Lục là ai?",
        "Lê Thị Thu Hương": "Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bình Mỹ là ai?",
        "Trần Văn Khải": "Chủ tịch Hội CCB huyện Ý Yên là ai?",
    }


def test_a_title_takes_the_place_its_paragraph_named_before_it() -> None:
    notes = notes_of(
        "Huyện Gia Viễn kiểm tra 96 cơ sở. Huyện Gia Viễn phát hiện 12 cơ sở vi phạm. "
        "Huyện Gia Viễn xử phạt 8 cơ sở.\n\nTại huyện Kim Sơn, Phòng Y tế huyện kiểm tra 124 "
        "cơ sở. Ông Trần Đức Long, Trưởng phòng Y tế huyện cho biết sẽ kiểm tra 50 cơ sở."
    )
    assert "Trưởng phòng Y tế huyện Kim Sơn là ai?" in [n.question for n in notes]


def test_a_department_head_takes_the_papers_province_when_the_article_names_none() -> None:
    from studyapp.core.cards import build_notes
    from studyapp.core.facts import extract_facts
    from tests.unit.generator.helpers import article_of

    article = article_of(
        "Chiều 18-9, Trung tâm Y tế huyện Kim Bảng tổ chức lễ đón nhận máy chụp cắt lớp vi "
        "tính 64 lát cắt.\n\nDự buổi lễ có đồng chí Lê Thị Hồng Vân, Giám đốc Sở Y tế."
    )
    notes = build_notes(extract_facts(article), slug="t", title=article.title, paper="Báo Hà Nam")
    asked = [n.question for n in notes if n.kind is FactKind.PERSON]
    assert asked == ["Giám đốc Sở Y tế tỉnh Hà Nam là ai?"]


def test_a_head_of_a_body_named_only_by_its_kind_is_not_asked() -> None:
    text = (
        "Bệnh viện khám miễn phí cho 350 người cao tuổi. Bác sĩ Nguyễn Hoàng Nam, Phó Giám "
        "đốc bệnh viện cho biết sẽ khám định kỳ. Ông Lê Văn Ba, Giám đốc Sở Y tế thành phố "
        "Cần Thơ dự buổi khám."
    )
    asked = [n.question for n in notes_of(text) if n.kind is FactKind.PERSON]
    assert asked == ["Giám đốc Sở Y tế thành phố Cần Thơ là ai?"]
    # The article's one hospital named in full is the bare kind's (session 11).
    named = text.replace("Bệnh viện khám", "Bệnh viện Đa khoa thành phố Cần Thơ khám")
    asked = [n.question for n in notes_of(named) if n.kind is FactKind.PERSON]
    assert asked[0] == "Phó Giám đốc Bệnh viện Đa khoa thành phố Cần Thơ là ai?"
