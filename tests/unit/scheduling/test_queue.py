"""Queue rules: order, daily limits, sibling burial, suspension, learn-ahead."""

from __future__ import annotations

import datetime as dt

from studyapp.core.scheduling.memory import CardState
from studyapp.core.scheduling.queue import (
    OrderedQueue,
    QueueCandidate,
    QueueKind,
    RemainingLimits,
    deck_matches,
    is_sibling_buried,
    limit_bucket,
    order_queue,
    remaining_limits,
)
from studyapp.core.scheduling.settings import SchedulerSettings

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)  # study day 2026-03-02 04:00 .. 03-03 04:00
MIN, DAY = dt.timedelta(minutes=1), dt.timedelta(days=1)
SETTINGS = SchedulerSettings(new_per_day=3, reviews_per_day=2)


def card(
    card_id: int,
    state: CardState,
    due: dt.datetime | None = None,
    *,
    note: int | None = None,
    position: int = 0,
    **extra: object,
) -> QueueCandidate:
    return QueueCandidate(
        card_id=card_id,
        note_id=card_id if note is None else note,
        state=state,
        due=due,
        position=position,
        **extra,  # type: ignore[arg-type]
    )


def ids(queue: OrderedQueue) -> list[int]:
    return [c.card_id for c in queue.cards]


def test_remaining_limits() -> None:
    settings = SchedulerSettings()
    assert remaining_limits(settings, new_today=0, reviews_today=0) == RemainingLimits(20, 200)
    assert remaining_limits(settings, new_today=5, reviews_today=150) == RemainingLimits(15, 50)
    assert remaining_limits(settings, new_today=25, reviews_today=300) == RemainingLimits(0, 0)


def test_limit_buckets_follow_the_state_before_the_answer() -> None:
    assert limit_bucket(CardState.NEW) is QueueKind.NEW
    assert limit_bucket(CardState.REVIEW) is QueueKind.REVIEW
    assert limit_bucket(CardState.LEARNING) is QueueKind.LEARNING
    assert limit_bucket(CardState.RELEARNING) is QueueKind.LEARNING


def test_learning_first_then_reviews_then_new_in_article_order() -> None:
    candidates = [
        card(1, CardState.NEW, position=30),
        card(2, CardState.REVIEW, NOW - 2 * DAY),
        card(3, CardState.LEARNING, NOW - 5 * MIN),
        card(4, CardState.NEW, position=10),
        card(5, CardState.RELEARNING, NOW - 9 * MIN),
        card(6, CardState.REVIEW, NOW + 10 * 60 * MIN),  # later today: due today
        card(7, CardState.NEW, position=20),
        card(8, CardState.LEARNING, NOW + 5 * MIN),  # not yet due
        card(9, CardState.REVIEW, NOW + DAY),  # tomorrow
    ]
    queue = order_queue(candidates, NOW, SETTINGS)
    assert [c.card_id for c in queue.learning] == [5, 3]
    assert [c.card_id for c in queue.reviews] == [2, 6]
    assert [c.card_id for c in queue.new] == [4, 7, 1]
    assert ids(queue) == [5, 3, 2, 6, 4, 7, 1]
    assert queue.next_card() == candidates[4]


def test_daily_limits_cap_new_and_reviews_but_not_learning() -> None:
    candidates = [card(i, CardState.NEW, position=i) for i in range(10)]
    candidates += [card(100 + i, CardState.REVIEW, NOW - i * MIN) for i in range(5)]
    candidates += [card(200 + i, CardState.LEARNING, NOW - i * MIN) for i in range(5)]
    queue = order_queue(candidates, NOW, SETTINGS, new_today=2, reviews_today=1)
    assert len(queue.learning) == 5
    assert [c.card_id for c in queue.reviews] == [104]
    assert [c.card_id for c in queue.new] == [0]
    spent = order_queue(candidates, NOW, SETTINGS, new_today=3, reviews_today=9)
    assert spent.new == () and spent.reviews == () and len(spent.learning) == 5


def test_siblings_of_a_card_answered_today_are_buried() -> None:
    candidates = [
        card(1, CardState.NEW, note=10, position=1),
        card(2, CardState.NEW, note=10, position=2),
        card(3, CardState.REVIEW, NOW - DAY, note=20),
        card(4, CardState.LEARNING, NOW - MIN, note=20),
        card(5, CardState.NEW, note=30, position=5),
    ]
    answered = {10: {1}, 20: {4}}
    queue = order_queue(candidates, NOW, SETTINGS, answered_today=answered)
    # 1 was answered itself (not a sibling); 2 and 3 are buried; learning 4 is never buried.
    assert ids(queue) == [4, 1, 5]
    assert is_sibling_buried(candidates[1], answered)
    assert not is_sibling_buried(candidates[0], answered)
    assert not is_sibling_buried(candidates[3], {20: {3}})


def test_only_one_new_or_review_card_per_note_is_queued() -> None:
    candidates = [
        card(1, CardState.NEW, note=10, position=1),
        card(2, CardState.NEW, note=10, position=2),
        card(3, CardState.NEW, note=11, position=3),
        card(4, CardState.REVIEW, NOW - DAY, note=11),
    ]
    queue = order_queue(candidates, NOW, SETTINGS)
    assert [c.card_id for c in queue.reviews] == [4]
    assert [c.card_id for c in queue.new] == [1]


def test_suspended_and_buried_cards_are_hidden_until_their_time() -> None:
    tomorrow = dt.datetime(2026, 3, 3, 4, tzinfo=dt.UTC)
    candidates = [
        card(1, CardState.REVIEW, NOW - DAY, suspended=True),
        card(2, CardState.NEW, buried_until=tomorrow),
        card(3, CardState.LEARNING, NOW - MIN, buried_until=tomorrow),
        card(4, CardState.NEW, buried_until=NOW - MIN),
    ]
    assert ids(order_queue(candidates, NOW, SETTINGS)) == [4]
    assert ids(order_queue(candidates, tomorrow, SETTINGS)) == [3, 2, 4]


def test_learn_ahead_shows_waiting_learning_cards_last() -> None:
    candidates = [
        card(1, CardState.LEARNING, NOW + 8 * MIN),
        card(2, CardState.RELEARNING, NOW + 30 * MIN),
        card(3, CardState.NEW),
    ]
    assert ids(order_queue(candidates, NOW, SETTINGS)) == [3]
    ahead = order_queue(candidates, NOW, SETTINGS, learn_ahead=20 * MIN)
    assert ids(ahead) == [3, 1]


def test_reviews_due_today_follow_the_local_day_boundary() -> None:
    hanoi = SETTINGS.replace(timezone="Asia/Ho_Chi_Minh")  # day ends 2026-03-02 21:00 UTC
    review = [card(1, CardState.REVIEW, dt.datetime(2026, 3, 2, 22, tzinfo=dt.UTC))]
    assert ids(order_queue(review, NOW, SETTINGS)) == [1]
    assert ids(order_queue(review, NOW, hanoi)) == []


def test_deck_matches_covers_sub_decks() -> None:
    assert deck_matches("Tin tức", "Tin tức")
    assert deck_matches("Tin tức::Kinh tế", "Tin tức")
    assert deck_matches("Tin tức::Kinh tế::Đầu tư", "Tin tức::Kinh tế")
    assert not deck_matches("Tin tức mới", "Tin tức")
    assert not deck_matches("Tin tức", "Tin tức::Kinh tế")
