"""Which line of a scraped page is the headline.

The page's top holds the site's name and tagline, menus (separated, bare, or
one item per line), breadcrumbs, date stamps, section labels and kickers; the
headline is the first line that is none of these. A headline broken over two
lines is joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.article import chrome, page_ends
from studyapp.core.article.charset import LOWER_CLASS, TITLE_WORD

_MAX_TITLE_WORDS = 40
MAX_SECTION_WORDS = 4
# A label of a word or two with no other mark is a section's name when the line
# after it is a headline at least this many times longer.
_MAX_BARE_LABEL_WORDS = 2
_BARE_LABEL_RATIO = 4
_MAX_COLUMN_WORDS = 4
_COLUMN_RATIO = 3
_MAX_LABEL_WORDS = 5  # "NÔNG NGHIỆP - NÔNG THÔN", "Người tốt - Việc tốt"
_MAX_PAIR_WORDS = 8  # the dash included
_MAX_LOOKAHEAD = 3
# A menu copied one item per line: at least this many short lines in a row.
_MIN_MENU_ITEMS = 4
_MAX_MENU_ITEM_WORDS = 8
_MAX_HEADER_LINES = 80
# A part of a series under the series' title: "Bài 2: Vườn sầu riêng ...", "Kỳ cuối: ...".
_PART_RE = re.compile(r"^(?:Bài|Kỳ|Phần)\s+(?:\d{1,2}|cuối|[IVX]+)\s*[:.\-–]\s*\S")
# Two sections joined by a dash: "Văn hóa - Du lịch", "Kinh tế - Xã hội".
_SECTION_PAIR_RE = re.compile(
    rf"^{TITLE_WORD}(?: {LOWER_CLASS}+)+ [-–] {TITLE_WORD}(?: {LOWER_CLASS}+)+$"
)


@dataclass(slots=True)
class Line:
    """A line of the page: its text, comparison key and blank-line block."""

    text: str
    key: str
    block: int
    caption: bool = False


def pick_title(lines: list[Line]) -> tuple[str, int]:
    """The headline and the index of the first line after it (-1: no headline line)."""
    menu = _menu_items(lines)
    correcting = False  # under an "ĐÍNH CHÍNH" notice, until the corrected article's headline
    for i, line in enumerate(lines):
        if page_ends.is_correction_heading(line.key):
            correcting = True
            continue
        if correcting and (
            chrome.word_count(line.text) > _MAX_TITLE_WORDS or line.text.endswith((".", ":"))
        ):
            continue  # the notice, and "Dưới đây là nội dung bài viết đã được chỉnh sửa:"
        if (
            i in menu
            or is_stamp_or_button(line)
            or page_ends.is_correction(line.text)
            or chrome.is_site_name(line.text, line.key)  # "TẠP CHÍ MIỀN TRUNG"
            or chrome.is_signed_byline(line.text)  # "Bài, ảnh: Hồng Nhung" above the headline
            or chrome.is_bare_menu(line.text)
        ):
            continue
        # A headline may ask ("... được bồi thường thế nào?"); it never ends a sentence.
        if chrome.word_count(line.text) <= _MAX_TITLE_WORDS and not line.text.endswith(
            (".", "!", ";", ":")
        ):
            nearest = lines[i + 1] if i + 1 < len(lines) else None
            if _is_section_label(line, _next_text_line(lines, i + 1), nearest):
                continue  # a section label ("Xây dựng Đảng", "TƯ VẤN PHÁP LUẬT") above the headline
            if _menu_follows(lines, i, menu):
                continue  # the site's tagline ("Cơ quan của Đảng bộ ..."), above its menu
            return _headline_from(lines, i)
        return "", i
    return "", len(lines)


def _menu_items(lines: list[Line]) -> set[int]:
    """Lines of a menu copied one item per line: a run of short labels in one block.

    A portal's left menu ("Giới thiệu", "Tổng quan về huyện", "Tổ chức bộ máy", ...)
    is a run of at least four short lines with no sentence mark; buttons, stamps
    and the site's name between them do not break it. A run's last line that the
    body follows is its headline ("CHUYỂN ĐỔI SỐ Ở CƠ SỞ" / "Bài 1: ..." / body).
    Only the page's top is looked at.
    """
    items: set[int] = set()
    run: list[int] = []

    def close(next_is_body: bool) -> None:
        if next_is_body and run:
            run.pop()
        if len(run) >= _MIN_MENU_ITEMS:
            items.update(run)
        run.clear()

    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if is_stamp_or_button(line) or chrome.is_site_name(line.text, line.key):
            continue
        words = chrome.word_count(line.text)
        short = words <= _MAX_MENU_ITEM_WORDS and is_title_like(line.text)
        if run and (not short or lines[run[-1]].block != line.block):
            close(next_is_body=not is_title_like(line.text))
        if short:
            run.append(i)
        elif words > _MAX_TITLE_WORDS:
            break  # the body has begun
    close(next_is_body=True)
    return items


def _headline_from(lines: list[Line], i: int) -> tuple[str, int]:
    """The headline starting at line ``i``, with its second line if it was broken in two.

    "Thanh Miện đẩy mạnh cải cách hành chính," / "xây dựng chính quyền số gần dân":
    a line that ends on a comma, or is followed in its block by a lower-case line.
    """
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and nxt.block == line.block and _PART_RE.match(nxt.text):
        return f"{line.text} - {nxt.text}", i + 2  # a series' title and this part's
    if (
        nxt is not None
        and nxt.block == line.block
        and (line.text.endswith(",") or nxt.text[:1].islower())
        and not is_stamp_or_button(nxt)  # "baoninhbinh.org.vn — 4 phút đọc"
        and is_title_like(f"{line.text} {nxt.text}")
    ):
        return f"{line.text} {nxt.text}", i + 2
    return line.text, i + 1


def _menu_follows(lines: list[Line], i: int, menu: set[int]) -> bool:
    """Whether a menu or breadcrumb comes right after line ``i``: the page's header.

    In its block, any of the next few lines ("Cơ quan của Đảng bộ ..." / stamp /
    menu); in the next block, the first line that is not a button ("Thông tin
    chính thống – Cập nhật từng giờ" / blank / "Trang chủ" / "Chính trị" ...).
    """
    for j in range(i + 1, min(len(lines), i + 1 + _MAX_LOOKAHEAD)):
        line = lines[j]
        if _is_menu_line(line) or j in menu:
            return True
        if line.block != lines[i].block and not chrome.is_button_or_breadcrumb(line.key):
            return False
    return False


def _is_menu_line(line: Line) -> bool:
    # A figure makes it a stamp ("Kinh tế | 09:15 - 18/01/2024"), and a row of
    # buttons ("Cỡ chữ: A- A A+ | In trang | Gửi email") may follow a headline too.
    return (
        chrome.is_menu_or_breadcrumb(line.key)
        and not any(map(str.isdigit, line.key))
        and not chrome.is_button_row(line.key)
    )


def _next_text_line(lines: list[Line], start: int) -> Line | None:
    """The first line from ``start`` that is not a time stamp or a breadcrumb."""
    for line in lines[start : start + _MAX_LOOKAHEAD]:
        if not is_stamp_or_button(line):
            return line
    return None


def is_stamp_or_button(line: Line) -> bool:
    """A date stamp, a button, a menu or a breadcrumb: page furniture, never text."""
    return chrome.is_stamp(line.key) or chrome.is_button_or_breadcrumb(line.key)


def _is_section_label(line: Line, following: Line | None, nearest: Line | None) -> bool:
    """A short label followed by a longer headline, in its block or the next ones.

    ``following`` is the next line that is not a stamp, ``nearest`` the very
    next line. Apart from the headline the label must be very short and the
    headline clearly longer; a question mark may end a headline.
    """
    if following is None:
        return False
    words = chrome.word_count(line.text)
    if _SECTION_PAIR_RE.match(line.text) and words <= _MAX_LABEL_WORDS:
        return is_title_like(following.text.rstrip("?"))
    if _SECTION_PAIR_RE.match(line.text) and words <= _MAX_PAIR_WORDS:
        # "Chuyển đổi số – Khoa học công nghệ" above a longer headline.
        return (
            is_title_like(following.text.rstrip("?")) and chrome.word_count(following.text) > words
        )
    longer = chrome.word_count(following.text)
    headline = is_title_like(following.text.rstrip("?"))
    if following.block == line.block:
        # A kicker in capitals above the headline: "CHUYỂN ĐỔI SỐ Ở CƠ SỞ" / "Bài 1: ...".
        kicker = line.text.isupper() and not following.text.isupper()
        return (words <= MAX_SECTION_WORDS or kicker) and longer > words and headline
    # In a block of its own: a column's name ("TƯ VẤN PHÁP LUẬT", "Người tốt - Việc
    # tốt"), or a label with the date line between it and the headline.
    labelled = (
        line.text.isupper() or " - " in line.text or " – " in line.text or following is not nearest
    )
    if words <= _MAX_BARE_LABEL_WORDS and longer >= _BARE_LABEL_RATIO * words and headline:
        return True  # "Chính trị" above a headline four times its length
    if (
        words <= _MAX_COLUMN_WORDS
        and longer >= _COLUMN_RATIO * words
        and headline
        and ". " not in following.text  # a caption with its credit: "... hộ nghèo. (Ảnh: ...)"
    ):
        return True  # a column's name: "Luật sư tư vấn" above its question
    # The dashes between sections are no words: "Huyện – Thị – Thành phố".
    label_words = words - line.text.count(" - ") - line.text.count(" – ")
    return labelled and label_words <= _MAX_LABEL_WORDS and longer >= 2 * label_words and headline


def is_title_like(text: str) -> bool:
    """Short enough for a headline, and not ending a sentence."""
    return chrome.word_count(text) <= _MAX_TITLE_WORDS and not text.endswith(
        (".", "!", "?", ";", ":")
    )
