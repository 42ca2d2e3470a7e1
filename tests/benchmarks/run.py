"""Run every benchmark and print each figure beside its peer, measured in the same run.

    python -m tests.benchmarks.run            # full sizes (about 2 minutes)
    python -m tests.benchmarks.run --quick    # small sizes, under a minute
    python -m tests.benchmarks.run --json     # one JSON object instead of the table
    python -m tests.benchmarks.run --only scheduling,anki_io   # some groups only

Peers: the ``anki`` package (Anki's Rust backend, FSRS on) for scheduling and
Anki text files, a bare Textual app for start-up. Ratios are ours / peer:
below 1 means faster than the peer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
from pathlib import Path

from tests.benchmarks import (
    bench_anki_io,
    bench_generate,
    bench_memory,
    bench_scheduling,
    bench_stats,
    bench_tui_startup,
)
from tests.benchmarks.figures import Figure

FULL = {
    "cards": 100_000,
    "answers": 300,
    "import": 10_000,
    "export": 100_000,
    "big_bytes": 1_000_000,
    "runs": 7,
    "keys": 40,
}
QUICK = {
    "cards": 10_000,
    "answers": 50,
    "import": 1_000,
    "export": 5_000,
    "big_bytes": 100_000,
    "runs": 3,
    "keys": 10,
}


def _startup(folder: Path, runs: int, keys: int) -> list[Figure]:
    bare, ours = bench_tui_startup.startup(runs, folder)
    presses = asyncio.run(bench_tui_startup.key_to_next_card(keys, folder))
    return [
        Figure(
            "startup_ratio_vs_bare_textual",
            "cold start to painted home screen",
            statistics.median(ours) * 1000,
            "ms",
            statistics.median(bare) * 1000,
            "bare Textual",
            "<= 1.3x",
        ),
        Figure(
            "key_to_next_card_ms",
            "key press -> next card painted (Pilot)",
            statistics.median(presses),
            "ms",
        ),
    ]


def _stats(folder: Path, quick: bool) -> list[Figure]:
    path = folder / "stats.db"
    if quick:
        # A tenth of the history: same code path, a fraction of the build time.
        bench_stats.REVIEWS = 100_000
    bench_stats.build(path)
    from studyapp.services.opening import open_database

    database, _, _ = open_database(str(path), now=bench_stats.NOW, seed=False)
    wall, _ = bench_stats._time_stats_json(database, None, 5)
    database.close()
    reviews = f"{bench_stats.REVIEWS:,}"
    return [
        Figure(
            "stats_1m_reviews_ms",
            f"stats --json ({reviews} reviews)",
            wall,
            "ms",
            target="<= 200 ms",
        )
    ]


GROUPS = ("scheduling", "anki_io", "startup", "generate", "stats", "memory")


def measure(quick: bool, only: frozenset[str] = frozenset(GROUPS)) -> list[Figure]:
    """Every figure (of the ``only`` groups), in the order of the table."""
    size = QUICK if quick else FULL
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as name:
        folder = Path(name)
        if "scheduling" in only:
            figures += bench_scheduling.run(folder, cards=size["cards"], answers=size["answers"])
        if "anki_io" in only:
            figures += bench_anki_io.run(
                folder, import_notes=size["import"], export_notes=size["export"]
            )
        if "startup" in only:
            figures += _startup(folder, size["runs"], size["keys"])
        if "generate" in only:
            figures += bench_generate.run(big_bytes=size["big_bytes"], runs=size["runs"] * 3)
        if "stats" in only:
            figures += _stats(folder, quick)
        if "memory" in only:
            figures += bench_memory.run(folder, cards=size["cards"])
    return figures


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (the README's performance section uses it)."""
    lines = [
        "| figure | studyapp | peer | ratio | target |",
        "|---|---:|---:|---:|---|",
    ]
    for f in figures:
        peer = f"{f.peer:,.1f} {f.unit} ({f.peer_name})" if f.peer is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        lines.append(f"| {f.label} | {f.ours:,.1f} {f.unit} | {peer} | {ratio} | {f.target} |")
    return "\n".join(lines)


def as_json(figures: list[Figure]) -> dict[str, float]:
    """One number per key: the ratio when there is a peer, else the figure itself."""
    result: dict[str, float] = {}
    for f in figures:
        result[f.key] = round(f.ratio if f.ratio is not None else f.ours, 4)
        if f.peer is not None:
            stem = f.key.split("_ratio")[0]
            result[f"{stem}_ms"] = round(f.ours, 3)
            result[f"{stem}_peer_ms"] = round(f.peer, 3)
    return result


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument(
        "--only", default=",".join(GROUPS), help=f"comma-separated groups: {', '.join(GROUPS)}"
    )
    args = parser.parse_args(argv)
    only = frozenset(name.strip() for name in args.only.split(",") if name.strip())
    if unknown := only - set(GROUPS):
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    figures = measure(args.quick, only)
    if args.json:
        print(json.dumps(as_json(figures), indent=2))
    else:
        print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
