"""Synthetic collections for benchmarks: ours and Anki's, the same shape.

100,000 cards by default: 25,000 notes with four cards each; 80 % of the
cards studied (review state, last reviewed 1-40 days ago, due 5-60 days
after that), each with one review in the log.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert

from studyapp.db.models import Card, CardState, Deck, Note, ReviewLog
from studyapp.services.opening import open_database

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def build_ours(path: Path, cards: int = 100_000, *, studied: float = 0.8) -> None:
    """Create a migrated database holding ``cards`` cards with a review history."""
    database, _, _ = open_database(str(path), now=NOW, seed=False)
    rng = random.Random(7)
    notes = cards // 4
    with database.write() as session:
        deck_id = session.execute(
            insert(Deck).returning(Deck.id),
            [{"name": "Bench", "slug": "bench", "created_at": NOW}],
        ).scalar_one()
        session.execute(
            insert(Note),
            [
                {
                    "id": i + 1,
                    "guid": f"bench{i:08d}",
                    "deck_id": deck_id,
                    "kind": "count",
                    "fields": {
                        "question": f"Câu hỏi số {i}?",
                        "answer": str(i),
                        "cloze": f"Số {{{{c1::{i}}}}}.",
                        "choices": [str(i), str(i + 1), str(i + 2), str(i + 3)],
                        "cards": ["qa", "cloze", "choice", "typed"],
                    },
                    "source_sentence": f"Số {i}.",
                    "paragraph_index": i % 20,
                    "position": i,
                    "tags": "count bench",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i in range(notes)
            ],
        )
        kinds = ("qa", "cloze", "choice", "typed")
        session.execute(
            insert(Card),
            [
                {
                    "id": n * 4 + k + 1,
                    "note_id": n + 1,
                    "deck_id": deck_id,
                    "card_type": kinds[k],
                    "ord": k,
                }
                for n in range(notes)
                for k in range(4)
            ],
        )
        chosen = rng.sample(range(1, cards + 1), int(cards * studied))
        states, logs = [], []
        for card_id in chosen:
            last = NOW - rng.randint(1, 40) * DAY - rng.randint(0, 3600) * dt.timedelta(seconds=1)
            due = last + rng.randint(5, 60) * DAY
            states.append(
                {
                    "learner_id": 1,
                    "card_id": card_id,
                    "deck_id": deck_id,
                    "state": 2,
                    "step": None,
                    "stability": 10.0,
                    "difficulty": 5.0,
                    "due": due,
                    "last_review": last,
                    "reps": 1,
                    "lapses": 0,
                    "suspended": False,
                    "buried_until": None,
                    "leech": False,
                }
            )
            logs.append(
                {
                    "learner_id": 1,
                    "card_id": card_id,
                    "deck_id": deck_id,
                    "rating": 3,
                    "reviewed_at": last,
                    "duration_ms": 5000,
                    "answer_given": None,
                    "state_before": 0,
                    "before": None,
                }
            )
        session.execute(insert(CardState), states)
        session.execute(insert(ReviewLog), logs)
    database.close()
