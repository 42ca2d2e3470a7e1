"""Turn a scraped page's text into the article: title, body paragraphs, captions.

What is dropped (see :mod:`studyapp.core.article.chrome` for the patterns):
the headline repeated as image alt text, photo credits, bylines (kept aside as
the attribution), "Cập nhật lúc ..." stamps, share buttons and breadcrumbs,
"Tin liên quan" link lists, and everything from the first footer line on
(comment block, licence number, address, phone, fax, e-mail, editor, ads).

Photo captions are kept as their own paragraphs flagged ``is_caption``: the
line right after an alt-text line, a line carrying its own "(Ảnh: ...)"
credit, or a short line followed by a bare "Ảnh: ..." credit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from studyapp.core.article import chrome, page_ends, page_parts, signatures
from studyapp.core.article.charset import TITLE_WORD, UPPER_CLASS
from studyapp.core.article.headline import MAX_SECTION_WORDS, Line, is_title_like, pick_title
from studyapp.core.article.signatures import MAX_CAPTION_WORDS
from studyapp.core.article.table_rows import table_rows
from studyapp.core.vietnamese import comparable

_SPACES_RE = re.compile(r"[ \t\f\v]+")
# A list item's marker ("+ Xã Thanh Hải làm mới ..."): not part of its text.
_BULLETS = "+*•▪●◦‣-–▶►▸➤➢→⇒✓✔☑■□◆◇○❖✅🔹🔸📌👉"
_BULLET_RE = re.compile(rf"^[{re.escape(_BULLETS)}]\ufe0f?\s+")
# Pictographs at either end of a line, as a social network's post sets them.
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]\ufe0f?"
_EMOJI_EDGE_RE = re.compile(rf"^(?:{_EMOJI}\s*)+(?=\S)|(?<=\S)(?:\s*{_EMOJI})+$")
# A footnote's mark in the text: "ở Tam Kỳ (*)", "... đối với họ”(1)".
_NOTE_MARK_RE = re.compile(r"\s?\(\*{1,3}\)|(?<=[”\"\w.])\(\d\)(?=[\s.,;:]|$)")
# A photo story's numbered caption: "Ảnh 2: Ngư dân ...", read as "Ảnh: Ngư dân ...".
_NUMBERED_PHOTO_RE = re.compile(r"^(?:Ảnh|ảnh|Hình|hình)\s+\d{1,2}\s*:\s+")
# A brief's place in brackets before its text: "(Duy Tiên) Đến ngày 13/5, ...".
_PLACE_LABEL_RE = re.compile(
    rf"^\((?:{TITLE_WORD}\s?)+(?:[–-]\s?(?:{TITLE_WORD}\s?)+)?\)\s+(?={UPPER_CLASS})"
)
# A photo's marker before its caption: "[Ảnh] ...", "[Ảnh 3] ...".
_MEDIA_MARK_RE = re.compile(
    r"^\[(?i:ảnh|hình(?: ảnh)?|video|clip|infographic)(?:\s*\d+|\s+minh h(?:ọa|oạ))?\]\s*"
)
# A numbered item ("1. Hợp tác xã ...", "2) Trường ..."): its number is no figure of the text.
_NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d_]|\()")
_LETTERED_RE = re.compile(r"^[a-zđ][.)]\s+(?=[^\W\d_])")
# The time of an entry in a live report: "08h35: ", "9 giờ 15 phút: ", "10:30 - ".
_TIMESTAMP_RE = re.compile(
    r"^\d{1,2}(?:h\d{0,2}|:\d{2}|\s*giờ(?:\s*\d{1,2}\s*phút)?)\s*[:\-–]\s+(?=\S)"
)
_EDITOR_NOTE_RE = re.compile(r"^(?:LTS|Lời tòa soạn|Lời toà soạn)\s*[:.\-–]\s*(?=\S)")
_END_PUNCT = (".", "!", "?", "…", ":", ";", "”", '"', "»", ")")
_TRAILING_ELLIPSIS_RE = re.compile(r"(?:…|\.{2,}|[.:!?])+$")
_MAX_LEAD_LINES = 2  # a signature set under the lead comes this early
_MIN_RUNNING_HEADS = 3
_PAGE_NUMBER_RE = re.compile(r"[-–]\s*\d{1,3}\s*[-–]")
_DIGIT_RE = re.compile(r"\d")  # a running header carries the date or page
_MAX_RUNNING_HEAD_WORDS = 20
# Text wrapped at a fixed width: most lines of a block 55-90 characters long and
# cut mid-sentence.
_MIN_WRAP_CHARS = 55
_MAX_WRAP_CHARS = 90
_MIN_WRAPPED_LINES = 3
_WRAPPED_SHARE = 0.5
_MAX_KEYED_CHARS = 400


@dataclass(frozen=True, slots=True)
class CleanParagraph:
    """One paragraph of article text (original spelling), maybe a photo caption."""

    text: str
    is_caption: bool = False
    speaker: str = ""  # an interview's label, taken off the text ("PV", "Ông Phạm Văn A")


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The article once the page chrome is gone."""

    title: str
    paragraphs: tuple[CleanParagraph, ...]
    byline: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    dropped_lines: int = 0
    # The headlines of other articles on the same page, left out.
    other_titles: tuple[str, ...] = ()
    # The site's name above the headline ("BÁO NAM ĐỊNH ĐIỆN TỬ"), if any.
    site: str | None = None


def _headline_key(key: str) -> str:
    return _TRAILING_ELLIPSIS_RE.sub("", key).strip()


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        captioned = False
        if raw.count("\t") >= 2:
            # A table's row, its cells split by tabs: kept with visible separators,
            # so that it reads (and is treated) as a row, not as a sentence.
            raw = " | ".join(cell.strip() for cell in raw.split("\t") if cell.strip())
        squashed = _SPACES_RE.sub(" ", raw).strip()
        if squashed.startswith(("(*)", "(**)")) or _PAGE_NUMBER_RE.fullmatch(squashed):
            continue  # a footnote: "(*) Theo Lịch sử Đảng bộ tỉnh ..."; a page's "- 2 -"
        if "(" in squashed:
            squashed = _NOTE_MARK_RE.sub("", squashed)
        if squashed[:1] in _BULLETS:
            squashed = _BULLET_RE.sub("", squashed)
        elif _EMOJI_EDGE_RE.search(squashed):
            squashed = _EMOJI_EDGE_RE.sub("", squashed)  # "🔴 HUYỆN ỦY ... 🔴", "🗣️ Phát biểu ..."
        elif squashed[:1].isdigit():
            squashed = _NUMBERED_RE.sub("", squashed)
            squashed = _TIMESTAMP_RE.sub("", squashed)  # a live report's "08h35: ..."
        elif squashed[1:2] in ").":
            squashed = _LETTERED_RE.sub("", squashed)  # "a) Huyện phối hợp ..."
        elif squashed[:1] == "L":
            squashed = _EDITOR_NOTE_RE.sub("", squashed)  # "LTS: Ở Bài 1, ..."
        elif squashed[:1] == "[":
            # "[Ảnh] caption" loses its mark and is a caption; a bare "[Ảnh]" stays, to
            # mark the line after it.
            unmarked = _MEDIA_MARK_RE.sub("", squashed)
            captioned = bool(unmarked) and unmarked != squashed
            squashed = unmarked or squashed
        elif squashed[:1] in "ẢảHh":
            squashed = _NUMBERED_PHOTO_RE.sub("Ảnh: ", squashed)  # "Ảnh 2: ...": a caption
        if squashed[:1] == "(":
            squashed = _PLACE_LABEL_RE.sub("", squashed)  # a digest's "(Duy Tiên) Đến ngày ..."
        if not squashed:
            block += 1
            continue
        # Chrome lines are short; a long line is body text and needs no key
        # (normalising every long paragraph here would double the work).
        key = comparable(squashed) if len(squashed) <= _MAX_KEYED_CHARS else ""
        lines.append(Line(squashed, key, block, caption=captioned))
    return lines


def _is_label(paragraph: CleanParagraph) -> bool:
    """A caption, or a few words with no full stop: not the lead."""
    return paragraph.is_caption or (
        chrome.word_count(paragraph.text) <= MAX_SECTION_WORDS and is_title_like(paragraph.text)
    )


def _fallback_title(paragraphs: list[CleanParagraph]) -> str:
    for paragraph in paragraphs:
        words = paragraph.text.split()
        if words:
            short = " ".join(words[:12])
            return short + ("…" if len(words) > 12 else "")
    return ""


def clean_article(text: str) -> CleanedText:
    """Split decoded article text into title and paragraphs without site chrome."""
    lines = _split_lines(text)
    title, start = pick_title(lines)
    title_key = _headline_key(comparable(title)) if title else ""
    dropped = start

    date: dt.date | None = None
    top_byline: str | None = None  # signed above the headline: "Bài, ảnh: Hồng Nhung"
    site = next((ln.text for ln in lines[:start] if chrome.is_publisher(ln.key)), None)
    for line in lines[:start]:
        if chrome.is_stamp(line.key):
            date = date or chrome.stamp_date(line.key)
        elif chrome.is_signed_byline(line.text):
            top_byline = top_byline or line.text

    body = lines[start:]
    footer_at = page_parts.footer_start(body)
    publisher = next(
        (line.text for line in body[footer_at:] if chrome.is_publisher(line.key)), None
    )
    dropped += len(body) - footer_at
    body = body[:footer_at]

    kept: list[Line] = []
    caption_next_block = -1
    in_related = False
    skip_block = -1  # a block dropped whole: a reader's comment, a correction's notice
    lead_byline: str | None = None
    heads: list[tuple[int, str, dt.date | None]] = []  # later articles: start, title, date
    first_date: dt.date | None = None
    # Under the headline the article's own date; above it, often the site's "today".
    body_date: dt.date | None = None
    # A print page's running header, repeated at each page break ("XÂY DỰNG ĐẢNG –
    # CHÍNH QUYỀN   BÁO SƠN HÀ · Thứ Sáu, 18-10-2024"); repeated photo credits are
    # not, as they mark the captions above them.
    counts = Counter(line.key for line in body if line.key)
    running = {
        k
        for k, n in counts.items()
        if n >= _MIN_RUNNING_HEADS and _DIGIT_RE.search(k) and not _is_alt_text(k, title_key)
    }
    in_table = table_rows([line.text for line in body])
    for index, line in enumerate(body):
        key = line.key
        if key in running and chrome.word_count(line.text) <= _MAX_RUNNING_HEAD_WORDS:
            dropped += 1
            continue
        # Only the line right after an alt-text line can be its caption.
        follows_alt_text = caption_next_block == line.block
        # "[Ảnh] caption" may go on in the next line of its block.
        caption_next_block = line.block if line.caption else -1
        if in_related:
            if chrome.is_stamp(key):
                break  # a dated headline under "Tin khác": another article, to the end
            if chrome.looks_like_headline(line.text):
                dropped += 1
                continue
            in_related = False
        if page_ends.is_related_heading(key):
            in_related = True
            dropped += 1
            continue
        if page_ends.is_comment_header(line.text) or page_ends.is_footer_start(key):
            # A reader's comment set between paragraphs ("Trần Minh Tuấn - 22/05/2024
            # 08:12" / its text / "Trả lời · Thích (15)"), or the heading above them.
            skip_block = line.block
            dropped += 1
            continue
        if skip_block == line.block:
            dropped += 1
            continue
        if chrome.is_stamp(key):
            if page_parts.starts_next_article(kept):
                # "Thanh Thủy" / "Giao Thủy khởi công cầu ..." / "14/3/2024 10:20": a
                # print page or digest goes on with another article.
                if not heads:
                    first_date = body_date or date
                heads.append((len(kept) - 1, kept.pop().text, chrome.stamp_date(key)))
                dropped += 1
                continue
            body_date = body_date or chrome.stamp_date(key)
            dropped += 1
            continue
        if page_ends.is_correction_heading(key):
            skip_block = line.block + 1  # the notice under it: a wrong figure, not a fact
            dropped += 1
            continue
        if page_ends.is_contact(line.text) or page_ends.is_correction(line.text):
            dropped += 1
            continue
        if title_key and _is_alt_text(key, title_key):
            # Before any body text it is the headline printed twice, not an image.
            caption_next_block = line.block if kept else -1
            dropped += 1
            continue
        if chrome.is_image_placeholder(key):
            caption_next_block = line.block  # "[Ảnh]" where the photo stood; its caption follows
            dropped += 1
            continue
        if (
            len(kept) <= _MAX_LEAD_LINES
            and chrome.is_signed_byline(line.text)
            and not key.startswith(("ảnh", "video"))  # a photo's credit, not the writer
        ):
            lead_byline = lead_byline or line.text  # "Bài, ảnh: Thu Hà" under the lead
            dropped += 1
            continue
        credit = chrome.credit_kind(key)
        if credit == "credit":
            _mark_previous_caption(kept, line)
            dropped += 1
            continue
        if credit == "caption":
            text = line.text.split(":", 1)[1].strip()
            if line.text[:1] in "([" and text[-1:] in ")]":
                text = text[:-1].rstrip()  # "[Ảnh: ...]" round the whole caption
            line.text = text
            line.caption = True
        elif chrome.is_button_or_breadcrumb(key) and index not in in_table:
            dropped += 1
            continue
        stripped = chrome.strip_trailing_credit(line.text)
        if stripped is not None:
            line.text = stripped
            line.caption = True
        if follows_alt_text:
            line.caption = chrome.word_count(line.text) <= MAX_CAPTION_WORDS or line.caption
        kept.append(line)
    date = body_date or date
    other_titles: tuple[str, ...] = ()
    if heads:
        page_lines = len(kept)
        kept, title, date, other_titles = page_parts.longest_article(
            kept, (title, first_date), heads
        )
        dropped += page_lines - len(kept)

    byline, signed_lines = signatures.take_signature(kept)
    dropped += signed_lines

    paragraphs = _merge_wrapped(kept)
    # The lead: the first paragraph that is neither a photo's caption nor a
    # section label left between the date line and the headline ("Kinh tế").
    lead = next((i for i, p in enumerate(paragraphs) if not _is_label(p)), None)
    if lead is not None:
        captions = [p for p in paragraphs[:lead] if p.is_caption]
        text = chrome.strip_lead_prefix(paragraphs[lead].text)
        opening = CleanParagraph(text, False, paragraphs[lead].speaker)  # "PV: ..." opens
        paragraphs = [*captions, opening, *paragraphs[lead + 1 :]]
    if not title:
        title = _fallback_title(paragraphs)
    return CleanedText(
        title=title,
        paragraphs=tuple(paragraphs),
        byline=chrome.signature(signed)
        if (signed := byline or lead_byline or top_byline)
        else None,
        publisher=publisher,
        date=date,
        dropped_lines=dropped,
        other_titles=other_titles,
        site=site,
    )


def _is_alt_text(key: str, title_key: str) -> bool:
    """The headline repeated (cut short with "…", or without its "Hà Nam: ") at an image."""
    head = _headline_key(key)
    if not head or head == title_key:
        return bool(head)
    part = title_key.startswith(head) or title_key.endswith(head)
    if head != key and head.startswith(title_key + ":"):
        return True  # "Điểm tin địa phương ngày 14/5: Kim Bảng giải ngân hơn 86% …"
    return len(head) >= max(12, len(title_key) // 2) and part


def _mark_previous_caption(kept: list[Line], credit: Line) -> None:
    """A bare credit line closes a caption: the short line just before it."""
    if not kept:
        return
    previous = kept[-1]
    if (
        previous.block in (credit.block, credit.block - 1)
        and chrome.word_count(previous.text) <= MAX_CAPTION_WORDS
        # "Ông X cho biết: “Chúng tôi ...”": someone's words, a paragraph of the story.
        and not _QUOTED_WORDS_RE.search(previous.text)
    ):
        previous.caption = True


_QUOTED_WORDS_RE = re.compile(
    r":\s*[“\"]|(?<!\w)(?:cho biết|nhận định|khẳng định|cho rằng|chia sẻ|nhấn mạnh),\s"
)


def _merge_wrapped(lines: list[Line]) -> list[CleanParagraph]:
    """Each line is a paragraph, except hard-wrapped lines, which are joined back.

    A line that does not end a sentence goes on in the next one when that starts
    in lower case, or, in a block wrapped at a fixed width (text from a print
    page's PDF), whatever it starts with ("... lần thứ" / "XXVI, nhiệm kỳ ...").
    """
    wrapped = _wrapped_blocks(lines)
    paragraphs: list[CleanParagraph] = []
    previous: Line | None = None
    for line in lines:
        if (
            previous is not None
            and previous.block == line.block
            and previous.caption == line.caption
            and not previous.text.endswith(_END_PUNCT)
            and (line.text[:1].islower() or line.block in wrapped)
        ):
            merged = paragraphs[-1].text + " " + line.text
            paragraphs[-1] = CleanParagraph(merged, line.caption)
        else:
            speaker = chrome.speaker_label(line.text)
            text = line.text[len(speaker) :].lstrip(" :") if speaker else line.text
            paragraphs.append(CleanParagraph(text, line.caption, speaker))
        previous = line
    return paragraphs


def _wrapped_blocks(lines: list[Line]) -> set[int]:
    """Blocks most of whose lines are cut at about the same width, mid-sentence.

    Some cuts must be plain to see (a line going on in lower case), so that a
    list of short items, each starting with a capital, is not taken for one.
    """
    total: Counter[int] = Counter(line.block for line in lines)
    cut: Counter[int] = Counter()
    plain: Counter[int] = Counter()
    for previous, line in itertools.pairwise(lines):
        if (
            previous.block == line.block
            and _MIN_WRAP_CHARS <= len(previous.text) <= _MAX_WRAP_CHARS
            and not previous.text.endswith(_END_PUNCT)
        ):
            cut[line.block] += 1
            plain[line.block] += line.text[:1].islower()
    return {
        block
        for block, n in cut.items()
        if n >= _MIN_WRAPPED_LINES
        and n >= _WRAPPED_SHARE * total[block]
        and plain[block] >= _MIN_WRAPPED_LINES
    }
