"""Garbage collection paused while the TUI starts, resumed after its first frame.

Starting allocates tens of thousands of objects that live as long as the
program (modules, classes, widgets, styles); the collector would walk them
again and again before the first frame for nothing. Pausing it there saves
a noticeable part of the start-up time; once the first frame is painted,
the start-up objects are frozen (never scanned again) and collection resumes.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop automatic collection until :func:`resume` (only if it was running)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Undo :func:`pause`: freeze what start-up created and collect as usual again."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
