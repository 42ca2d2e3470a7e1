"""Benchmark: the whole ``stats --json`` document over 1,000,000 review rows.

Run it by hand (pytest ignores ``tests/benchmarks``)::

    python -m tests.benchmarks.bench_stats            # builds /tmp/studyapp-bench.db once
    python -m tests.benchmarks.bench_stats --rebuild  # starts from a fresh file

It prints the median time (wall clock and CPU) of a few runs of
:func:`studyapp.services.stats.stats` serialised with ``json.dumps``, for all
decks and for one deck; the target is 200 ms or less. ``tests.benchmarks.run``
uses :func:`build` and :func:`_time_stats_json` too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import time
from pathlib import Path

from studyapp.db.session import Database
from studyapp.db.types import to_epoch_us
from studyapp.services.opening import open_database
from studyapp.services.stats import stats
from tests.factories import default_learner_id

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
DAY_US = 86_400_000_000
DECKS = 10
NOTES_PER_DECK = 2_500  # four cards each: 100,000 cards
PARAGRAPHS_PER_DECK = 40
REVIEWS = 1_000_000
HISTORY_DAYS = 730
TIMEZONE = "Europe/Berlin"  # a zone with daylight saving, so day grouping is not trivial
BATCH = 100_000
CARD_TYPES = ("qa", "rev", "cloze", "mc")


def _snapshot(rng: random.Random, state: int, at_us: int) -> str:
    # The shape StoredState.snapshot() writes, so rows are as wide as real ones.
    last = dt.datetime.fromtimestamp(at_us / 1e6 - 86_400 * rng.randint(1, 30), dt.UTC)
    due = dt.datetime.fromtimestamp(at_us / 1e6, dt.UTC)
    memory = {
        "state": state,
        "step": None if state == 2 else 0,
        "stability": rng.uniform(0.5, 200.0),
        "difficulty": rng.uniform(1.0, 10.0),
        "due": due.isoformat(timespec="microseconds"),
        "last_review": last.isoformat(timespec="microseconds"),
        "reps": rng.randint(1, 20),
        "lapses": rng.randint(0, 3),
    }
    return json.dumps({"memory": memory, "suspended": False, "buried_until": None, "leech": False})


def _sessions(rng: random.Random, start_us: int, now_us: int) -> list[tuple[int, int]]:
    """Two study sessions a day (morning and evening, 30-90 minutes), as people study."""
    sessions = []
    first_midnight = start_us // DAY_US * DAY_US
    for day in range(HISTORY_DAYS + 1):
        midnight = first_midnight + day * DAY_US
        for hour in (rng.uniform(5, 8), rng.uniform(18, 21.5)):
            begin = midnight + int(hour * 3_600_000_000)
            end = begin + rng.randint(30, 90) * 60_000_000
            if end <= now_us:
                sessions.append((begin, end))
    return sessions


def _review_time(rng: random.Random, sessions: list[tuple[int, int]]) -> int:
    begin, end = rng.choice(sessions)
    return rng.randrange(begin, end)


def build(path: Path, *, seed: int = 7) -> None:
    """Create the benchmark database at ``path`` (schema via the app, rows via executemany)."""
    database, _, _ = open_database(str(path), now=NOW, seed=False)
    database.close()
    rng = random.Random(seed)
    now_us = to_epoch_us(NOW)
    start_us = now_us - HISTORY_DAYS * DAY_US
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("BEGIN")
    learner_id = connection.execute("SELECT id FROM learners WHERE name = 'local'").fetchone()[0]
    cards: list[tuple[int, int, int, str, int]] = []
    notes: list[tuple[object, ...]] = []
    for deck_id in range(1, DECKS + 1):
        connection.execute(
            "INSERT INTO decks (id, name, slug, created_at) VALUES (?, ?, ?, ?)",
            (deck_id, f"Bench::Deck {deck_id:02d}", f"bench-{deck_id}", start_us),
        )
        connection.executemany(
            'INSERT INTO article_paragraphs (deck_id, "index", text, is_caption) '
            "VALUES (?, ?, ?, 0)",
            [(deck_id, i, f"Đoạn {i} của bài {deck_id}.") for i in range(PARAGRAPHS_PER_DECK)],
        )
        for position in range(NOTES_PER_DECK):
            note_id = len(notes) + 1
            question = f"Câu hỏi {position} của bài {deck_id}?"
            fields = json.dumps({"question": question, "answer": str(position)})
            notes.append(
                (
                    note_id,
                    f"n{note_id}",
                    deck_id,
                    "count",
                    fields,
                    "",
                    position % 40,
                    "",
                    position,
                    start_us,
                    start_us,
                )
            )
            for ord_, card_type in enumerate(CARD_TYPES):
                cards.append((len(cards) + 1, note_id, deck_id, card_type, ord_))
    connection.executemany(
        "INSERT INTO notes (id, guid, deck_id, kind, fields, source_sentence, paragraph_index, "
        "from_caption, tags, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        notes,
    )
    connection.executemany(
        "INSERT INTO cards (id, note_id, deck_id, card_type, ord) VALUES (?, ?, ?, ?, ?)", cards
    )
    connection.execute(
        "UPDATE learners SET settings = ? WHERE id = ?",
        (json.dumps({"timezone": TIMEZONE}), learner_id),
    )
    sessions = _sessions(rng, start_us, now_us)
    studied = [card for card in cards if rng.random() < 0.9]
    per_card = REVIEWS // len(studied)
    extra = REVIEWS - per_card * len(studied)
    states: list[tuple[object, ...]] = []
    logs: list[tuple[object, ...]] = []
    written = 0

    def flush() -> None:
        nonlocal logs, written
        connection.executemany(
            "INSERT INTO review_logs (learner_id, card_id, deck_id, rating, reviewed_at, "
            "duration_ms, answer_given, state_before, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            logs,
        )
        written += len(logs)
        logs = []

    for number, (card_id, _note, deck_id, _type, _ord) in enumerate(studied):
        count = per_card + (1 if number < extra else 0)
        times = sorted(_review_time(rng, sessions) for _ in range(count))
        state_before, lapses = 0, 0
        for at in times:
            rating = rng.choices((1, 2, 3, 4), weights=(10, 10, 70, 10))[0]
            before = None if state_before == 0 else _snapshot(rng, state_before, at)
            logs.append(
                (
                    learner_id,
                    card_id,
                    deck_id,
                    rating,
                    at,
                    rng.randint(1500, 20_000),
                    str(rng.randint(0, 99)),
                    state_before,
                    before,
                )
            )
            if state_before == 2 and rating == 1:
                lapses += 1
            state_before = 3 if rating == 1 and state_before == 2 else 2 if rating >= 3 else 1
        stability = rng.uniform(0.5, 300.0)
        last = times[-1]
        states.append(
            (
                learner_id,
                card_id,
                deck_id,
                state_before,
                stability,
                rng.uniform(1, 10),
                last + int(stability * DAY_US),
                last,
                count,
                lapses,
                int(rng.random() < 0.01),
                int(lapses >= 8),
            )
        )
        if len(logs) >= BATCH:
            flush()
    flush()
    connection.executemany(
        "INSERT INTO card_states (learner_id, card_id, deck_id, state, stability, difficulty, "
        "due, last_review, reps, lapses, suspended, leech) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        states,
    )
    connection.execute("COMMIT")
    connection.close()
    assert written == REVIEWS


def _time_stats_json(database: Database, deck: str | None, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds to build and serialise the stats JSON."""
    learner_id = default_learner_id(database)
    json.dumps(stats(database, learner_id, now=NOW, deck=deck).to_json())  # warm the cache
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        json.dumps(stats(database, learner_id, now=NOW, deck=deck).to_json(), ensure_ascii=False)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main() -> None:
    """Build the database if needed, then time the stats JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/studyapp-bench.db"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        build(args.db)
        print(f"built {args.db} in {time.perf_counter() - started:.1f} s")
    database, _, _ = open_database(str(args.db), now=NOW, seed=False)
    try:
        for deck in (None, "Bench::Deck 01"):
            wall, cpu = _time_stats_json(database, deck, args.runs)
            print(
                f"stats --json {deck or '(all decks)'}: median {wall:.0f} ms wall, "
                f"{cpu:.0f} ms CPU over {args.runs} runs (target <= 200 ms)"
            )
    finally:
        database.close()


if __name__ == "__main__":
    main()
