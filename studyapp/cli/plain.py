"""Plain study mode: the same session as plain lines on stdin/stdout.

For screen readers, slow links and scripts. The protocol (also in the README):

* each card prints ``Q: ...`` (multiple-choice options as ``  1) ...``) and a prompt;
* Q&A and cloze: an empty line reveals ``A: ...``, then ``1``-``4`` rates;
* multiple choice: a digit picks an option; typed answer: a line of text;
  after either, Enter accepts the suggested rating, ``1``-``4`` overrides it;
* ``u`` undoes the last answer, ``q`` (or end of input) ends the session;
* after every answer is committed, a line
  ``saved card=<id> rating=<1-4> <Name> next=<interval>`` is printed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from studyapp.clock import utc_now
from studyapp.core.answers import Verdict, check_choice, check_typed
from studyapp.core.scheduling.engine import format_interval
from studyapp.services.study import StudySession
from studyapp.services.study_views import RATING_NAMES, CardView


class _Quit(Exception):
    """The learner typed ``q`` or input ended."""


class _Undo(Exception):
    """The learner typed ``u``."""


class PlainSession:
    """Runs a study session over two text streams."""

    def __init__(
        self,
        session: StudySession,
        stdin: TextIO,
        stdout: TextIO,
        *,
        style: Callable[[str, str], str] | None = None,
    ) -> None:
        self.session = session
        self.stdin = stdin
        self.stdout = stdout
        # Colour only on a terminal; ``style(text, role)`` decorates when given.
        self.style = style or (lambda text, _role: text)
        self._interactive = stdin.isatty()

    def say(self, text: str = "") -> None:
        """Print one line and flush, so a script reading us sees it at once."""
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def ask(self, prompt: str) -> str:
        """Read one reply; ``q``/EOF quits, ``u`` undoes."""
        # On a terminal the reply follows the prompt; for a script or a screen
        # reader every prompt is a whole line, so ``saved ...`` starts a line too.
        self.stdout.write(prompt if self._interactive else prompt.rstrip() + "\n")
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise _Quit
        reply = line.strip()
        if reply.lower() == "q":
            raise _Quit
        if reply.lower() == "u":
            raise _Undo
        return reply

    def run(self) -> int:
        """Study until the queue is empty or the learner quits; return cards answered."""
        deck = self.session.deck_name or "all decks"
        self.say(f"studyapp plain mode: {deck}. Enter reveals, 1-4 rate, u undo, q quit.")
        while True:
            now = utc_now()
            card = self.session.next_card(now)
            if card is None:
                self.say("No more cards due today.")
                break
            try:
                self._study(card)
            except _Undo:
                self._undo()
            except _Quit:
                break
        self._summary()
        return self.session.summary(utc_now()).answers

    def _undo(self) -> None:
        undone = self.session.undo()
        if undone is None:
            self.say("nothing to undo")
        else:
            self.say(f"undone card={undone.card_id} rating={undone.rating}")

    def _study(self, card: CardView) -> None:
        counts = self.session.counts(utc_now())
        self.say("")
        self.say(
            f"[{card.deck_name}] new {counts.new} · learning {counts.learning} · due {counts.due}"
        )
        self.say(self.style(f"Q: {card.prompt}", "question"))
        started = time.monotonic()
        verdict: Verdict | None = None
        given: str | None = None
        if card.card_type == "choice" and card.choices:
            for number, option in enumerate(card.choices, start=1):
                self.say(f"  {number}) {option}")
            pick = self._read_choice(len(card.choices))
            given = card.choices[pick - 1]
            verdict = check_choice(given, card.answer)
        elif card.card_type == "typed":
            given = self.ask("Your answer: ")
            verdict = check_typed(given, card.answer)
        else:
            self.ask("(Enter to reveal) ")
        self._reveal(card, verdict)
        rating = self._read_rating(card, verdict)
        duration = int((time.monotonic() - started) * 1000)
        result = self.session.answer(
            card.card_id, rating, now=utc_now(), duration_ms=duration, answer_given=given
        )
        self.say(
            f"saved card={result.card_id} rating={rating} {RATING_NAMES[rating]} "
            f"next={result.interval}"
        )
        if result.became_leech:
            suspended = " and suspended" if result.suspended else ""
            self.say(f"leech: this card keeps slipping; it was tagged leech{suspended}")

    def _read_choice(self, count: int) -> int:
        while True:
            reply = self.ask(f"Pick 1-{count}: ")
            if reply.isdigit() and 1 <= int(reply) <= count:
                return int(reply)
            self.say(f"type a number from 1 to {count}, u to undo or q to quit")

    def _reveal(self, card: CardView, verdict: Verdict | None) -> None:
        if verdict is not None:
            mark = {"right": "✓ right", "tones": "~ check the tones", "wrong": "✗ wrong"}
            self.say(self.style(mark[verdict.outcome.value], verdict.outcome.value))
        self.say(self.style(f"A: {card.reveal}", "answer"))
        if card.card_type != "cloze" and card.source_sentence:
            self.say(f"Source: {card.source_sentence}")
        if card.as_of:
            self.say(f"As of: {card.as_of}")

    def _read_rating(self, card: CardView, verdict: Verdict | None) -> int:
        labels = "  ".join(f"{i.rating} {i.name} ({i.label})" for i in card.intervals)
        suggested = int(verdict.rating) if verdict is not None else None
        prompt = f"Rate {labels}"
        prompt += f" [Enter = {suggested}]: " if suggested else ": "
        while True:
            reply = self.ask(prompt)
            if not reply and suggested is not None:
                return suggested
            if reply in {"1", "2", "3", "4"}:
                return int(reply)
            self.say("type 1 Again, 2 Hard, 3 Good or 4 Easy (u undo, q quit)")

    def _summary(self) -> None:
        summary = self.session.summary(utc_now())
        minutes = summary.time_spent_ms / 60000
        line = (
            f"Session over: {summary.studied} cards studied, "
            f"{summary.right_first_time} right first time, {minutes:.1f} min."
        )
        if summary.next_due is not None:
            wait = format_interval(summary.next_due - utc_now())
            line += f" Next card due in {wait} ({summary.next_due:%Y-%m-%d %H:%M} UTC)."
        self.say(line)
