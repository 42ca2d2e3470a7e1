"""Vietnamese text normalisation: NFC, one tone-placement convention, folding.

Vietnamese has two conventions for where the tone mark sits in the open
syllables ``oa``, ``oe`` and ``uy``: "hóa / hoá", "khỏe / khoẻ", "thủy / thuỷ".
Both are correct and real text mixes them, so every comparison goes through
:func:`normalize`, which picks the older convention (mark on the first vowel),
the one most newspapers still use. The change is length-preserving in NFC,
so character offsets in normalised text are valid in the original.
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks (the five tones other than level).
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE_RE = re.compile(f"[{TONE_MARKS}]")
# Soft hyphens and word joiners are invisible too: "ca\u00adme\u00adra" is "camera".
_SPACES = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200b": "",
    "\u00ad": "",
    "\u2060": "",
}
_SPACE_TABLE = str.maketrans(_SPACES)

# A word whose vowel nucleus is oa / oe / uy with nothing after it; the tone
# mark on the second vowel is moved to the first. "qu" is a consonant, so
# "quý" is left alone (the lookbehind), and so is "gi". No mark may follow the
# tone: in "hoặc" the dot below comes before the breve (NFD's order), and ă is
# not a.
_OPEN_CLUSTER_RE = re.compile(
    r"(?<![qQ\w])([^\W\d_]*?)([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])"
    r"(?![\w\u0300-\u036f])",
)


# Common Vietnamese family names, as a regex alternation, with those of the
# northern uplands ("Lò", "Lường", "Giàng"). "Hà" and "Mai" also start place
# names, but those have two syllables and a name read after a title needs three.
SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Trịnh"
    "|Trương|Lương|Lưu|Tạ|Cao|Vương|Tô|Đoàn|Lại|Quách|Chu|Đàm|Triệu|Kiều|Khúc|Nghiêm"
    "|Hà|Lâm|Phùng|Mạc|Doãn|Thân|Lò|Lường|Nông|Bế|Hứa|Giàng|Tăng|Phí|Cù|Mai|La"
)
_SPECIAL_SPACES_RE = re.compile("[" + "".join(_SPACES) + "]")


def clean_spaces(text: str) -> str:
    """Turn non-breaking and thin spaces into plain spaces; drop zero-width ones."""
    # translate() walks every character; most text has none of these at all.
    if _SPECIAL_SPACES_RE.search(text) is None:
        return text
    return text.translate(_SPACE_TABLE)


def nfc(text: str) -> str:
    """Unicode NFC with cleaned spaces: the form every stored text is kept in."""
    return unicodedata.normalize("NFC", clean_spaces(text))


def _move_tone(match: re.Match[str]) -> str:
    onset, first, second, tone = match.groups()
    lowered = (first + second).lower()
    if lowered not in {"oa", "oe", "uy"}:
        return match.group(0)
    if onset.lower().endswith("q") or (lowered == "uy" and onset.lower() == "q"):
        return match.group(0)
    return onset + first + tone + second


# In NFC text, every place _OPEN_CLUSTER_RE could change: o/u before a toned a, e or y.
# Most text has none ("hóa" already has its mark on the o), and then NFC is all there is to do.
_NEW_STYLE_CANDIDATE_RE = re.compile(
    "[oOuU][\u00e0\u00e1\u00e3\u1ea3\u1ea1\u00e8\u00e9\u1ebd\u1ebb\u1eb9"
    "\u1ef3\u00fd\u1ef9\u1ef7\u1ef5\u00c0\u00c1\u00c3\u1ea2\u1ea0"
    "\u00c8\u00c9\u1ebc\u1eba\u1eb8\u1ef2\u00dd\u1ef8\u1ef6\u1ef4]"
)


def normalize(text: str) -> str:
    """Return NFC text with one tone-placement convention (hóa, khỏe, thủy).

    Idempotent, and length-preserving on NFC input.
    """
    text = clean_spaces(text)
    composed = (
        text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    )
    if _NEW_STYLE_CANDIDATE_RE.search(composed) is None:
        return composed
    return _move_tones(text)


def _move_tones(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    # Only base letters + tone marks are rearranged; other marks stay put.
    moved = _OPEN_CLUSTER_RE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


def strip_tones(text: str) -> str:
    """Remove the five tone marks but keep vowel quality (â, ơ, ư) and đ."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _TONE_RE.sub("", decomposed))


def fold(text: str) -> str:
    """Fold to plain lowercase ASCII-ish letters for diacritics-insensitive search.

    đ folds to d here: search is forgiving, answer checking is not.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def comparable(text: str) -> str:
    """Normalised, case-folded text with collapsed white space."""
    return " ".join(normalize(text).casefold().split())


def slugify(text: str) -> str:
    """An ASCII slug for names and tags: "Văn hóa công vụ" -> "van-hoa-cong-vu"."""
    folded = fold(normalize(text))
    return "-".join(re.findall(r"[a-z0-9]+", folded)) or "deck"
