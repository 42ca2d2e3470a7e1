"""Quotations inside question stems: where they are, and cutting long ones short."""

from __future__ import annotations

import re

_QUOTE_KEEP_WORDS = 6
_QUOTE_MAX_WORDS = 10
# A name or a slogan in quotes is kept whole up to this many words ("Phát triển thị
# trường lao động tỉnh Hưng Yên giai đoạn 2024 – 2030"); someone's words are not.
_NAME_MAX_WORDS = 16
_SPEECH_RE = re.compile(r"[.!?…]|(?<!\w)(?i:tôi|chúng tôi|chúng ta|em|mình)(?!\w)")
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
    limit = _NAME_MAX_WORDS if not _SPEECH_RE.search(inner) else _QUOTE_MAX_WORDS
    if len(words) <= limit:
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


_NAME_RE = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def word_count(text: str, word_re: re.Pattern[str]) -> int:
    """Words of ``text`` for a stem's length limits; a quoted name counts as one word.

    "... mô hình điểm trong “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ
    Chí Minh” giai đoạn 2017-2022": the name is one thing to read, not thirteen.
    """
    if "“" not in text and '"' not in text:
        return len(word_re.findall(text))
    return len(word_re.findall(_NAME_RE.sub("“name”", text)))
