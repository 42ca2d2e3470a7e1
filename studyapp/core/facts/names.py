"""Names in quotes: programmes, models, movements and slogans.

“Ngày thứ Bảy với dân”, “Dân vận khéo” are names: short (at most
:data:`MAX_NAME_WORDS` words), capitalised, no sentence inside. Anything
longer, or holding a full stop, is a *quotation* and is never asked as a
name; quotes nested inside a quotation are skipped too.

A name is asked in place ("mô hình nào") only when a head noun such as "mô
hình" or "phong trào" stands right before it and it is not one of a list of
names (a list member could not be told apart from its siblings); the others
are still returned, not askable, so they can serve as distractors.
"""

from __future__ import annotations

import re

from studyapp.core.article import Sentence
from studyapp.core.facts.base import WORD_RE, Fact, SpanSet, inside_quotes
from studyapp.core.model import FactKind

MAX_NAME_WORDS = 16
HEAD_NOUNS: tuple[str, ...] = (
    "chương trình hành động",
    "cuộc vận động",
    "đợt thi đua",
    "phong trào thi đua",
    "phong trào",
    "mô hình",
    "chương trình",
    "khẩu hiệu",
    "chủ đề",
    "chuyên đề",
    "danh hiệu",
    "giải thưởng",
    "câu lạc bộ",
    "clb",
    "dự án",
    "đề án",
    "cuộc thi",
    "hội thi",
    "chiến dịch",
    "ngày hội",
    "lễ hội",
    "phương châm",
    "sáng kiến",
    "công trình",
    "thông điệp",
    "tủ sách",
    "sản phẩm",
    "thương hiệu",
    "giải",
    "quỹ",
)
_QUOTE_RE = re.compile(r"“(?P<a>[^“”\n]{1,600})”|\"(?P<b>[^\"\n]{1,600})\"|«(?P<c>[^«»\n]{1,600})»")
_INNER_STOP_RE = re.compile(r"[.!?;…]\s|[.!?…]$")
_LIST_GAP_RE = re.compile(r"^\s*(?:,|và|;|,\s*và)\s*$")


def is_quotation(inner: str) -> bool:
    """Whether quoted text is a quotation (long or sentence-like) rather than a name."""
    words = WORD_RE.findall(inner)
    return len(words) > MAX_NAME_WORDS or bool(_INNER_STOP_RE.search(inner.strip()))


def _head_before(text: str, start: int) -> tuple[str, bool]:
    """The head noun before a quote and whether it stands right before it."""
    before = text[max(0, start - 40) : start].casefold().rstrip()
    for head in HEAD_NOUNS:
        if before.endswith(head) and (
            len(before) == len(head) or not before[-len(head) - 1].isalnum()
        ):
            return head, True
    window = " ".join(WORD_RE.findall(before)[-4:])
    for head in HEAD_NOUNS:
        if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", window):
            return head, False
    return "", False


def extract_names(sentence: Sentence, claimed: SpanSet) -> list[Fact]:
    """Quoted names of one sentence (quotations excluded)."""
    text = sentence.norm
    found: list[tuple[re.Match[str], str, str, bool]] = []
    for m in _QUOTE_RE.finditer(text):
        group = "a" if m.group("a") is not None else "b" if m.group("b") is not None else "c"
        inner = m.group(group)
        if group == "a" and inside_quotes(text, m.start()):
            continue  # nested in a longer quotation
        stripped = inner.strip()
        if not stripped or not stripped[0].isupper() or is_quotation(stripped):
            continue
        if not WORD_RE.search(stripped) or claimed.overlaps(m.start(), m.end()):
            continue
        head, adjacent = _head_before(text, m.start())
        found.append((m, group, head, adjacent))

    facts: list[Fact] = []
    for i, (m, group, head, adjacent) in enumerate(found):
        in_list = _listed_with(text, found, i)
        if not head and in_list:
            head = next((h for _, _, h, _ in found[:i] if h), "")
        inner_start = m.start(group)
        inner_end = m.end(group)
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        facts.append(
            Fact(
                kind=FactKind.NAME,
                sentence=sentence,
                start=inner_start,
                end=inner_end,
                ask_start=m.start(),
                ask_end=m.end(),
                ask="nào",
                phrase_start=m.start(),
                phrase_end=m.end(),
                unit=head,
                group="name",
                askable=adjacent and not in_list,
            )
        )
        claimed.add(m.start(), m.end())
    return facts


def _listed_with(text: str, found: list[tuple[re.Match[str], str, str, bool]], i: int) -> bool:
    """Whether the i-th quote sits in a list of quotes ("“A”, “B” và “C”")."""
    m = found[i][0]
    if i > 0 and _LIST_GAP_RE.match(text[found[i - 1][0].end() : m.start()]):
        return True
    return i + 1 < len(found) and bool(_LIST_GAP_RE.match(text[m.end() : found[i + 1][0].start()]))
