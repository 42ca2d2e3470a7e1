"""Vietnamese sentence splitting."""

from __future__ import annotations

from studyapp.core.article import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_numbers_never_split() -> None:
    text = "Đảng bộ có 6.968 đảng viên. Thủy sản chiếm 25,5% và 1.234,5 tỷ đồng. Hết."
    assert sentences(text) == [
        "Đảng bộ có 6.968 đảng viên.",
        "Thủy sản chiếm 25,5% và 1.234,5 tỷ đồng.",
        "Hết.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "Ông nói: “Làm hết việc chứ không hết giờ.” Các đơn vị đồng tình."
    assert sentences(text) == [
        "Ông nói: “Làm hết việc chứ không hết giờ.”",
        "Các đơn vị đồng tình.",
    ]
    straight = 'Khẩu hiệu là "Dân vận khéo." Mọi người hưởng ứng.'
    assert sentences(straight)[0] == 'Khẩu hiệu là "Dân vận khéo."'


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "Đoàn đến TP. Hồ Chí Minh cùng TS. Nguyễn Văn An, ThS. Lê Hà và ông Trần V. Bình. "
        "Nội dung gồm kinh tế, văn hóa v.v. Tất cả đạt yêu cầu."
    )
    assert sentences(text) == [
        "Đoàn đến TP. Hồ Chí Minh cùng TS. Nguyễn Văn An, ThS. Lê Hà và ông Trần V. Bình.",
        "Nội dung gồm kinh tế, văn hóa v.v. Tất cả đạt yêu cầu.",
    ]


def test_lowercase_after_full_stop_does_not_split_but_digits_do() -> None:
    assert sentences("Năm 2023. tiếp theo là năm khác.") == ["Năm 2023. tiếp theo là năm khác."]
    assert sentences("Hoàn thành. 8 tập thể được khen.") == ["Hoàn thành.", "8 tập thể được khen."]


def test_ellipsis_and_question_mark() -> None:
    assert sentences("Chuyển đến xã... Cán bộ nhận. Vì sao? Vì dân.") == [
        "Chuyển đến xã...",
        "Cán bộ nhận.",
        "Vì sao?",
        "Vì dân.",
    ]


def test_a_persons_initials_do_not_end_a_sentence() -> None:
    text = "Nhiều nhất là bà N.T.H. (SN 1968) mất hơn 2,1 tỷ đồng. Vụ án đã được khởi tố."
    # Was split after "N.T.H.", leaving "(SN 1968) mất hơn 2,1 tỷ đồng." as a sentence.
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Nhiều nhất là bà N.T.H. (SN 1968) mất hơn 2,1 tỷ đồng.",
        "Vụ án đã được khởi tố.",
    ]
