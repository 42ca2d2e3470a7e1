"""Starting the TUI from the command line.

Only this module is imported by the CLI; it loads Textual when called, so
other commands never pay for it.
"""

from __future__ import annotations

from studyapp.services.opening import AppContext


def run_home(app_context: AppContext) -> None:
    """Open the home screen."""
    from studyapp.tui.app import StudyApp
    from studyapp.tui.runtime import Runtime

    StudyApp(Runtime(app_context)).run()


def run_study(app_context: AppContext, deck: str | None) -> None:
    """Open a study session of ``deck`` (every deck for ``None``) over the home screen.

    The deck is checked before the terminal is taken over: an unknown deck
    raises :class:`~studyapp.core.errors.InputError`, which the CLI turns into
    a message and exit code 2.
    """
    from studyapp.services.study import StudySession

    session = StudySession(app_context.database, app_context.learner_id, deck)

    from studyapp.tui.app import StudyApp, StudyStart
    from studyapp.tui.runtime import Runtime

    StudyApp(Runtime(app_context), start=StudyStart(deck, session)).run()
