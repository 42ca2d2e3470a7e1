"""Article bytes -> study deck: the one entry point the CLI calls.

Pure and deterministic: no clock, no randomness that is not seeded from the
content, so the same bytes and deck name give the same deck, byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from studyapp.core.article import read_article
from studyapp.core.cards import build_notes
from studyapp.core.errors import InputError
from studyapp.core.facts import extract_facts
from studyapp.core.model import DeckDraft
from studyapp.core.vietnamese import fold, nfc

_SLUG_RE = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 80


@dataclass(frozen=True, slots=True)
class GenerationResult:
    """A generated deck and what the user should be told about it."""

    deck: DeckDraft
    notices: tuple[str, ...] = ()
    encoding: str = "utf-8"


def slugify(name: str) -> str:
    """ASCII slug of a deck name: "Văn hóa công vụ Bình Lục" -> "van-hoa-cong-vu-binh-luc"."""
    slug = _SLUG_RE.sub("-", fold(name)).strip("-")[:_MAX_SLUG].strip("-")
    return slug or "deck"


def generate_deck(
    data: bytes,
    *,
    filename: str,
    deck_name: str | None = None,
    source_path: str | None = None,
) -> GenerationResult:
    """Generate a deck from an article file's bytes.

    ``filename`` names the file in error messages; ``source_path`` (default:
    the file's base name) is what the deck records as its source. The deck
    name defaults to the article's title. Raises InputError for unreadable
    input or an article without any usable fact.
    """
    article = read_article(data, filename=filename)
    name = nfc(deck_name).strip() if deck_name is not None else article.title
    if not name:
        name = article.title or PurePath(filename).stem
    slug = slugify(name)
    paper = f"{article.publisher or ''} {article.site or ''}"
    notes = build_notes(
        extract_facts(article),
        slug=slug,
        title=article.title,
        paper=paper,
        speakers=dict(article.speakers),
        targets=dict(article.target_items),
        labels=dict(article.label_items),
        year=article.date.year if article.date else 0,
    )
    if not notes:
        raise InputError(
            "no extractable facts: found no figures, dates, names, people or places to ask about",
            file=filename,
        )
    # The paper named in the footer, else the site's name above the headline ("Báo Thái Bình").
    paper_name = article.publisher or article.site
    attribution = "; ".join(part for part in (article.byline, paper_name) if part) or None
    deck = DeckDraft(
        name=name,
        slug=slug,
        source_title=article.title,
        source_path=source_path if source_path is not None else PurePath(filename).name,
        source_date=article.date,
        attribution=attribution,
        paragraphs=article.paragraphs,
        notes=notes,
    )
    notices = list(article.notices)
    notices.append(f"{len(notes)} notes from {len(article.paragraphs)} paragraphs")
    return GenerationResult(deck=deck, notices=tuple(notices), encoding=article.encoding)
