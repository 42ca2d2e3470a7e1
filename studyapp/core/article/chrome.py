"""Recognisers for the site chrome that scraped Vietnamese news pages carry.

Every function takes a *key*: the line passed through
:func:`studyapp.core.vietnamese.comparable` (normalised, case-folded, single
spaces), so "Hoá"/"Hóa" and capitals never matter.
"""

from __future__ import annotations

import datetime as dt
import re

from studyapp.core.article.charset import CAP_WORD, LOWER_CLASS, TITLE_WORD, UPPER_CLASS
from studyapp.core.vietnamese import SURNAMES

_WORDS_RE = re.compile(r"\S+")
_CAPS_WORD = f"{UPPER_CLASS}{{2,}}"
_CREDIT_WINDOW = 90

# Update / publication stamps: "Cập nhật lúc 08:15, Thứ Sáu, 12/07/2024".
_STAMP_RE = re.compile(
    r"^(?:[^\d,.]{2,30}\s[-–]\s)?(?:cập nhật|ngày đăng|ngày cập nhật|đăng lúc|đăng ngày|đăng"
    r"|xuất bản|thời gian|published|updated)\b.*\d"
    # A date line of its own: "Ngày 18-3-2024", "Báo Lào Cai - Ngày 22/01/2024".
    r"|^(?:[^\d,.]{2,30}\s[-–]\s)?ngày\s*\d{1,2}([/.-])\d{1,2}\1\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?$"
    r"|^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*[,-]?\s*(?:ngày\s*)?\d{1,2}"
    r"(?:[/.-]\d{1,2}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"  # "ngày 16 tháng 10 năm 2023"
    r"|^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?(?:\s*\(?gmt[+-]?\d*\)?)?$"
    r"|^\d{4}-\d{1,2}-\d{1,2}(?:[\st]+\d{1,2}:\d{2}(?::\d{2})?)?$"  # ISO: "2023-10-18 07:45"
    r"|^\d{1,2}[:h]\d{2}\s*(?:\(gmt[+-]\d+\))?\s*[-–|,]?\s*"
    r"(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*)?(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}"
    r"[/.-]\d{4}.{0,20}$"
    # A section before the date: "Quốc phòng - An ninh | Thứ Sáu, 18/10/2024, 06:05 (GMT+7)".
    r"|^[^\d|]{2,40}\s\|\s(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*)?"
    r"(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}.{0,30}$"
    # A social network's time stamp: "20 tháng 6, 2024 lúc 17:05 · 🌏".
    r"|^\d{1,2} tháng \d{1,2},? \d{4}(?: lúc \d{1,2}:\d{2})?\W{0,6}$"
    # A dateline: "Phủ Lý, 21/02/2025 - 17:45".
    r"|^[^\d,.]{2,30},\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?$"
)
_DATE_IN_STAMP_RE = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
    r"|^(\d{1,2}) tháng (\d{1,2}),? (\d{4})"
)
_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")

# Standalone photo credits: "Ảnh: Minh Hà", "Ảnh minh họa", "Nguồn ảnh: TTXVN".
_CREDIT_RE = re.compile(
    r"^[(\[]?(?:ảnh|ảnh minh họa|ảnh tư liệu|nguồn ảnh|ảnh và video|video|clip|đồ họa|infographic"
    r"|ảnh chụp màn hình)\s*(?::\s*(?P<who>.*?))?\.?[)\]]?\.?$"
)
# A caption that carries its own credit at the end: "... tại hội nghị. (Ảnh: Minh Hà)"
_TRAILING_CREDIT_RE = re.compile(
    r"(?:\s*[-–—.]?\s*\((?:ảnh|ảnh minh họa|ảnh tư liệu|nguồn ảnh)(?:\s*:[^()]{1,60})?\)"
    r"|[.]\s+(?:ảnh|nguồn ảnh)\s*:\s*[^.]{1,60})\s*\.?$",
    re.IGNORECASE,
)

_BUTTON_RE = re.compile(
    r"^(?:chia sẻ|share|in bài|in|gửi|lưu|lưu bài|bản in|gửi email|gửi bài|email|facebook|zalo"
    r"|twitter|tweet|like|thích|nghe|nghe bài viết|nghe đọc bài|đọc bài|cỡ chữ|font|a\+?|a-"
    r"|quảng cáo|advertisement|tài trợ|lên đầu trang|về đầu trang|trở về|quay lại|xem tiếp"
    r"|đọc tiếp|theo dõi|bấm theo dõi|trang chủ|copy link|sao chép liên kết|\d{1,2}:\d{2}"
    r"|tìm kiếm(?:\.{3}|…)?|đăng nhập|đăng ký|bỏ qua nội dung chính|sơ đồ cổng|sơ đồ trang|menu|rss"
    r"|(?:>>\s*)?(?:xem thêm|đọc thêm|tin liên quan)\s*[:>»]\s*.+"  # a link: "Xem thêm: ..."
    r"|lượt xem.*|\d[\d.,]* lượt (?:xem|thích|chia sẻ)|\d+ bình luận"
    # Reading time: "baoninhbinh.org.vn — 4 phút đọc".
    r"|(?:[\w.-]+\.(?:vn|com|net|org)\s*[-–—|·]\s*)?\d+ phút đọc"
    r"|#?(?:tags?|từ khóa|chủ đề|chuyên mục)\s*:.*"
    r"|.*[★☆].*|(?:bình chọn|đánh giá) bài viết.*"  # a rating widget
    r"|(?:qc|quảng cáo|\[quảng cáo\])\s*[:\-–]\s*.*"  # an ad: "QC: Vay tín chấp ..."
    r"|trả lời(?:\s*[·|•-]\s*thích.*)?"  # under a reader's comment: "Trả lời · Thích (15)"
    r"|(?:#\w+\s*){2,})$"  # a post's hashtags: "#HuyenuyKimBang #XayDungDang"
)
# The buttons of a share row; a line made only of them is no signature.
_SHARE_WORDS = frozenset({
    "chia", "sẻ", "facebook", "zalo", "email", "e-mail", "twitter", "x", "in", "bài", "viết",
    "lưu", "gửi", "copy", "link", "tweet", "|", "f", "sao", "chép", "a-", "a+", "a", "liên", "kết",
})  # fmt: skip
# A breadcrumb ("Kinh tế > Nông nghiệp") or a menu that starts at the home page
# ("Trang chủ  Thời sự  Kinh tế").
_BREADCRUMB_RE = re.compile(
    r"\s(?:>>?|»|›|\||/)\s|^(?:trang chủ|trang nhất|home)(?:\s*(?:>|»|›|/|\|)|\s+\w+\s+\w+)"
)
_PUNCT_ONLY_RE = re.compile(r"^[\W_]*$")
# The jobs a signature names before the writer: "Bài, ảnh: Hồng Nhung", "PV Thu Hà".
_BYLINE_JOBS = (
    r"bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|bài/ảnh|tin/ảnh|bài, ảnh, video"
    r"|nhóm pv|nhóm phóng viên|pv|ctv|phóng viên|video|nội dung|đồ họa|thiết kế|trình bày"
    r"|phóng sự|ký sự|ghi chép|phóng sự ảnh"
)
_BYLINE_PREFIX_RE = re.compile(rf"^(?:{_BYLINE_JOBS}|theo|nguồn)\s*[:,]?\s+\S")
# A signature at the top that names the job before a colon: "Bài, ảnh: Hồng Nhung".
_SIGNED_RE = re.compile(rf"^(?:{_BYLINE_JOBS}|thực hiện)\s*:\s*\S")
_PARENS_RE = re.compile(r"\([^()]*\)")
# "Bài, ảnh: Thu Hà"; "Ghi chép của Hoàng Yến".
_JOB_LABEL_RE = re.compile(rf"^(?:{_BYLINE_JOBS})(?:\s*:\s*|\s+của\s+)(?=\S)", re.IGNORECASE)
_DONE_BY_RE = re.compile(
    r"\s*(?:\(\s*(?:thực hiện|ghi|lược ghi|tổng hợp)\s*\)|\s(?:thực hiện|ghi|tổng hợp))\s*$",
    re.IGNORECASE,
)
_PHOTO_CREDIT_TAIL_RE = re.compile(
    r"\s*[-–—,;]\s*(?:ảnh|video|đồ họa|thiết kế|trình bày)\s*:.*$", re.IGNORECASE
)
_NAME_SEPARATORS = frozenset({"-", "–", "—", "&", "và", ",", "/"})
_LEAD_PREFIX_RE = re.compile(
    r"^(?:\([^()\s]{2,25}(?:\s[^()\s]{1,10}){0,3}\)|[A-ZĐ]{2,8}|[\w.-]+\.(?:vn|com|net|org)"
    # A place in capitals as a dateline: "BẮC GIANG - "; or in title case before the
    # event's time: "Hưng Yên - Chiều 11-12, ...".
    rf"|{_CAPS_WORD}(?:\s{_CAPS_WORD}){{1,3}}(?=\s[-–—])"
    rf"|{TITLE_WORD}(?:\s{TITLE_WORD}){{0,3}}(?=\s[-–—]\s(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s))"
    r"\s*[-–—:]\s*"
)
# A paper's code or site in brackets with no dash after it: "(CMO) Nhân dịp ...",
# "(Baohanam.com.vn) Sáng 18-9, ...".
_BARE_AGENCY_RE = re.compile(r"^\((?:[A-ZĐ]{2,8}|[\w.-]+\.(?:vn|com|net|org))\)\s+")
_PUBLISHER_RE = re.compile(
    r"^(?:báo|tạp chí|cổng thông tin|trang thông tin|đài phát thanh|đài truyền hình)\b"
    r"|\b(?:điện tử|online)$"  # "Báo Hà Nam điện tử", "NAM ĐỊNH ONLINE"
)
# A site's menu: "Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao" (or split by "•"), or the same
# two-syllable sections with no separator: "Thời sự Kinh tế Xã hội Văn hóa - Du lịch".
_MENU_RE = re.compile(r"^[^.!?]*(?:\s[|•·]\s[^|•·.!?]+){3,}$")
_MENU_MARK_RE = re.compile(r"\s[|•·]\s")  # a cheap test before the menu pattern
_DIGIT_RE = re.compile(r"\d")  # every stamp has one
_SENTENCE_MARK_RE = re.compile(r"[.,:;!?]")
_TRAIL_MARK_RE = re.compile(r"\s[»›>]\s")
_MIN_TRAIL_MARKS = 2
_MAX_TRAIL_WORDS = 24
_MAX_SHARE_ROW_CHARS = 60
# A paper's tagline under its name.
_TAGLINE_RE = re.compile(
    r"(?:^|\s[-–]\s)(?:cơ quan(?: ngôn luận)? của|tiếng nói của|diễn đàn của)\s"
)
# The words of a row of buttons under a headline: "Cỡ chữ: A- A A+ | In trang | Gửi email".
_BUTTON_ROW_RE = re.compile(
    r"\b(?:cỡ chữ|in trang|in bài|gửi email|gửi bài|chia sẻ|lưu bài|bản in)\b"
)
_MAX_BARE_SITE_WORDS = 4
_MAX_HOME_MENU_WORDS = 30
_SECTION = rf"{TITLE_WORD} {LOWER_CLASS}+"
# It may end on sections of one word or of a name: "... Bạn đọc Multimedia", "... Ninh Bình
# ngày mới", "... Đồng bằng sông Cửu Long Multimedia", "... Cần Thơ 24h".
_BARE_MENU_RE = re.compile(
    rf"^{_SECTION}(?:(?:\s[-–]\s|\s){_SECTION}){{3,}}"
    rf"(?:(?:\s[-–]\s|\s){TITLE_WORD}(?:\s{LOWER_CLASS}+)*){{0,4}}(?:\s\d{{1,2}}h)?$"
)


_USUAL_SECTION_RE = re.compile(
    r"(?<!\w)(?:Thời sự|Chính trị|Kinh tế|Xã hội|Văn hóa|Văn hoá|Thể thao|Giáo dục|Pháp luật"
    r"|Y tế|Quốc phòng|An ninh|Du lịch|Nông nghiệp|Đời sống|Thế giới|Trong nước|Bạn đọc"
    r"|Tin tức|Trang chủ|Xây dựng|Môi trường|Khoa học|Công nghệ|Sức khỏe|Giải trí|Ảnh)(?!\w)"
)
_MIN_USUAL_SECTIONS = 2


def word_count(text: str) -> int:
    """Number of white-space separated words."""
    return len(_WORDS_RE.findall(text))


def is_stamp(key: str) -> bool:
    """An update/publication time stamp."""
    return (
        _DIGIT_RE.search(key) is not None and word_count(key) <= 16 and bool(_STAMP_RE.match(key))
    )


def stamp_date(key: str) -> dt.date | None:
    """The date written in a time stamp, if it is a real date."""
    if iso := _ISO_DATE_RE.match(key):
        year, month, day = (int(g) for g in iso.groups())
    elif match := _DATE_IN_STAMP_RE.search(key):
        day, month, year = (int(g) for g in match.groups() if g is not None)
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_image_placeholder(key: str) -> bool:
    """A photo's place marked in brackets, with nothing else: "[Ảnh]", "(Ảnh)", "[Video]"."""
    return bool(_PLACEHOLDER_RE.match(key))


_PLACEHOLDER_RE = re.compile(
    r"^[\[(](?:ảnh|hình ảnh|hình|video|clip|infographic)(?:\s+(?:minh họa|minh hoạ|\d{1,2}))?[\])]$"
)


def credit_kind(key: str) -> str | None:
    """Classify a line starting like a photo credit.

    Returns "credit" for a bare credit ("Ảnh: Minh Hà"), "caption" when the
    "Ảnh:" prefix introduces a real description, None otherwise.
    """
    match = _CREDIT_RE.match(key)
    if match is None:
        return None
    who = match.group("who") or ""
    return "caption" if word_count(who) > 8 else "credit"


def strip_trailing_credit(line: str) -> str | None:
    """The line without an embedded photo credit, or None if it has none."""
    # Credits sit at the very end: only the last characters need scanning.
    offset = max(0, len(line) - _CREDIT_WINDOW)
    match = _TRAILING_CREDIT_RE.search(line, offset)
    if match is None or match.start() == 0:
        return None
    head = line[: match.start()].rstrip()
    if not head.endswith((".", "!", "?", "…")):
        head += "."
    return head


def is_button_or_breadcrumb(key: str) -> bool:
    """Share buttons, counters, tag lists, breadcrumbs, bare punctuation.

    An empty key stands for a long line that was not keyed: body text.
    """
    if not key:
        return False
    if _PUNCT_ONLY_RE.match(key) or _BUTTON_RE.match(key) or is_menu_or_breadcrumb(key):
        return True
    if _TICKER_RE.match(key):
        return True  # "Tin nóng: Lâm Đồng chủ động phòng cháy rừng ...": another story's link
    # "Chia sẻ Facebook Zalo Email": a row of buttons.
    words = {w for w in key.replace(":", " ").split() if not _PUNCT_ONLY_RE.match(w)}
    return len(key) <= _MAX_SHARE_ROW_CHARS and bool(words) and words <= _SHARE_WORDS


_TICKER_RE = re.compile(r"^(?:tin nóng|tin mới|nóng|tiêu điểm|đọc nhiều|xem nhiều|breaking)\s*:")


def is_button_row(key: str) -> bool:
    """A row of buttons ("Cỡ chữ: A- A A+ | In trang | Gửi email"), not a site's menu."""
    return bool(_BUTTON_ROW_RE.search(key))


def is_menu_or_breadcrumb(key: str) -> bool:
    """A site's menu or a breadcrumb: a line of the page's header, never the headline."""
    if not key:
        return False
    if _MENU_MARK_RE.search(key) and _MENU_RE.match(key):
        return True
    if key.startswith(("trang chủ ", "trang nhất ")) and not _SENTENCE_MARK_RE.search(key):
        return word_count(key) <= _MAX_HOME_MENU_WORDS  # "Trang chủ Chính trị Kinh tế ..."
    if key.endswith(".") or not _BREADCRUMB_RE.search(key):
        return False
    # "Báo in » Số 5.412 (Thứ Sáu, 18/10/2024) » Chuyên trang ...": a long trail.
    long_trail = len(_TRAIL_MARK_RE.findall(key)) >= _MIN_TRAIL_MARKS
    return word_count(key) <= (_MAX_TRAIL_WORDS if long_trail else 14)


def is_byline(line: str) -> bool:
    """A signature such as "Chu Phương - Lê Ba (Ban Tổ chức ...)" or "Bài, ảnh: Minh Hà"."""
    stripped = _DONE_BY_RE.sub("", line.strip()) if line.strip() else ""
    if not stripped or any(ch.isdigit() for ch in stripped):
        return False
    lowered = stripped.casefold()
    if stripped.endswith(("!", "?")):
        return False  # said, not signed: "PV: Xin cảm ơn ông!"
    if _BYLINE_PREFIX_RE.match(lowered) and word_count(stripped) <= 12:
        return not stripped.endswith(".") or word_count(stripped) <= 6
    outside = _PARENS_RE.sub(" ", stripped).strip()
    words = outside.replace(",", " , ").split()
    if not words or len(words) > 8:
        return False
    if outside.endswith((".", "!", "?", ":", ";", "…")):
        if not (outside.endswith(".") and len(words) <= 4):
            return False
        words[-1] = words[-1].rstrip(".")
    names = [w for w in words if w not in _NAME_SEPARATORS]
    return bool(names) and all(w[:1].isupper() for w in names)


def signature(byline: str) -> str:
    """The writers' names of a signature line: "Tin, ảnh: TRUNG HIẾU" -> "Trung Hiếu".

    Drops the job label in front and "(thực hiện)" behind; names set in
    capitals get capitals only on each word's first letter.
    """
    text = _JOB_LABEL_RE.sub("", byline.strip(), count=1)
    text = _DONE_BY_RE.sub("", text).strip() or byline.strip()
    text = _PHOTO_CREDIT_TAIL_RE.sub("", text).strip() or text  # "TRẦN THANH - Ảnh: T.T"
    if _PARENS_RE.sub("", text).isupper():
        # Initials stay as they are: "H.L".
        text = " ".join(w[:1] + w[1:].lower() if w.isalpha() else w for w in text.split())
        # A title's second word is no name: "LUẬT SƯ NGUYỄN ..." -> "Luật sư Nguyễn ...".
        text = _TITLE_PAIR_RE.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    return text


_TITLE_PAIR_RE = re.compile(r"^((?:Luật|Bác|Nhà|Thạc|Tiến|Kỹ|Kiến|Dược) )(Sư|Sĩ|Báo|Trúc)(?!\w)")


def is_bare_menu(text: str) -> bool:
    """A site's sections in a row without separators ("Thời sự Kinh tế Xã hội Văn hóa").

    At least two must be a paper's usual sections: "Khánh thành Trung tâm Ung bướu
    Bệnh viện Đa khoa" is a headline in title case.
    """
    joined = " ".join(text.split())
    if not _BARE_MENU_RE.match(joined):
        return False
    return len(_USUAL_SECTION_RE.findall(joined)) >= _MIN_USUAL_SECTIONS


def is_site_name(text: str, key: str) -> bool:
    """A newspaper's name as a line above the headline ("BÁO HÀ NAM", "Báo Hà Nam điện tử").

    In capitals, or ending like a site's name: "Báo chí cách mạng ..." is a headline.
    A masthead with the paper's owner ("BÁO NAM HÀ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, ...")
    is one too, however long.
    """
    if text.isupper() and key.startswith("báo ") and " cơ quan " in key:
        return True
    site, dash, sections = key.partition(" - ")
    if (
        dash
        and all(word_count(part) <= _MAX_BARE_SITE_WORDS for part in sections.split(" - "))
        and is_publisher(site)
    ):
        return True  # the site's name and its sections: "Báo Hà Nam - Tin tức - Xã hội"
    if dash and is_publisher(site) and site.removeprefix("báo ").strip() in sections:
        return True  # its slogan: "Báo Nam Định - Đảng bộ, ... nhân dân tỉnh Nam Định"
    if _TAGLINE_RE.search(key):
        return True  # "Cơ quan của Đảng bộ ... tỉnh Nam Định", "Tiếng nói của ..."
    # "Báo Ninh Bình": a paper's bare name is too short to be a headline.
    short = word_count(key) <= _MAX_BARE_SITE_WORDS
    return is_publisher(key) and (text.isupper() or short or key.endswith(("điện tử", "online")))


def is_signed_byline(line: str) -> bool:
    """A byline that says whose text or photos they are ("Bài, ảnh: Hồng Nhung").

    Unlike a bare name line, it cannot be a headline, so it is skipped when
    looking for one.
    """
    return bool(_SIGNED_RE.match(line.strip().casefold())) and is_byline(line)


def is_publisher(key: str) -> bool:
    """A newspaper's name line in the footer ("BÁO HÀ NAM ĐIỆN TỬ")."""
    return word_count(key) <= 10 and bool(_PUBLISHER_RE.match(key))


def strip_lead_prefix(text: str) -> str:
    """Drop an agency prefix such as "(HNP) - ", "BHN - " or "(CMO) " from the first paragraph."""
    match = _LEAD_PREFIX_RE.match(text) or _BARE_AGENCY_RE.match(text)
    if match is None or match.end() >= len(text):
        return text
    rest = text[match.end() :]
    return rest if rest[:1].isupper() or rest[:1].isdigit() else text


# Clergy, officers and professions that name an interviewee: "Thượng tọa Thích Minh Nhẫn: ...".
_SPEAKER_TITLES = (
    "Thượng tọa|Hòa thượng|Đại đức|Ni sư|Linh mục|Giám mục|Mục sư|Thiếu tướng|Trung tướng"
    "|Đại tá|Thượng tá|Trung tá|Thiếu tá|Bác sĩ|Tiến sĩ|Luật sư|Nghệ nhân|Nhà giáo|Cô giáo"
    "|Thầy giáo|BSCKII|BSCKI|BS\\.?CKII|BS\\.?CKI|ThS\\.?\\s?BS|ThS|TS|PGS\\.?\\s?TS"
    "|GS\\.?\\s?TS|BS|KS"
)
# An interview's speaker label: "PV: ...", "Ông Nguyễn Minh Tuấn: ...", and a
# reader's column's "Hỏi: ...", "Trả lời: ...". A name without "Ông" must
# start with a family name: "Nhật Bản: 8.946 người" is a list's item.
_SPEAKER_RE = re.compile(
    r"^(?:P\.?V|Phóng viên|Hỏi|Đáp|Trả lời"
    rf"|(?:Ông|Bà|Đồng chí|Anh|Chị|{_SPEAKER_TITLES})\s+{CAP_WORD}(?:\s{CAP_WORD}){{1,3}}"
    rf"|(?:{SURNAMES})(?:\s{CAP_WORD}){{1,3}})"
    r"\s*:\s+(?=\S)"
)


def strip_speaker(text: str) -> str:
    """A paragraph of an interview without its speaker label ("PV:", "Ông Nguyễn Văn A:")."""
    match = _SPEAKER_RE.match(text)
    return text[match.end() :] if match else text


def speaker_label(text: str) -> str:
    """The speaker label opening a paragraph ("PV", "Ông Nguyễn Văn A"), or ""."""
    match = _SPEAKER_RE.match(text)
    return match.group(0).rstrip().rstrip(":").rstrip() if match else ""


def looks_like_headline(line: str) -> bool:
    """A link title in a related-articles list: short, no closing full stop."""
    stripped = line.strip().lstrip("-•+* ")
    return word_count(stripped) <= 30 and not stripped.endswith((".", "!", "?", ":", ";"))
