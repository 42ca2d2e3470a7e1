"""Deck generation: the seed article, and about 1 MB of articles of the genre."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from studyapp.core.generate import generate_deck
from tests.benchmarks.figures import Figure

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "decks" / "van-hoa-cong-vu-binh-luc.txt"
ARTICLES = ROOT / "tests" / "unit" / "generator" / "articles"


def big_input(target_bytes: int) -> bytes:
    """Article bodies (footers cut) repeated, numbered so no two copies are equal."""
    bodies = []
    for path in [SEED, *sorted(ARTICLES.glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        bodies.append(text.split("Bình luận")[0])
    parts: list[str] = []
    size = 0
    copy = 0
    while size < target_bytes:
        body = bodies[copy % len(bodies)].replace("Bình Lục", f"Bình Lục {copy}")
        parts.append(body)
        size += len(body.encode("utf-8"))
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
