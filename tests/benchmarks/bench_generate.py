"""Deck generation: the seed article, and about 1 MB of articles of the genre."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from studyapp.core.article import read_article
from studyapp.core.generate import generate_deck
from tests.benchmarks.figures import Figure

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "decks" / "van-hoa-cong-vu-binh-luc.txt"
ARTICLES = ROOT / "tests" / "unit" / "generator" / "articles"


def _shift_digits(text: str, by: int) -> str:
    # Every copy gets its own figures and dates, so its facts are new ones,
    # not duplicates the generator would drop: the work is that of new text.
    table = str.maketrans("0123456789", "".join(str((d + by) % 10) for d in range(10)))
    return text.translate(table)


def big_input(target_bytes: int) -> bytes:
    """The articles' cleaned bodies, repeated with their figures changed copy by copy.

    Cleaned first: a byline or footer in the middle would otherwise end the
    article there, and the rest would be skipped as page chrome. The seed and
    the first test articles only (not those in ``articles/more``, added
    later), so that the figure compares with earlier runs.
    """
    bodies = []
    for path in [SEED, *sorted(ARTICLES.glob("*.txt"))]:
        article = read_article(path.read_bytes(), filename=path.name)
        bodies.append("\n\n".join(p.text for p in article.paragraphs if not p.is_caption))
    parts: list[str] = [bodies[0].split("\n\n", 1)[0]]  # one headline on top
    size = 0
    copy = 0
    while size < target_bytes:
        body = _shift_digits(bodies[copy % len(bodies)], copy // len(bodies))
        parts.append(body.replace("Bình Lục", f"Bình Lục {copy}"))
        size += len(parts[-1].encode("utf-8"))
        copy += 1
    return "\n\n".join(parts).encode("utf-8")


def run(*, big_bytes: int, runs: int) -> list[Figure]:
    """Seed article time (median after a warm-up) and time for ``big_bytes`` of text."""
    data = SEED.read_bytes()
    generate_deck(data, filename=SEED.name)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        generate_deck(data, filename=SEED.name)
        timings.append((time.perf_counter() - start) * 1000)
    big = big_input(big_bytes)
    start = time.perf_counter()
    result = generate_deck(big, filename="big.txt")
    big_seconds = time.perf_counter() - start
    seed_notes = len(generate_deck(data, filename=SEED.name).deck.notes)
    return [
        Figure(
            "generate_seed_ms",
            f"generate: seed article ({seed_notes} notes)",
            statistics.median(timings),
            "ms",
            target="<= 20 ms",
        ),
        Figure(
            "generate_1mb_s",
            f"generate: {len(big) / 1e6:.2f} MB ({len(result.deck.notes):,} notes)",
            big_seconds,
            "s",
            target="<= 2 s",
        ),
    ]
