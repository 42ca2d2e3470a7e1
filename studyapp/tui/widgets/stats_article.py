"""The article a deck came from, each paragraph shaded by how well its facts are known."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from studyapp.services.stats_views import ArticleMastery, ParagraphMastery

# Red (nothing known) through amber to green (all mastered); dark text reads on all three.
_LOW, _MID, _HIGH = (0xF8, 0x71, 0x71), (0xFB, 0xBF, 0x24), (0x4A, 0xDE, 0x80)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> str:
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return f"#{r:02x}{g:02x}{bl:02x}"


def mastery_colour(mastery: float) -> str:
    """The shade for a paragraph whose facts are mastered to this share (0-1)."""
    mastery = min(max(mastery, 0.0), 1.0)
    if mastery < 0.5:
        return _mix(_LOW, _MID, mastery * 2)
    return _mix(_MID, _HIGH, (mastery - 0.5) * 2)


def paragraph_text(paragraph: ParagraphMastery) -> Text:
    """One paragraph: its mastery, then its text on the matching shade."""
    text = Text()
    mastery = paragraph.mastery
    label = "  no cards" if mastery is None else f"{mastery:>4.0%} of {paragraph.cards:<3}"
    text.append(
        f"¶{paragraph.index + 1:<3}{label} ", style="bold" if mastery is not None else "dim"
    )
    body = ("(caption) " if paragraph.is_caption else "") + paragraph.text
    if mastery is None:
        text.append(body, style="dim")
    else:
        text.append(body, style=Style(color="#111111", bgcolor=mastery_colour(mastery)))
    return text


def article_text(articles: Sequence[ArticleMastery]) -> Text:
    """Every article in scope, paragraph by paragraph."""
    if not articles:
        return Text("Choose a deck (d) to see its article shaded by what you know.", style="dim")
    text = Text()
    for number, article in enumerate(articles):
        if number:
            text.append("\n\n")
        text.append(article.deck, style="bold underline")
        for paragraph in article.paragraphs:
            text.append("\n\n")
            text.append_text(paragraph_text(paragraph))
    return text


class ArticleShading(Static):
    """Per-paragraph mastery, as the article text shaded from red to green."""

    DEFAULT_CSS = """
    ArticleShading { height: auto; }
    """

    def show(self, articles: Sequence[ArticleMastery]) -> None:
        """Draw these articles."""
        self.update(article_text(articles))
