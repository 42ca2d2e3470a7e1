"""HTML and Markdown left in a copied article: markup out, text kept.

Pages saved with a "save as Markdown" tool or copied from a page's source
carry ``# `` headings, ``**bold**`` leads, ``![Ảnh](...)`` images and
``[title](url)`` links, or ``<p>`` tags and ``&nbsp;`` entities. The text
inside is the article's; the marks are not, and would end up in questions.
Plain text goes through unchanged.
"""

from __future__ import annotations

import html
import re

from studyapp.core.vietnamese import nfc

# Only the tags of article pages, so that "< 5%" or "<tại Hà Nội>" in prose stays.
_TAGS = (
    "p|br|div|span|strong|b|i|em|u|a|img|h[1-6]|figure|figcaption|ul|ol|li|table|tr|td|th"
    "|tbody|thead|section|article|header|footer|blockquote|sup|sub|font|center|hr"
)
_BLOCK_TAG_RE = re.compile(
    r"<\s*(?:br|hr)\s*/?\s*>|</?\s*(?:p|div|h[1-6]|figure|figcaption|ul|ol|li|table|tr"
    r"|section|article|header|footer|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_TAG_RE = re.compile(rf"</?\s*(?:{_TAGS})\b[^<>]*>", re.IGNORECASE)
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")

_HEADING_RE = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|www\.)[^)\n]*\)")
_STRONG_RE = re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__")
# A whole line in italics: a signature ("*Thanh Thúy*") or a caption.
_EMPHASIS_LINE_RE = re.compile(r"^[ \t]*\*(?=[^\s*])([^*\n]+?)\*[ \t]*$", re.MULTILINE)
_STRAY_STRONG_RE = re.compile(r"\*\*")


def strip_markup(text: str) -> str:
    """``text`` without HTML tags and entities or Markdown marks, if it has any."""
    stripped = text
    if "<" in stripped and _TAG_RE.search(stripped):
        stripped = _BLOCK_TAG_RE.sub("\n", stripped)
        stripped = _TAG_RE.sub("", stripped)
    if "&" in stripped and _ENTITY_RE.search(stripped):
        stripped = html.unescape(stripped)
    if "#" in stripped:
        stripped = _HEADING_RE.sub("", stripped)
    if "](" in stripped:
        # An image line leaves nothing: the caption under it is a line of its own.
        stripped = _IMAGE_RE.sub("", stripped)
        stripped = _LINK_RE.sub(r"\1", stripped)
    if "*" in stripped or "__" in stripped:
        stripped = _STRONG_RE.sub(lambda m: m.group(1) or m.group(2), stripped)
        stripped = _STRAY_STRONG_RE.sub("", stripped)  # bold broken across lines
        stripped = _EMPHASIS_LINE_RE.sub(r"\1", stripped)
    if stripped == text:
        return text
    # Entities bring back non-breaking spaces and decomposed letters.
    return nfc("\n".join(line.strip() for line in stripped.split("\n")))
