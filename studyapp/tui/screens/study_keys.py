"""The study screen's keys and the one-line hints under the card.

1-4 mean two things: on a multiple-choice question they pick an option, on
the answer side they rate. ``StudyScreen.check_action`` enables one or the
other, so the footer, the help and the palette show what the key does now.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from studyapp.tui.widgets.rating_bar import RATING_NAMES

HINTS = {
    "qa": "Space  show the answer",
    "cloze": "Space  show the answer",
    "choice": "1–4  choose an option",
    "typed": "Type the answer, then Enter  ·  Ctrl+Z undo  ·  Esc end",
}


RATE = Binding.Group("Rate: 1 Again · 2 Hard · 3 Good · 4 Easy")
PICK = Binding.Group("Choose a multiple-choice option")


def _number_bindings() -> list[Binding]:
    """1-4 rate on the answer side and pick an option on a multiple-choice question."""
    bindings = []
    for rating, name in RATING_NAMES.items():
        key = str(rating)
        bindings.append(Binding(key, f"rate({rating})", f"Rate {name}", show=False, group=RATE))
        bindings.append(Binding(key, f"pick({rating})", f"Option {rating}", show=False, group=PICK))
    return bindings


STUDY_BINDINGS: list[BindingType] = [
    Binding("space,enter", "reveal", "Show answer", tooltip="Turn the card over"),
    Binding("enter", "check", "Check", tooltip="Check the typed answer"),
    Binding("space,enter", "confirm", "Confirm", tooltip="Save the selected (▸) rating"),
    *_number_bindings(),
    Binding("left", "move(-1)", "Lower rating", show=False, tooltip="Select a lower rating"),
    Binding("right", "move(1)", "Higher rating", show=False, tooltip="Select a higher rating"),
    Binding("p", "paragraph", "Paragraph", tooltip="Show or hide the article paragraph"),
    Binding("u,ctrl+z", "undo", "Undo", tooltip="Take back the last answer"),
    Binding("s", "suspend", "Suspend", tooltip="Hide this card until unsuspended"),
    Binding("b", "bury", "Bury", tooltip="Hide this card until tomorrow"),
    Binding("e", "edit", "Edit", show=False, tooltip="Edit the question and answer"),
    Binding("escape", "end", "End", tooltip="End the session and see the summary"),
]
