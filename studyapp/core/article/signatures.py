"""The writer's signature at the foot of an article, and what stands around it.

A signature ("Thu Hà", "Bài, ảnh: Minh Hà", "Chu Phương - Lê Ba (Ban Tổ chức ...)")
ends the article, possibly with share buttons, a photo's caption or the paper's
name in brackets after it; a short one may also open the text.
"""

from __future__ import annotations

import re

from studyapp.core.article import chrome
from studyapp.core.article.headline import Line
from studyapp.core.article.table_rows import table_rows

MAX_CAPTION_WORDS = 60  # a photo's caption is at most this long
_MAX_OPENING_SIGNATURE_WORDS = 6
_MAX_PLAIN_CAPTION_WORDS = 30  # under a bare name, a caption is one short sentence
_SOURCE_NOTE_RE = re.compile(
    r"^\((?:theo |nguồn:? )?(?:báo|tạp chí|đài|cổng|ttxvn|vov|vtv)[^()]{0,40}\)$", re.IGNORECASE
)


def take_signature(kept: list[Line]) -> tuple[str | None, int]:
    """Remove the signature lines from ``kept``; return the signature and how many went."""
    byline: str | None = None
    dropped = 0
    while kept:
        if _SOURCE_NOTE_RE.match(kept[-1].text):
            kept.pop()  # "Minh Đức" / "(Báo Ninh Bình)": the paper under its writer's name
        elif chrome.is_byline(kept[-1].text) or (
            # Not a table's last row: "Cộng | | 225 | 747 | 972" above the writer's name.
            chrome.is_button_or_breadcrumb(kept[-1].key) and not table_rows([kept[-1].text])
        ):
            if chrome.is_byline(kept[-1].text):
                byline = byline or kept[-1].text  # the signature is the last of them
            kept.pop()
        elif (
            byline is None
            and len(kept) > 1
            and (
                chrome.is_signed_byline(kept[-2].text)
                or (
                    # "Hoàng Lan (thực hiện)" / "Gia đình bà Mơ vui mừng trong ngôi nhà mới."
                    chrome.is_byline(kept[-2].text)
                    and not kept[-2].text.endswith((".", ";", ":"))
                    and chrome.word_count(kept[-1].text) <= _MAX_PLAIN_CAPTION_WORDS
                    and kept[-1].text.endswith(".")
                    and not chrome.is_byline(kept[-1].text)
                )
            )
            and chrome.word_count(kept[-1].text) <= MAX_CAPTION_WORDS
        ):
            # A photo's caption under the signature ("Tin, ảnh: ..." / caption).
            byline = kept.pop(-2).text
            kept[-1].caption = True
        else:
            break
        dropped += 1
    if (
        len(kept) > 1
        and chrome.word_count(kept[0].text) <= _MAX_OPENING_SIGNATURE_WORDS
        and chrome.is_byline(kept[0].text)
    ):
        byline = byline or kept[0].text
        kept.pop(0)
        dropped += 1
    return byline, dropped
