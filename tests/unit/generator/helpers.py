"""Shared helpers for the generator tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from studyapp.core.article import Article, read_article
from studyapp.core.facts import Fact, extract_facts
from studyapp.core.facts.mentions import MENTION
from studyapp.core.model import FactKind

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "decks" / "van-hoa-cong-vu-binh-luc.txt"
SEED_DECK = ROOT / "decks" / "van-hoa-cong-vu-binh-luc.toml"
SEED_NAME = "Văn hóa công vụ Bình Lục"
ARTICLES = Path(__file__).resolve().parent / "articles"


def article_of(text: str, title: str = "Tiêu đề bài viết") -> Article:
    """An article made of a title line and the given body."""
    return read_article(f"{title}\n\n{text}\n".encode(), filename="t.txt")


def facts_of(text: str, kind: FactKind | None = None) -> list[Fact]:
    """Facts of a one-paragraph article, optionally of one kind.

    Names mentioned without a title (never asked, see facts/mentions.py) are left out.
    """
    facts = extract_facts(article_of(text))
    return [f for f in facts if (kind is None or f.kind is kind) and f.group != MENTION]


def answers(text: str, kind: FactKind) -> list[str]:
    """The answers of the facts of one kind."""
    return [f.answer for f in facts_of(text, kind)]


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode like legacy Vietnamese Windows software: base letters + combining tones."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in TONE_MARKS)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out += unicodedata.normalize("NFC", base).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)
