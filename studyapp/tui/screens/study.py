"""The study screen: one card at a time, answered with a few keys.

Each card goes question side -> answer side (revealed, picked or typed) ->
rated. The rating is saved, and the next card fetched, in a thread worker;
the next card appears only once the answer is committed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from studyapp.core.answers import Verdict, check_choice, check_typed
from studyapp.services.overview import DueOutlook, due_outlook
from studyapp.services.study import StudySession
from studyapp.services.study_views import AnswerResult, CardView, QueueCounts
from studyapp.tui.background import in_thread
from studyapp.tui.runtime import Runtime
from studyapp.tui.screens.study_keys import HINTS, STUDY_BINDINGS
from studyapp.tui.tally import MAX_ANSWER_MS, SessionTally
from studyapp.tui.widgets.card_panel import CardPanel
from studyapp.tui.widgets.rating_bar import RATING_NAMES, RatingBar
from studyapp.tui.widgets.session_header import SessionHeader

Phase = Literal["loading", "question", "answer", "busy"]
Next = tuple[CardView | None, QueueCounts]


class StudyScreen(Screen[None]):
    """Study one deck (with its sub-decks), or every deck when ``deck`` is ``None``."""

    AUTO_FOCUS = None
    BINDINGS: ClassVar[list[BindingType]] = STUDY_BINDINGS
    DEFAULT_CSS = """
    StudyScreen #hint { height: 1; width: 100%; text-align: center; color: $text-muted; }
    StudyScreen #status { height: 1; width: 100%; padding: 0 1; color: $text-muted; }
    StudyScreen .hidden { display: none; }
    """

    def __init__(
        self, runtime: Runtime, deck: str | None, session: StudySession | None = None
    ) -> None:
        super().__init__()
        self.runtime = runtime
        self.deck = deck
        self.session = session
        self.tally = SessionTally()
        self.phase: Phase = "loading"
        self.card: CardView | None = None
        self.counts = QueueCounts(0, 0, 0)
        self.verdict: Verdict | None = None
        self.selected = 3
        self.answer_given: str | None = None
        self._shown_at = 0.0
        self._paragraph: str | None = None
        self._paragraph_shown = False

    @property
    def deck_label(self) -> str:
        """The deck's name, or "All decks"."""
        return self.deck or "All decks"

    def compose(self) -> ComposeResult:
        yield SessionHeader(self.deck_label)
        yield CardPanel()
        yield Static("", id="hint")
        yield RatingBar(id="ratings")
        yield Static("", id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(RatingBar).add_class("hidden")
        self.query_one("#hint", Static).update("Loading…")

        def job() -> Next:
            if self.session is None:
                self.session = StudySession(
                    self.runtime.context.database, self.runtime.context.learner_id, self.deck
                )
            return self._next(self.session)

        in_thread(self, job, self._present, failed=self._failed_to_start)

    def _failed_to_start(self, error: Exception) -> None:
        self.app.notify(str(error), title="Cannot study", severity="error")
        self.dismiss()

    def _next(self, session: StudySession) -> Next:
        now = self.runtime.now()
        return session.next_card(now), session.counts(now)

    # -- showing ----------------------------------------------------------

    def _present(self, loaded: Next) -> None:
        card, counts = loaded
        self.counts = counts
        self.query_one(SessionHeader).show(counts, self.tally.answers)
        if card is None:
            self._finish(complete=True)
            return
        self.card, self.verdict, self.answer_given = card, None, None
        self._paragraph, self._paragraph_shown = None, False
        self.phase = "question"
        self.query_one(CardPanel).show_question(card)
        self.query_one(RatingBar).add_class("hidden")
        hint = self.query_one("#hint", Static)
        hint.update(HINTS.get(card.card_type, ""))
        hint.remove_class("hidden")
        if card.card_type == "typed":
            self.query_one("#typed", Input).focus()
        else:
            self.set_focus(None)
        self._shown_at = self.runtime.monotonic()
        self.refresh_bindings()

    def _show_answer_side(self, selected: int) -> None:
        assert self.card is not None
        self.phase = "answer"
        self.selected = selected
        self.query_one("#hint", Static).add_class("hidden")
        bar = self.query_one(RatingBar)
        bar.remove_class("hidden")
        bar.show(self.card.intervals, selected)
        self.set_focus(None)
        self.refresh_bindings()

    def _status(self, text: str) -> None:
        self.query_one("#status", Static).update(text)

    # -- which keys work when ---------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer each key only where it makes sense, so the footer shows what works now."""
        card, phase = self.card, self.phase
        kind = card.card_type if card is not None else ""
        if action == "reveal":
            return phase == "question" and kind in ("qa", "cloze")
        if action == "check":
            return phase == "question" and kind == "typed"
        if action == "pick":
            number = parameters[0] if parameters else 0
            count = len(card.choices) if card is not None else 0
            return (
                phase == "question"
                and kind == "choice"
                and isinstance(number, int)
                and (number <= count)
            )
        if action in ("confirm", "rate", "move"):
            return phase == "answer"
        if action == "paragraph":
            return phase == "answer" and card is not None and card.paragraph_index is not None
        if action == "undo":
            if phase not in ("question", "answer"):
                return False
            return True if self.session is not None and self.session.can_undo else None
        if action in ("suspend", "bury", "edit"):
            return phase in ("question", "answer")
        if action == "end":
            return phase != "busy"
        return True

    # -- the question side --------------------------------------------------

    def action_reveal(self) -> None:
        """Turn a question or cloze card over."""
        assert self.card is not None
        self.query_one(CardPanel).show_answer(self.card)
        self._show_answer_side(3)

    def action_pick(self, number: int) -> None:
        """Choose a multiple-choice option: right or wrong shows at once."""
        assert self.card is not None
        chosen = self.card.choices[number - 1]
        verdict = check_choice(chosen, self.card.answer)
        self.verdict, self.answer_given = verdict, chosen
        self.query_one(CardPanel).show_choice(self.card, number, verdict)
        self._show_answer_side(int(verdict.rating))

    def action_check(self) -> None:
        """Check the typed answer (Enter in the input does the same)."""
        self._check_typed(self.query_one("#typed", Input).value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the answer input checks the answer."""
        event.stop()
        if event.input.id == "typed" and self.phase == "question":
            self._check_typed(event.value)

    def _check_typed(self, given: str) -> None:
        assert self.card is not None
        verdict = check_typed(given, self.card.answer)
        self.verdict, self.answer_given = verdict, given
        self.query_one(CardPanel).show_typed(self.card, verdict)
        self._show_answer_side(int(verdict.rating))

    # -- rating -------------------------------------------------------------

    def action_move(self, step: int) -> None:
        """Select a neighbouring rating (Enter then saves it)."""
        self.selected = min(4, max(1, self.selected + step))
        self.query_one(RatingBar).select(self.selected)

    def action_confirm(self) -> None:
        """Save the selected rating."""
        self.action_rate(self.selected)

    def on_rating_bar_chosen(self, message: RatingBar.Chosen) -> None:
        """A click on a rating button rates the card."""
        if self.phase == "answer":
            self.action_rate(message.rating)

    def action_rate(self, rating: int) -> None:
        """Save the answer with this rating, then show the next card."""
        card, session = self.card, self.session
        assert card is not None and session is not None
        elapsed = int((self.runtime.monotonic() - self._shown_at) * 1000)
        duration = max(0, min(elapsed, MAX_ANSWER_MS))
        given = self.answer_given
        self.phase = "busy"
        self.refresh_bindings()

        def job() -> tuple[AnswerResult, Next]:
            now = self.runtime.now()
            result = session.answer(
                card.card_id, rating, now=now, duration_ms=duration, answer_given=given
            )
            return result, (session.next_card(now), session.counts(now))

        def done(out: tuple[AnswerResult, Next]) -> None:
            result, loaded = out
            self.tally.record(card.card_id, rating, duration)
            saved = f"✓ Saved: {RATING_NAMES[rating]} — next in {result.interval}"
            if result.became_leech:
                saved += " · leech" + (", suspended" if result.suspended else "")
                self.app.notify("This card keeps slipping: it is now a leech.", title="Leech")
            self._status(saved)
            self._present(loaded)

        in_thread(self, job, done, failed=self._failed_back_to("answer"))

    def _failed_back_to(self, phase: Phase) -> Callable[[Exception], None]:
        def failed(error: Exception) -> None:
            self.phase = phase
            self.refresh_bindings()
            self.app.notify(str(error), title="Nothing was saved", severity="error")

        return failed

    # -- other actions ------------------------------------------------------

    def action_undo(self) -> None:
        """Take back the last answer of this session and show that card again."""
        session, back = self.session, self.phase
        assert session is not None
        self.phase = "busy"
        self.refresh_bindings()

        def job() -> tuple[int, Next] | None:
            undone = session.undo()
            if undone is None:
                return None
            now = self.runtime.now()
            return undone.rating, (session.card(undone.card_id, now), session.counts(now))

        def done(out: tuple[int, Next] | None) -> None:
            if out is None:
                self.phase = back
                self.refresh_bindings()
                self.app.notify("Nothing to undo.")
                return
            rating, loaded = out
            self.tally.undo()
            self._status(f"↶ Undone: {RATING_NAMES[rating]} — the card is back")
            self._present(loaded)

        in_thread(self, job, done, failed=self._failed_back_to(back))

    def action_suspend(self) -> None:
        """Suspend the card: it is not shown again until unsuspended in Browse."""
        self._set_aside("suspend")

    def action_bury(self) -> None:
        """Bury the card until the next study day."""
        self._set_aside("bury")

    def _set_aside(self, how: Literal["suspend", "bury"]) -> None:
        card, session, back = self.card, self.session, self.phase
        assert card is not None and session is not None
        self.phase = "busy"
        self.refresh_bindings()

        def job() -> Next:
            now = self.runtime.now()
            if how == "suspend":
                session.suspend(card.card_id)
            else:
                session.bury(card.card_id, now=now)
            return session.next_card(now), session.counts(now)

        def done(loaded: Next) -> None:
            if how == "suspend":
                self._status("⏸ Suspended — find it in Browse with is:suspended")
            else:
                self._status("⤵ Buried until tomorrow")
            self._present(loaded)

        in_thread(self, job, done, failed=self._failed_back_to(back))

    def action_edit(self) -> None:
        """Edit the card's question and answer; its history stays."""
        from studyapp.tui.screens.edit_note import EditNoteScreen

        assert self.card is not None
        card_id = self.card.card_id
        self.app.push_screen(
            EditNoteScreen(self.runtime, card_id), lambda changed: self._edited(card_id, changed)
        )

    def _edited(self, card_id: int, changed: bool | None) -> None:
        session = self.session
        if not changed or session is None:
            return
        self.phase = "busy"
        self.refresh_bindings()

        def job() -> Next:
            now = self.runtime.now()
            return session.card(card_id, now), session.counts(now)

        in_thread(self, job, self._present, failed=self._failed_back_to("question"))

    def action_paragraph(self) -> None:
        """Show or hide the whole article paragraph the fact comes from."""
        panel, card, session = self.query_one(CardPanel), self.card, self.session
        assert card is not None and session is not None
        if self._paragraph_shown:
            self._paragraph_shown = False
            panel.show_paragraph(None)
            return
        if self._paragraph is not None:
            self._paragraph_shown = True
            panel.show_paragraph(self._paragraph)
            return

        def done(text: str | None) -> None:
            if self.card is not card or self.phase != "answer":
                return
            self._paragraph = text or "(the paragraph is not stored for this deck)"
            self._paragraph_shown = True
            panel.show_paragraph(self._paragraph)

        in_thread(self, lambda: session.paragraph(card.card_id), done)

    def action_end(self) -> None:
        """End the session now and show the summary."""
        self._finish(complete=False)

    def _finish(self, *, complete: bool) -> None:
        from studyapp.tui.screens.summary import SummaryScreen

        self.phase = "busy"
        self.refresh_bindings()
        context = self.runtime.context

        def job() -> DueOutlook:
            return due_outlook(
                context.database, context.learner_id, self.deck, now=self.runtime.now()
            )

        def done(outlook: DueOutlook) -> None:
            summary = SummaryScreen(
                self.runtime,
                deck_label=self.deck_label,
                tally=self.tally,
                outlook=outlook,
                complete=complete,
            )
            self.app.switch_screen(summary)

        in_thread(self, job, done, failed=self._failed_back_to("question"))
