"""Where an article ends or is broken into: footers, comments, link lists, notices.

Like :mod:`studyapp.core.article.chrome`, whose word count it shares, every
``key`` argument is a line passed through
:func:`studyapp.core.vietnamese.comparable`.
"""

from __future__ import annotations

import re

from studyapp.core.article.charset import CAP_WORD
from studyapp.core.article.chrome import word_count

_MAX_CHROME_WORDS = 30
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# The heading of readers' comments: "Bình luận (4)", "Bạn đọc bình luận", "Ý kiến bạn đọc".
_COMMENT_HEADING = (
    r"^(?:\d+\s+)?(?:bạn đọc )?(?:bình luận|ý kiến)(?: bài viết| bạn đọc| của bạn)?\s*"
    r"(?:\(\d+\))?\s*:?$"
)
# Lines after which nothing belongs to the article: comment blocks, the
# newspaper's imprint (licence, editor, address, phone, e-mail), copyright.
_FOOTER_RE = re.compile(
    _COMMENT_HEADING
    # A reader poll after the article: "BÌNH CHỌN" / "Bạn có hài lòng ...?".
    + r"|^(?:bình chọn|thăm dò ý kiến|khảo sát nhanh)\s*:?$"
    # A post's reactions: "👍❤️👏 248   31 bình luận   17 lượt chia sẻ".
    r"|^\W*\d[\d.,]*\s+\d[\d.,]*\s*bình luận\b"
    # The paper's owner at the foot of the page: "Cơ quan của Đảng bộ Đảng Cộng sản ...".
    r"|^cơ quan (?:ngôn luận )?của (?:đảng bộ|tỉnh ủy|thành ủy|ubnd)"
    r"|^(?:gửi|viết|thêm) (?:bình luận|ý kiến)"
    r"|^giấy phép|giấy phép (?:xuất bản|thiết lập)|\b\d+/gp-"
    r"|^(?:tổng biên tập|phó tổng biên tập|chịu trách nhiệm|cơ quan chủ quản|thư ký tòa soạn"
    r"|ban biên tập)\b"
    r"|^(?:địa chỉ|trụ sở|tòa soạn|văn phòng đại diện)\s*:"
    r"|^(?:điện thoại|đt|tel|hotline|đường dây nóng|fax)\s*[:.]"
    r"|^e-?mail\s*:"
    r"|^(?:bản quyền|copyright|©)"
    r"|cấm sao chép|ghi rõ nguồn|không được sao chép|sao chép .*khi chưa"
    # The article's tag list: what follows is the page's, not the article's.
    r"|^#?\s*(?:tags?|từ khóa)\s*:"
)
_COMMENT_HEADING_RE = re.compile(_COMMENT_HEADING)
_COMMENT_HEADER_RE = re.compile(
    rf"^{CAP_WORD}(?:\s{CAP_WORD}){{1,4}}\s+[-–]\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    r"(?:\s*[,-]?\s*\d{1,2}:\d{2})?$"
)
_IMPRINT_LINE_RE = re.compile(
    # Maybe after the paper's name: "Báo Cần Thơ - Giấy phép số 417/GP-BTTTT. Tổng ...".
    r"^(?:báo [^.:\-–]{1,30}[-–:]\s*)?"
    r"(?:(?:cơ quan chủ quản|tổng biên tập|chịu trách nhiệm xuất bản)\s*:"
    r"|giấy phép (?:số )?\d+/gp-)"
)

# Headings that introduce a list of links to other articles.
_RELATED_RE = re.compile(
    r"^(?:các )?(?:tin|bài|bài viết|tin tức|tin, bài|tin bài)(?: \w+)?"
    r" (?:liên quan|cùng chuyên mục|khác|đã đưa|đã đăng|mới)"
    r"(?: nhất)?\s*:?$"
    r"|^(?:xem thêm|đọc thêm|có thể bạn quan tâm|các tin khác|cùng chuyên mục)\s*:?$"
    # An ad block's heading: the ads below it are one line each, like link titles.
    r"|^(?:quảng cáo|tài trợ|nội dung tài trợ|advertisement|sponsored)\s*:?$"
)


def is_footer_start(key: str) -> bool:
    """A line from which the rest of the page is footer, comments or ads.

    Only short lines count: a body paragraph may well mention "giấy phép". The
    imprint copied as one long line is the exception: no paragraph starts by
    naming the paper's owner or editor.
    """
    if _IMPRINT_LINE_RE.match(key):
        return True
    return word_count(key) <= _MAX_CHROME_WORDS and bool(_FOOTER_RE.search(key))


def is_comment_heading(key: str) -> bool:
    """The heading of readers' comments: "Bình luận (4)", "Ý kiến bạn đọc"."""
    return bool(_COMMENT_HEADING_RE.match(key))


def is_comment_header(line: str) -> bool:
    """A reader's comment's first line: "Trần Minh Tuấn - 22/05/2024 08:12"."""
    return bool(_COMMENT_HEADER_RE.match(line))


def is_related_heading(key: str) -> bool:
    """A heading such as "Tin liên quan" that precedes a list of other headlines."""
    return bool(_RELATED_RE.match(key))


def is_correction(line: str) -> bool:
    """An editor's correction note ("Đính chính: Trong phiên bản đăng lúc ...")."""
    return line[:12].casefold().startswith("đính chính")


def is_correction_heading(key: str) -> bool:
    """The heading of a correction notice set in a block of its own: "ĐÍNH CHÍNH"."""
    return key.rstrip(" :") == "đính chính"


def is_contact(line: str) -> bool:
    """A line giving an email address ("... xin gửi thư về ..., email: bandoc@...")."""
    return "@" in line and bool(_EMAIL_RE.search(line))
