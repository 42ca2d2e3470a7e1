"""The ``stats --json`` document: its keys and types are a stable, versioned contract."""

from __future__ import annotations

import json
from typing import Any

from studyapp.services.stats import stats
from studyapp.services.stats_views import SCHEMA_VERSION
from tests.stats.history import BINH_LUC, NOW, History

INT, STR, BOOL = int, str, bool
RATE = (float, type(None))  # a share in [0, 1], null when there is nothing to divide
CARDS = {
    "total": INT,
    "new": INT,
    "learning": INT,
    "relearning": INT,
    "review": INT,
    "young": INT,
    "mature": INT,
    "suspended": INT,
    "leech": INT,
}
MEMORY = {
    "total": INT,
    "studied": INT,
    "mastered": INT,
    "average_retrievability": RATE,
    "mastery": RATE,
}
PERIOD = {"reviews": INT, "duration_ms": INT, "days_studied": INT}
RETENTION = {"reviews": INT, "passed": INT, "rate": RATE}
SCHEMA: dict[str, Any] = {
    "schema_version": INT,
    "generated_at": STR,
    "deck": (str, type(None)),
    "today": STR,
    "timezone": STR,
    "day_boundary_hour": INT,
    "cards": CARDS,
    "memory": MEMORY,
    "decks": [{"id": INT, "name": STR, "cards": CARDS, "memory": MEMORY}],
    "activity": {
        "today": {"reviews": INT, "duration_ms": INT},
        "current_streak": INT,
        "longest_streak": INT,
        "last_30_days": PERIOD,
        "last_365_days": PERIOD,
        "all_time": PERIOD,
        "days": [
            {
                "date": STR,
                "reviews": INT,
                "duration_ms": INT,
                "retention_reviews": INT,
                "retention_passed": INT,
            }
        ],
    },
    "retention": {
        "desired": float,
        "today": RETENTION,
        "last_7_days": RETENTION,
        "last_30_days": RETENTION,
        "all_time": RETENTION,
    },
    "forecast": [{"date": STR, "due": INT}],
    "articles": [
        {
            "deck_id": INT,
            "deck": STR,
            "paragraphs": [
                {
                    "index": INT,
                    "text": STR,
                    "is_caption": BOOL,
                    "cards": INT,
                    "studied": INT,
                    "mastered": INT,
                    "mastery": RATE,
                }
            ],
        }
    ],
    "hardest": [
        {
            "card_id": INT,
            "deck": STR,
            "card_type": STR,
            "question": STR,
            "lapses": INT,
            "reps": INT,
            "state": STR,
            "retrievability": float,
            "suspended": BOOL,
            "leech": BOOL,
        }
    ],
}


def check(value: Any, schema: Any, where: str = "$") -> None:
    """Assert that ``value`` has exactly the keys and types of ``schema``."""
    if isinstance(schema, dict):
        assert isinstance(value, dict), where
        assert set(value) == set(schema), f"{where}: {sorted(set(value) ^ set(schema))}"
        for key, sub in schema.items():
            check(value[key], sub, f"{where}.{key}")
    elif isinstance(schema, list):
        assert isinstance(value, list), where
        for index, item in enumerate(value):
            check(item, schema[0], f"{where}[{index}]")
    else:
        # bool is an int in Python: an int field must not be a bool.
        assert isinstance(value, schema) and not (schema is int and isinstance(value, bool)), (
            f"{where}: {value!r} is not {schema}"
        )


def test_json_matches_the_documented_schema(history: History) -> None:
    for deck in (None, BINH_LUC):
        document = stats(history.database, history.learner_id, now=NOW, deck=deck).to_json()
        round_trip = json.loads(json.dumps(document, ensure_ascii=False))
        check(round_trip, SCHEMA)
        assert round_trip["schema_version"] == SCHEMA_VERSION == 1
        assert len(round_trip["activity"]["days"]) == 365
        assert len(round_trip["forecast"]) == 30
        assert round_trip["generated_at"] == "2026-03-02T09:30:00+00:00"
        assert round_trip["today"] == "2026-03-02"
    assert document["deck"] == BINH_LUC and len(document["articles"]) == 1
    assert document["articles"][0]["paragraphs"][0]["mastery"] == 0.375


def test_the_schema_check_catches_a_missing_key(history: History) -> None:
    document = stats(history.database, history.learner_id, now=NOW).to_json()
    del document["memory"]["mastery"]
    try:
        check(document, SCHEMA)
    except AssertionError as error:
        assert "mastery" in str(error)
    else:  # pragma: no cover - the check itself is broken
        raise AssertionError("the schema check let a missing key through")
