"""Quotations inside question stems: where they are, and cutting long ones short."""

from __future__ import annotations

import re

_QUOTE_KEEP_WORDS = 6
_QUOTE_MAX_WORDS = 10
_LONG_QUOTE_RE = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")


def outside_quotes(text: str) -> list[bool]:
    """Per character: whether it lies outside any quotation."""
    if '"' not in text and "“" not in text:
        return [True] * len(text)
    flags: list[bool] = []
    depth = 0
    straight = False
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        flags.append(depth == 0 and not straight)
    return flags


def shorten_quotes(text: str, *, unclosed: bool) -> str:
    """Cut quotations longer than a few words to their opening words.

    With ``unclosed``, a quotation still open at the end of the text (it
    goes on past the clause) is cut the same way.
    """

    def cut(m: re.Match[str]) -> str:
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        opening = m.group(0)[0]
        return _abridge(opening, inner) or m.group(0)

    text = _LONG_QUOTE_RE.sub(cut, text)
    if unclosed:
        opened = _unclosed_quote(text)
        if opened >= 0:
            text = text[:opened] + (_abridge("“", text[opened + 1 :]) or text[opened:])
    return text


def _abridge(opening: str, inner: str) -> str:
    words = inner.split()
    if len(words) <= _QUOTE_MAX_WORDS:
        return ""
    closing = "”" if opening == "“" else '"'
    return opening + " ".join(words[:_QUOTE_KEEP_WORDS]).rstrip(",;:") + " …" + closing


def _unclosed_quote(text: str) -> int:
    """Index of the outermost “ left open at the end of ``text``, or -1."""
    depth = 0
    opened = -1
    for i, ch in enumerate(text):
        if ch == "“":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
    return opened if depth else -1
