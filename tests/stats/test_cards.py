"""Cards by state, memory, forecast, hardest cards and paragraphs, worked out by hand.

Card states of the fixed history (now = 2026-03-02 09:30 UTC; t = whole days
since the last review, S = stability; with the desired retention 0.9 a card is
mastered exactly when t <= S):

    b0  review      S=10   t=5   interval 12 d (young)   mastered
    b1  review      S=30   t=10  interval 30 d (mature)  mastered
    b2  relearning  S=2    t=0   3 lapses                mastered
    b3  learning    S=1.5  t=2   overdue                 not mastered
    b4  review      S=3    t=20  interval 5 d, 5 lapses, suspended, leech
    b5  review      S=50   t=3   interval 60 d (mature), 1 lapse   mastered
    b6  new, suspended by hand; b7-b11 new; b12-b15 retired (b12 had 9 lapses)
    k0  review      S=100  t=98  interval 100 d (mature) mastered
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from studyapp.core.scheduling.engine import retrievability
from studyapp.core.scheduling.memory import CardMemory, CardState
from studyapp.core.scheduling.settings import SchedulerSettings
from studyapp.db import stats_queries as qc
from studyapp.db.models import Learner
from studyapp.db.types import to_epoch_us
from studyapp.services.learner_settings import update_settings
from studyapp.services.learners import add_learner
from studyapp.services.stats import stats
from tests.stats.history import BINH_LUC, DAY, KIM_BANG, NOW, History, add_state

DECAY = -SchedulerSettings().parameters[20]
FACTOR = 0.9 ** (1 / DECAY) - 1


def r(t: int, s: float) -> float:
    """FSRS-6's forgetting curve, by hand."""
    return float((1 + FACTOR * t / s) ** DECAY)


def test_cards_by_state_per_deck_and_overall(history: History) -> None:
    figures = stats(history.database, history.learner_id, now=NOW)
    by_name = {d.name: d.cards for d in figures.decks}
    binh_luc, kim_bang = by_name[BINH_LUC], by_name[KIM_BANG]
    assert binh_luc.to_json() == {
        "total": 12,
        "new": 6,
        "learning": 1,
        "relearning": 1,
        "review": 4,
        "young": 2,
        "mature": 2,
        "suspended": 2,
        "leech": 1,
    }
    assert (kim_bang.total, kim_bang.new, kim_bang.mature) == (4, 3, 1)
    overall = figures.cards
    assert (overall.total, overall.new, overall.review, overall.mature) == (16, 9, 5, 3)
    assert (overall.suspended, overall.leech) == (2, 1)


def test_retrievability_and_mastery(history: History) -> None:
    figures = stats(history.database, history.learner_id, now=NOW)
    memory = {d.name: d.memory for d in figures.decks}[BINH_LUC]
    expected = [r(5, 10), r(10, 30), r(0, 2), r(2, 1.5), r(20, 3), r(3, 50)]
    assert memory.studied == 6 and memory.mastered == 4
    assert memory.average_retrievability == pytest.approx(sum(expected) / 6, abs=1e-12)
    assert memory.mastery == pytest.approx(4 / 12)
    assert figures.memory.mastered == 5 and figures.memory.mastery == pytest.approx(5 / 16)
    overall = (sum(expected) + r(98, 100)) / 7
    assert figures.memory.average_retrievability == pytest.approx(overall, abs=1e-12)


def test_mastery_follows_the_desired_retention(history: History) -> None:
    update_settings(history.database, history.learner_id, desired_retention=0.95)
    memory = stats(history.database, history.learner_id, now=NOW).memory
    # R >= 0.95: b2 (t=0), b5 (r(3, 50) = 0.991) and b1 (r(10, 30) = 0.965).
    mastered = [r(t, s) >= 0.95 for t, s in ((5, 10), (10, 30), (0, 2), (2, 1.5), (20, 3), (3, 50))]
    assert memory.mastered == sum(mastered) + (r(98, 100) >= 0.95) == 3


def test_sql_retrievability_matches_the_engine(history: History) -> None:
    # Random memories against py-fsrs itself, through the same SQL expression.
    rng = random.Random(11)
    settings = SchedulerSettings()
    cases = []
    for name in (f"b{i}" for i in range(7, 12)):
        stability = rng.uniform(0.1, 400)
        last = NOW - dt.timedelta(seconds=rng.randint(0, 400 * 86_400))
        add_state(history, name, state=2, stability=stability, last_review=last, due=NOW)
        memory = CardMemory(
            state=CardState.REVIEW, stability=stability, difficulty=5.0, due=NOW, last_review=last
        )
        cases.append(retrievability(memory, NOW, settings))
    curve = qc.Curve(to_epoch_us(NOW), DECAY, FACTOR, 0.9)
    with history.database.read() as session:
        scope = qc.Scope([history.decks[BINH_LUC]], qc.retired_cards(session, None))
        hardest = qc.hardest_cards(session, history.learner_id, scope, curve, limit=20)
    by_card = {row.card_id: row.retrievability for row in hardest}
    got = [by_card[history.cards[f"b{i}"]] for i in range(7, 12)]
    assert got == pytest.approx(cases, abs=1e-12)


def test_forecast_by_study_day(history: History) -> None:
    forecast = stats(history.database, history.learner_id, now=NOW).forecast
    assert len(forecast) == 30
    assert forecast[0].date == dt.date(2026, 3, 2) and forecast[-1].date == dt.date(2026, 3, 31)
    due = {f.date.isoformat(): f.due for f in forecast if f.due}
    # Today: b3 (overdue) and b2 (due 03:59 tomorrow morning, still today's study day);
    # k0 at 04:00 on 03-04 starts that day; b0 in 7 days, b1 in 20; b4 is suspended,
    # b5 is due after 30 days and b12 is retired.
    assert due == {"2026-03-02": 2, "2026-03-04": 1, "2026-03-09": 1, "2026-03-22": 1}
    one_deck = stats(history.database, history.learner_id, now=NOW, deck=BINH_LUC).forecast
    assert sum(f.due for f in one_deck) == 4


def test_hardest_cards(history: History) -> None:
    hardest = stats(history.database, history.learner_id, now=NOW).hardest
    names = {card_id: name for name, card_id in history.cards.items()}
    # Most lapses first (b12, retired, is left out), then the lowest retrievability.
    assert [names[h.card_id] for h in hardest] == ["b4", "b2", "b5", "b3", "k0", "b0", "b1"]
    first = hardest[0]
    assert (first.lapses, first.state, first.suspended, first.leech) == (5, "review", True, True)
    assert first.retrievability == pytest.approx(r(20, 3))
    assert first.question == "Huyện có bao nhiêu thôn loại 1?" and first.deck == BINH_LUC


def test_mastery_per_paragraph(history: History) -> None:
    figures = stats(history.database, history.learner_id, now=NOW, deck=BINH_LUC)
    (article,) = figures.articles
    assert article.deck == BINH_LUC
    rows = [
        (p.index, p.text, p.is_caption, p.cards, p.studied, p.mastered) for p in article.paragraphs
    ]
    # Paragraph 0 holds notes 0 and 2 (b0-b3, b8-b11), paragraph 1 note 1 (b4-b7);
    # note 3 (paragraph 1) is retired.
    assert rows == [(0, "Đoạn một.", False, 8, 4, 3), (1, "Đoạn hai.", True, 4, 2, 1)]
    assert article.paragraphs[0].mastery == pytest.approx(3 / 8)
    assert stats(history.database, history.learner_id, now=NOW).articles == ()


def test_cards_of_another_learner_do_not_count(history: History) -> None:
    add_learner(history.database, "lan", now=NOW)
    with history.database.read() as session:
        other_id = session.scalars(select(Learner.id).where(Learner.name == "lan")).one()
    figures = stats(history.database, other_id, now=NOW)
    assert figures.cards.total == 16 and figures.cards.new == 16
    assert figures.hardest == () and figures.activity.all_time.reviews == 0


def test_many_retired_cards_use_a_subquery(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qc, "_RETIRED_LIST_LIMIT", 0)
    figures = stats(history.database, history.learner_id, now=NOW)
    assert figures.cards.total == 16
    assert [h.lapses for h in figures.hardest][:3] == [5, 3, 1]
    assert figures.forecast[0].due == 2


def test_mastery_ratio_is_one_at_ninety_percent() -> None:
    # By definition of stability, R = 0.9 when t = S.
    assert qc.Curve(0, DECAY, FACTOR, 0.9).mastery_ratio == pytest.approx(1.0)
    ratio = qc.Curve(0, DECAY, FACTOR, 0.8).mastery_ratio
    assert r(int(10 * ratio), 10) >= 0.8 > r(int(10 * ratio) + 1, 10)


def test_pow_fallback() -> None:
    assert qc._pow(4.0, 0.5) == 2.0
    assert qc._pow(None, 2.0) is None and qc._pow(-1.0, 0.5) is None


def test_a_card_reviewed_in_the_future_has_full_recall(history: History) -> None:
    add_state(history, "k1", state=2, stability=4.0, last_review=NOW + DAY, due=NOW + 5 * DAY)
    hardest = stats(history.database, history.learner_id, now=NOW).hardest
    k1 = next(h for h in hardest if h.card_id == history.cards["k1"])
    assert k1.retrievability == 1.0
