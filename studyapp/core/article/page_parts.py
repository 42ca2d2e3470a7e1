"""Where one page's articles and readers' comments start and end.

A print page or a digest may carry several dated articles one after the other,
and a site may wedge its comments between two paragraphs; the cleaner asks here
which lines belong to the article the page is about.
"""

from __future__ import annotations

import datetime as dt
import itertools

from studyapp.core.article import chrome, page_ends
from studyapp.core.article.headline import Line

_MIN_BODY_BEFORE_NEXT = 3  # two paragraphs, then the signature
_MAX_NEXT_TITLE_WORDS = 25
_MIN_RESUMED_WORDS = 30
_MIN_RESUMED_PARAGRAPHS = 2


def longest_article(
    kept: list[Line],
    first: tuple[str, dt.date | None],
    heads: list[tuple[int, str, dt.date | None]],
) -> tuple[list[Line], str, dt.date | None, tuple[str, ...]]:
    """The lines, headline and date of the page's longest article, and the others' headlines.

    A digest or print page often opens with a brief before its main story, so
    the longest one is the article the page is about.
    """
    starts = [0, *(start for start, _, _ in heads)]
    ends = [*starts[1:], len(kept)]
    titles = [first[0], *(head for _, head, _ in heads)]
    dates = [first[1], *(date for _, _, date in heads)]
    sizes = [
        sum(chrome.word_count(line.text) for line in kept[a:b])
        for a, b in zip(starts, ends, strict=True)
    ]
    best = sizes.index(max(sizes))
    others = tuple(t for i, t in enumerate(titles) if i != best and t)
    return kept[starts[best] : ends[best]], titles[best], dates[best] or first[1], others


def starts_next_article(kept: list[Line]) -> bool:
    """Whether the last kept lines are a signature then a headline, over a time stamp."""
    if len(kept) < _MIN_BODY_BEFORE_NEXT or kept[-1].caption or kept[-2].caption:
        return False
    headline = kept[-1].text
    return (
        chrome.word_count(headline) <= _MAX_NEXT_TITLE_WORDS
        and chrome.looks_like_headline(headline)
        and not chrome.is_byline(headline)
        and chrome.is_byline(kept[-2].text)
    )


def footer_start(body: list[Line]) -> int:
    """Where the page's footer starts (its length if it has none), past any wedged comments."""
    for i, line in enumerate(body):
        if i > 0 and page_ends.is_footer_start(line.key) and not article_resumes(body, i):
            return i
    return len(body)


def article_resumes(body: list[Line], at: int) -> bool:
    """Whether the article goes on after a comment block set in its middle.

    Two paragraphs of body text later (long, and not a comment under its
    "Name - date time" line) say the comments were only wedged in.
    """
    if not page_ends.is_comment_heading(body[at].key):
        return False
    later = 0
    for previous, line in itertools.pairwise(body[at:]):
        if (
            chrome.word_count(line.text) >= _MIN_RESUMED_WORDS
            and not page_ends.is_comment_header(previous.text)
            and not page_ends.is_footer_start(line.key)
        ):
            later += 1
    return later >= _MIN_RESUMED_PARAGRAPHS
