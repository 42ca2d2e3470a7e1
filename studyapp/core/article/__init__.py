"""Reading an article: bytes -> decoded text -> cleaned paragraphs -> sentences.

Text is kept twice: ``text`` in the original spelling (NFC, for display) and
``norm`` in one tone-placement convention for matching. Both have the same
length, so an offset found in ``norm`` is valid in ``text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studyapp.core.article.cleaning import clean_article
from studyapp.core.article.decoding import MAX_BYTES, DecodedText, decode_article
from studyapp.core.article.interviews import answer_speakers, is_interview, labels_an_item
from studyapp.core.article.list_leads import label_items, target_items
from studyapp.core.article.markup import strip_markup
from studyapp.core.article.sentences import split_sentences
from studyapp.core.article.subheads import subheads
from studyapp.core.model import Paragraph
from studyapp.core.vietnamese import normalize

__all__ = [
    "MAX_BYTES",
    "Article",
    "DecodedText",
    "Sentence",
    "decode_article",
    "read_article",
    "split_sentences",
]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the cleaned article and where it sits."""

    index: int
    paragraph_index: int
    text: str
    norm: str
    is_caption: bool = False
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article ready for fact extraction."""

    title: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    encoding: str
    notices: tuple[str, ...] = ()
    byline: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    site: str | None = None  # the site's name above the headline
    # Paragraph index -> who answers in it, in an interview ("ông Phạm Văn Hưng").
    speakers: tuple[tuple[int, str], ...] = ()
    # Paragraph index -> the time a list of targets is for, for the list's items.
    target_items: tuple[tuple[int, str], ...] = ()
    # Paragraph index -> its list's lead, for items that open with a label ("Xã A: 97,8%").
    label_items: tuple[tuple[int, str], ...] = ()
    # Paragraphs that head a section or an item and only repeat it: not asked.
    subheads: frozenset[int] = frozenset()


def _aligned(text: str) -> tuple[str, str]:
    """(display, normalised) with equal lengths; falls back to the normalised form."""
    norm = normalize(text)
    if len(norm) == len(text):
        return text, norm
    return norm, norm


def _other_articles_notice(titles: tuple[str, ...]) -> tuple[str, ...]:
    if not titles:
        return ()
    listed = "; ".join(f"“{title}”" for title in titles)
    return (f"the page holds other articles, left out (only the longest was read): {listed}",)


def read_article(data: bytes, *, filename: str) -> Article:
    """Decode, clean and split an article file. Raises InputError for bad input."""
    decoded = decode_article(data, filename=filename)
    cleaned = clean_article(strip_markup(decoded.text))
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    interview = is_interview([paragraph.speaker for paragraph in cleaned.paragraphs])
    for index, paragraph in enumerate(cleaned.paragraphs):
        # Outside an interview a name before a colon labels a list's item, not a
        # speaker: "- Trần Văn Quyết: 20 năm tù." keeps whose sentence it is.
        named = not interview and labels_an_item(paragraph.speaker)
        text, norm = _aligned(f"{paragraph.speaker}: {paragraph.text}" if named else paragraph.text)
        paragraphs.append(Paragraph(index=index, text=text, is_caption=paragraph.is_caption))
        for start, end in split_sentences(norm):
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph_index=index,
                    text=text[start:end],
                    norm=norm[start:end],
                    is_caption=paragraph.is_caption,
                    offset=start,
                )
            )
    title, _ = _aligned(cleaned.title)
    speakers = answer_speakers(
        [paragraph.speaker for paragraph in cleaned.paragraphs],
        [paragraph.text for paragraph in paragraphs],
    )
    return Article(
        speakers=tuple(sorted(speakers.items())),
        target_items=tuple(sorted(target_items(paragraphs).items())),
        label_items=tuple(sorted(label_items(paragraphs).items())),
        subheads=subheads(paragraphs),
        title=title,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        encoding=decoded.encoding,
        notices=decoded.notices + _other_articles_notice(cleaned.other_titles),
        byline=cleaned.byline,
        publisher=cleaned.publisher,
        date=cleaned.date,
        site=cleaned.site,
    )
