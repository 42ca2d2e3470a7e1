"""Scheduling against Anki (Rust backend, FSRS on), the same collection shape.

- answer a card and fetch the next one: the hot loop of a session;
- the first card after opening the database;
- the due counts behind the deck list.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path
from typing import Any

from studyapp.services.decks import list_decks
from studyapp.services.learner_settings import update_settings
from studyapp.services.opening import open_database
from studyapp.services.study import StudySession
from tests.benchmarks.collection import NOW, build_ours
from tests.benchmarks.figures import Figure, median_ms


def _ours(path: Path, answers: int) -> tuple[float, float, float]:
    database, _, _ = open_database(str(path), now=NOW)
    update_settings(database, 1, new_per_day=9999, reviews_per_day=9999)
    database.close()
    start = time.perf_counter()
    database, _, _ = open_database(str(path), now=NOW)
    session = StudySession(database, 1, "Bench")
    card = session.next_card(NOW)
    first = (time.perf_counter() - start) * 1000
    moment = NOW
    timings = []
    for _ in range(answers):
        assert card is not None
        start = time.perf_counter()
        session.answer(card.card_id, 3, now=moment)
        card = session.next_card(moment)
        timings.append((time.perf_counter() - start) * 1000)
        moment += dt.timedelta(seconds=3)
    counts = median_ms(lambda: list_decks(database, 1, now=moment), 5)
    database.close()
    return first, statistics.median(timings), counts


def _build_anki(path: Path, cards: int) -> None:
    from anki.collection import AddNoteRequest, Collection

    col: Any = Collection(str(path))
    col.set_config("fsrs", True)
    model = col.models.by_name("Basic")
    assert model is not None
    deck_id = col.decks.id("Bench")
    assert deck_id is not None
    requests = []
    for i in range(cards):
        note = col.new_note(model)
        note["Front"], note["Back"] = f"Câu hỏi số {i}?", str(i)
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
    col.add_notes(requests)
    config = col.decks.config_dict_for_deck_id(deck_id)
    config["new"]["perDay"] = 9999
    config["rev"]["perDay"] = 9999
    col.decks.update_config(config)
    today = col.sched.today
    studied = int(cards * 0.8)
    # The same history shape as ours: reviewed 1-40 days ago, due 5-60 days later.
    col.db.execute(
        "update cards set type=2, queue=2, ivl=10, factor=2500, reps=1, "
        f"due={today} - abs(random()) % 40 + abs(random()) % 56 + 5, "
        """data='{"s":10.0,"d":5.0,"dr":0.9}' """
        f"where id in (select id from cards order by random() limit {studied})"
    )
    col.close()


def _anki(path: Path, answers: int) -> tuple[float, float, float]:
    from anki.cards import Card
    from anki.collection import Collection
    from anki.scheduler.v3 import CardAnswer

    start = time.perf_counter()
    col: Any = Collection(str(path))
    deck_id = col.decks.id("Bench")
    assert deck_id is not None
    col.decks.select(deck_id)
    queued: Any = col.sched.get_queued_cards(fetch_limit=1)
    first = (time.perf_counter() - start) * 1000
    timings = []
    for _ in range(answers):
        start = time.perf_counter()
        top = queued.cards[0]
        card = Card(col)
        card._load_from_backend_card(top.card)
        card.start_timer()
        answer = col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD)
        col.sched.answer_card(answer)
        queued = col.sched.get_queued_cards(fetch_limit=1)
        timings.append((time.perf_counter() - start) * 1000)
    counts = median_ms(col.sched.deck_due_tree, 5)
    col.close()
    return first, statistics.median(timings), counts


def run(folder: Path, *, cards: int, answers: int) -> list[Figure]:
    """Build both collections and measure the three figures."""
    ours_path, anki_path = folder / "sched.db", folder / "sched.anki2"
    build_ours(ours_path, cards=cards)
    _build_anki(anki_path, cards)
    our_first, our_loop, our_counts = _ours(ours_path, answers)
    anki_first, anki_loop, anki_counts = _anki(anki_path, answers)
    size = f"{cards:,} cards"
    return [
        Figure(
            "answer_next_ratio_vs_anki",
            f"answer + next card ({size})",
            our_loop,
            "ms",
            anki_loop,
            "anki",
            "<= 0.5x",
        ),
        Figure(
            "first_card_ratio_vs_anki",
            f"open + first card ({size})",
            our_first,
            "ms",
            anki_first,
            "anki",
            "<= 1x",
        ),
        Figure(
            "due_counts_ratio_vs_anki",
            f"deck list due counts ({size})",
            our_counts,
            "ms",
            anki_counts,
            "anki",
        ),
    ]
