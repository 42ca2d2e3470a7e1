"""The card itself: the question, then the answer, the verdict and where the fact came from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Static

from studyapp.core.answers import Verdict
from studyapp.services.study_views import CardView
from studyapp.tui.verdicts import diff_lines, verdict_line

KIND_LABELS = {
    "qa": "Question",
    "cloze": "Fill the gap",
    "choice": "Multiple choice",
    "typed": "Type the answer",
}


def option_line(number: int, text: str, *, right: bool, chosen: bool, answered: bool) -> Content:
    """One multiple-choice option; after the pick, marked ✓ right / ✗ your pick in words too."""
    mark, mark_style, number_style, text_style, note = " ", "", "bold reverse", "", ""
    if answered:
        number_style = "bold"
        if right:
            mark, mark_style, text_style = "✓", "bold $success", "$success"
            note = "  ← your answer, right" if chosen else "  ← right answer"
        elif chosen:
            mark, mark_style, text_style = "✗", "bold $error", "strike $error"
            note = "  ← your answer"
        else:
            number_style = text_style = "dim"
    return Content.assemble(
        (f"{mark} ", mark_style),
        (f" {number} ", number_style),
        "  ",
        (text, text_style),
        (note, "bold" if note else ""),
    )


class CardPanel(VerticalScroll):
    """Shows one card; the study screen tells it which side to show."""

    DEFAULT_CSS = """
    CardPanel { height: 1fr; padding: 0 2; align-vertical: middle; }
    CardPanel #card-kind { width: 100%; text-align: center; color: $text-muted; }
    CardPanel #prompt {
        width: 100%;
        padding: 1 2;
        text-align: center;
        text-style: bold;
        border: round $primary;
    }
    CardPanel #choices { height: auto; padding: 0 4; margin-top: 1; }
    CardPanel .option { height: auto; }
    CardPanel #typed { margin: 1 4 0 4; }
    CardPanel #verdict { width: 100%; text-align: center; margin-top: 1; }
    CardPanel #reveal { width: 100%; text-align: center; text-style: bold; margin-top: 1; }
    CardPanel #diff { padding: 0 4; }
    CardPanel #context { color: $text-muted; margin-top: 1; padding: 0 2; }
    CardPanel #paragraph { margin-top: 1; padding: 0 2; border-left: thick $accent; }
    CardPanel .hidden { display: none; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="card-kind")
        yield Static("", id="prompt")
        with Vertical(id="choices"):
            for number in range(1, 5):
                yield Static("", id=f"option-{number}", classes="option")
        yield Input(placeholder="Type the answer, then Enter", id="typed")
        yield Static("", id="verdict")
        yield Static("", id="reveal")
        yield Static("", id="diff")
        yield Static("", id="context")
        yield Static("", id="paragraph")

    def _set(self, widget_id: str, content: str | Content | None) -> None:
        widget = self.query_one(f"#{widget_id}")
        if content is None:
            widget.add_class("hidden")
            return
        widget.remove_class("hidden")
        if isinstance(widget, Static):
            widget.update(content)

    def _hide_answer_side(self) -> None:
        for widget_id in ("verdict", "reveal", "diff", "context", "paragraph"):
            self._set(widget_id, None)

    def show_question(self, card: CardView) -> None:
        """The question side: the prompt, and the options or the input if the card has them."""
        self.scroll_home(animate=False)
        self._set("card-kind", f"{KIND_LABELS.get(card.card_type, card.card_type)} · {card.state}")
        self._set("prompt", card.prompt)
        self._show_options(card, chosen=None, answered=False)
        typed = self.query_one("#typed", Input)
        typed.value = ""
        typed.disabled = card.card_type != "typed"
        typed.set_class(card.card_type != "typed", "hidden")
        self._hide_answer_side()

    def _show_options(self, card: CardView, *, chosen: int | None, answered: bool) -> None:
        choices = self.query_one("#choices")
        choices.set_class(not card.choices, "hidden")
        for number in range(1, 5):
            if number > len(card.choices):
                self._set(f"option-{number}", None)
                continue
            text = card.choices[number - 1]
            line = option_line(
                number,
                text,
                right=text == card.answer,
                chosen=chosen == number,
                answered=answered,
            )
            self._set(f"option-{number}", line)

    def show_answer(self, card: CardView) -> None:
        """The answer side of a question or cloze card."""
        self._set("reveal", Content.assemble(("Answer  ", "dim not bold"), card.reveal))
        self._show_context(card)

    def show_choice(self, card: CardView, chosen: int, verdict: Verdict) -> None:
        """The picked option against the right one, and the verdict."""
        self._show_options(card, chosen=chosen, answered=True)
        self._set("verdict", verdict_line(verdict.outcome))
        self._show_context(card)

    def show_typed(self, card: CardView, verdict: Verdict) -> None:
        """The typed answer's verdict and its difference from the expected answer."""
        typed = self.query_one("#typed", Input)
        typed.disabled = True
        self._set("verdict", verdict_line(verdict.outcome))
        if verdict.is_right:
            self._set("diff", Content.assemble(("Expected   ", "dim"), verdict.expected))
        else:
            given, expected = diff_lines(verdict)
            self._set("diff", Content("\n").join([given, expected]))
        self._show_context(card)

    def _show_context(self, card: CardView) -> None:
        if not card.source_sentence:
            self._set("context", None)
            return
        parts: list[str | tuple[str, str]] = [("From the article  ", "bold"), card.source_sentence]
        if card.from_caption:
            parts.append(("  (photo caption)", "italic"))
        if card.as_of:
            # The figure is true as of this date: it may have changed since.
            parts.extend([("\nAs of  ", "bold"), card.as_of])
        self._set("context", Content.assemble(*parts))

    def show_paragraph(self, text: str | None) -> None:
        """Show (text) or hide (``None``) the whole paragraph of the article."""
        self._set("paragraph", None if text is None else Content.assemble(("¶ ", "bold"), text))
        if text is not None:
            self.call_after_refresh(self.scroll_end, animate=False)
