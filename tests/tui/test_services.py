"""The services behind the browser, the editor and the summary, without the UI."""

from __future__ import annotations

import datetime as dt

import pytest

from studyapp.core.errors import InputError
from studyapp.services.browse import (
    BrowseQuery,
    card_details,
    parse_query,
    reset_card,
    search_cards,
    set_suspended,
)
from studyapp.services.editing import edit_note, load_note, note_of_card
from studyapp.services.opening import AppContext
from studyapp.services.overview import due_outlook, home_overview
from studyapp.services.study import StudySession
from studyapp.tui.tally import MAX_ANSWER_MS, SessionTally
from tests.tui.helpers import review_logs

MINUTE = dt.timedelta(minutes=1)


def ids(context: AppContext, query: str, now: dt.datetime) -> list[int]:
    result = search_cards(context.database, context.learner_id, parse_query(query), now=now)
    return [row.card_id for row in result.rows]


def test_parse_query_splits_words_and_filters() -> None:
    assert parse_query('ha noi deck:"Bình Lục" tag:count is:new state:Leech') == BrowseQuery(
        ("ha", "noi"), "Bình Lục", "count", ("new", "leech")
    )
    assert parse_query('deck:"unfinished') == BrowseQuery(("deck:", "unfinished"))
    assert parse_query("") == BrowseQuery()


def test_search_folds_diacritics_and_case(app_context: AppContext, now: dt.datetime) -> None:
    assert ids(app_context, "BINH LUC", now) == [1, 3, 5]
    assert ids(app_context, "bình lục xã", now) == [1, 3]
    assert ids(app_context, "dan", now) == [5]  # "dân", and đ folds to d too
    assert ids(app_context, "6.968", now) == [2]


def test_search_by_deck_tag_and_state(app_context: AppContext, now: dt.datetime) -> None:
    assert ids(app_context, "deck:binh-luc", now) == []
    assert ids(app_context, "deck:'binh luc'", now) == [1, 2, 3, 4, 5]  # loose deck match
    assert ids(app_context, "tag:t4", now) == [5]
    assert ids(app_context, "tag:t", now) == []  # whole tags only
    session = StudySession(app_context.database, app_context.learner_id)
    session.answer(1, 4, now=now)  # review, due in days
    session.answer(2, 1, now=now)  # learning, due in a minute
    session.suspend(3)
    assert ids(app_context, "is:review", now) == [1]
    assert ids(app_context, "is:learning", now) == [2]
    assert ids(app_context, "is:suspended", now) == [3]
    assert ids(app_context, "is:new", now) == [3, 4, 5]
    assert ids(app_context, "is:due", now) == [2]
    assert ids(app_context, "is:learning is:review", now) == [1, 2]
    missing = search_cards(
        app_context.database, app_context.learner_id, parse_query("deck:Nowhere"), now=now
    )
    assert missing.rows == () and missing.notice == "no deck called 'Nowhere'"


def test_search_limit_reports_the_full_count(app_context: AppContext, now: dt.datetime) -> None:
    result = search_cards(
        app_context.database, app_context.learner_id, BrowseQuery(), now=now, limit=2
    )
    assert len(result.rows) == 2 and result.matched == 5 and result.truncated


def test_details_history_suspend_and_reset(app_context: AppContext, now: dt.datetime) -> None:
    database, learner = app_context.database, app_context.learner_id
    session = StudySession(database, learner)
    session.answer(1, 3, now=now, duration_ms=3000, answer_given="17")
    session.answer(1, 3, now=now + 10 * MINUTE, duration_ms=2000)
    details = card_details(database, learner, 1, now=now + 11 * MINUTE)
    assert [(e.rating_name, e.duration_ms, e.state_before) for e in details.history] == [
        ("Good", 3000, "new"),
        ("Good", 2000, "learning"),
    ]
    assert details.row.state == "review" and details.row.reps == 2
    assert details.source_sentence == "Huyện Bình Lục có 17 xã và 1 thị trấn."
    assert details.tags == ("count", "t0") and details.timezone == "UTC"
    set_suspended(database, learner, 1, suspended=True)
    assert card_details(database, learner, 1, now=now).row.suspended
    set_suspended(database, learner, 1, suspended=False)
    reset_card(database, learner, 1)
    after = card_details(database, learner, 1, now=now)
    assert after.row.state == "new" and not after.row.suspended
    assert len(after.history) == 2  # reset keeps the history
    with pytest.raises(InputError):
        card_details(database, learner, 999, now=now)


def test_edit_keeps_id_guid_and_history(app_context: AppContext, now: dt.datetime) -> None:
    database = app_context.database
    StudySession(database, app_context.learner_id).answer(2, 3, now=now)
    before = note_of_card(database, 2)
    edited = edit_note(
        database, before.note_id, question="  Diện tích lúa? ", answer="6.970 ha", now=now
    )
    assert edited.question == "Diện tích lúa?"
    assert edited.choices == ("6.970 ha", "5.200 ha", "7.450 ha", "8.100 ha")
    assert edited.cloze == "Năm 2023, toàn huyện trồng {{c1::6.970 ha}} lúa."
    assert load_note(database, before.note_id) == edited
    assert [log[0] for log in review_logs(app_context)] == [2]
    card = StudySession(database, app_context.learner_id).card(2, now)
    assert card.answer == "6.970 ha" and card.note_id == before.note_id
    with pytest.raises(InputError, match="answer cannot be empty"):
        edit_note(database, before.note_id, question="q", answer="  ", now=now)


def test_outlook_and_home_overview(app_context: AppContext, now: dt.datetime) -> None:
    database, learner = app_context.database, app_context.learner_id
    session = StudySession(database, learner)
    session.answer(1, 3, now=now)  # learning, due in 10 minutes
    session.answer(2, 4, now=now)  # review in days
    outlook = due_outlook(database, learner, "Bình Lục", now=now)
    assert outlook.next_due == now + 10 * MINUTE
    assert outlook.due_today == 1 and outlook.due_tomorrow == 0
    assert outlook.timezone == "UTC"
    home = home_overview(database, learner, now=now)
    (row,) = home.decks
    assert row.summary.name == "Bình Lục" and row.mastery == pytest.approx(1 / 5)
    assert home.today.reviews_today == 2


def test_tally_counts_first_answers_and_caps_time() -> None:
    tally = SessionTally()
    tally.record(1, 1, 5000)
    tally.record(2, 3, 999_999)
    tally.record(1, 3, 2000)
    assert (tally.answers, tally.cards, tally.right_first_time) == (3, 2, 1)
    assert tally.seconds == (5000 + MAX_ANSWER_MS + 2000) // 1000
    assert tally.ratings == {1: 1, 2: 0, 3: 2, 4: 0}
    assert tally.undo() is not None and tally.answers == 2
