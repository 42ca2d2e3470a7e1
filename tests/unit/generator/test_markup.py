"""HTML and Markdown left in copied articles."""

from __future__ import annotations

from studyapp.core.article import read_article
from studyapp.core.article.markup import strip_markup


def test_plain_text_is_untouched() -> None:
    text = "Tỷ lệ < 5% và <tại Hà Nội> & “Dân vận khéo” * 2 # 3"
    assert strip_markup(text) is text


def test_html_tags_and_entities_go_and_block_tags_break_lines() -> None:
    text = (
        "<p><strong>Từ đầu năm, huyện tạo việc làm cho 4.215 lao động.</strong></p>"
        "<p>Giai đoạn 2021&nbsp;–&nbsp;2025, huyện có &quot;Phiên giao dịch việc làm&quot;.<br>"
        "Huyện có 36 xã.</p>"
    )
    assert strip_markup(text).split("\n") == [
        "",
        "Từ đầu năm, huyện tạo việc làm cho 4.215 lao động.",
        "",
        'Giai đoạn 2021 – 2025, huyện có "Phiên giao dịch việc làm".',
        "Huyện có 36 xã.",
        "",
    ]


def test_markdown_headings_bold_images_and_links_keep_their_text() -> None:
    text = (
        "# Hải Hậu nỗ lực hoàn thành tiêu chí\n\n"
        "**Năm 2023, huyện Hải Hậu huy động được 1.186 tỷ đồng.**\n\n"
        "![Ảnh](https://baonamdinh.vn/a.jpg)\n"
        "Đường giao thông ở xã Hải Đông được trồng hoa.\n\n"
        "Xem [Nam Định: 6 huyện đạt chuẩn](https://baonamdinh.vn/x.html) và "
        "ca\u00adme\u00adra.\n\n*Thanh Thúy*"
    )
    assert strip_markup(text).split("\n") == [
        "Hải Hậu nỗ lực hoàn thành tiêu chí",
        "",
        "Năm 2023, huyện Hải Hậu huy động được 1.186 tỷ đồng.",
        "",
        "",
        "Đường giao thông ở xã Hải Đông được trồng hoa.",
        "",
        "Xem Nam Định: 6 huyện đạt chuẩn và camera.",
        "",
        "Thanh Thúy",
    ]


def test_a_pasted_html_page_reads_like_the_plain_one() -> None:
    article = read_article(
        (
            "<p>Quỳnh Phụ: Tạo việc làm mới cho hơn 4.200 lao động</p>\n"
            "<p><strong>Huyện Quỳnh Phụ có 36 xã, thị trấn.</strong></p>\n"
            "<p>[Ảnh: Lao động làm việc tại Khu công nghiệp Quỳnh Côi, huyện Quỳnh Phụ.]</p>\n"
            '<p style="text-align:right"><strong>Minh Hằng</strong></p>\n'
        ).encode(),
        filename="t.html.txt",
    )
    assert article.title == "Quỳnh Phụ: Tạo việc làm mới cho hơn 4.200 lao động"
    assert [(p.text, p.is_caption) for p in article.paragraphs] == [
        ("Huyện Quỳnh Phụ có 36 xã, thị trấn.", False),
        ("Lao động làm việc tại Khu công nghiệp Quỳnh Côi, huyện Quỳnh Phụ.", True),
    ]
    assert article.byline == "Minh Hằng"
