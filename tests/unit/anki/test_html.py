"""Plain text <-> field HTML, and the canonical form text comes back in."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.anki.html import canonical_text, html_to_text, looks_like_html, text_to_html
from studyapp.core.vietnamese import nfc

# Odd spaces nfc() cleans, combining marks, CR/LF, controls, entities.
PIECES = ["\u00a0", "\u2009", "\u200b", "\u0301", "\u0323", "\r\n", "\r", "\x00", "\x1f", "&amp;"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=10).map("".join)


@given(texts)
def test_canonical_text_is_nfc_of_the_cleaned_text(text: str) -> None:
    """The fast path must agree with the model's own nfc()."""
    naive = nfc(
        re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", text.replace("\r\n", "\n").replace("\r", "\n"))
    )
    assert canonical_text(text) == naive
    assert canonical_text(naive) == naive


@given(texts)
def test_html_round_trip(text: str) -> None:
    field = text_to_html(text)
    assert "\n" not in field and "<" not in field.replace("<br>", "")
    assert html_to_text(field) == canonical_text(text)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("a<br>b<br/>c<BR />d", "a\nb\nc\nd"),
        ("<div>first</div><div>second</div>", "first\nsecond"),
        ("x<div><br></div><div>y</div>", "x\ny"),
        ("<b>bold</b>&nbsp;and&amp;<i>it</i>", "bold and&it"),
        ("line one\nline two", "line one line two"),  # a raw break in HTML is a space
        ("<!-- note -->text<style>.c{}</style><img src='a.png'>", "text"),
        ("&lt;b&gt; &amp;lt; &#39;q&#39; &quot;", "<b> &lt; 'q' \""),
    ],
)
def test_html_from_ankis_editor(field: str, text: str) -> None:
    assert html_to_text(field, strip=True) == text


def test_strip_only_when_asked() -> None:
    assert html_to_text(" a<br>") == " a\n"
    assert html_to_text(" a<br>", strip=True) == "a"


def test_looks_like_html() -> None:
    assert looks_like_html("a<br/>b")
    assert not looks_like_html("<br")
