"""Describing key bindings for the help screen and the command palette."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

# Keys Textual shows as words; the help screen uses the symbols learners know.
KEY_NAMES = {
    "question_mark": "?",
    "space": "Space",
    "enter": "Enter",
    "escape": "Esc",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
    "slash": "/",
    "tab": "Tab",
}


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of the help screen."""

    keys: str
    action: str
    where: str


def key_name(key: str) -> str:
    """``"ctrl+z"`` -> ``"Ctrl+Z"``, ``"question_mark"`` -> ``"?"``."""
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    *mods, last = key.split("+")
    last = KEY_NAMES.get(last, last.upper() if len(last) == 1 and mods else last)
    return "+".join([*(m.capitalize() for m in mods), last])


def binding_title(binding: Binding) -> str:
    """The longer text of a binding: its tooltip, else its description."""
    return binding.tooltip or binding.description


def _class_bindings(node: DOMNode) -> list[Binding]:
    found: list[Binding] = []
    for cls in type(node).__mro__:
        for item in cls.__dict__.get("BINDINGS", []):
            if isinstance(item, Binding):
                found.append(item)
    return found


def _join_keys(keys: list[str]) -> str:
    """``["1", "2", "3", "4"]`` -> ``"1–4"``; anything else joined with " / "."""
    if len(keys) > 2 and all(k.isdigit() for k in keys):
        numbers = [int(k) for k in keys]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return f"{numbers[0]}–{numbers[-1]}"
    return " / ".join(keys)


def _node_rows(node: DOMNode, where: str) -> list[KeyHelp]:
    # One line per binding group ("1–4 rate") or per action, keys merged.
    merged: dict[str, tuple[str, list[str]]] = {}
    for binding in _class_bindings(node):
        if not binding.description or binding.system:
            continue
        if binding.group is not None:
            title = binding.group.description
            slot = f"group:{title}"
        else:
            title = binding_title(binding)
            slot = f"action:{binding.action}:{title}"
        _, keys = merged.setdefault(slot, (title, []))
        for key in binding.key.split(","):
            name = key_name(key.strip())
            if name not in keys:
                keys.append(name)
    return [KeyHelp(_join_keys(keys), title, where) for title, keys in merged.values()]


def describe_keys(screen: Screen[Any]) -> list[KeyHelp]:
    """Every described binding of the screen, then the app's."""
    rows = _node_rows(screen, "here") + _node_rows(screen.app, "anywhere")
    palette = key_name(screen.app.COMMAND_PALETTE_BINDING)
    rows.append(KeyHelp(palette, "Command palette: every action by name", "anywhere"))
    return rows
