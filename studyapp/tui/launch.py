"""Starting the TUI from the command line.

Only this module is imported by the CLI; it loads Textual when called, so
other commands never pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from typing import TYPE_CHECKING

from studyapp.tui import startup_gc

if TYPE_CHECKING:
    # Annotations only: the fast start must not load SQLAlchemy before painting.
    from studyapp.services.home_preview import HomePreview
    from studyapp.services.opening import AppContext

# Services a fast start loads in the background once the database is open.
WARM_MODULES = ("studyapp.services.study", "studyapp.services.overview", "studyapp.services.stats")


@contextmanager
def starting() -> Iterator[None]:
    """Start-up work inside pauses garbage collection until the app's first frame.

    :class:`~studyapp.tui.app.StudyApp` resumes it once the first frame is
    painted; leaving the block resumes it too, if the app never got that far.
    """
    startup_gc.pause()
    try:
        yield
    finally:
        startup_gc.resume()


def run_home(app_context: AppContext) -> None:
    """Open the home screen."""
    with starting():
        from studyapp.tui.app import StudyApp
        from studyapp.tui.runtime import Runtime

        StudyApp(Runtime(app_context)).run()


def run_home_preview(preview: HomePreview, open_context: Callable[[], AppContext]) -> None:
    """Open the home screen painted from ``preview``; ``open_context`` runs after the paint.

    The database is closed when the app ends. An error opening it (the file
    changed in between, say) ends the app and is raised here, for the CLI to
    report as it reports any failure to open.
    """
    with starting():
        _run_from_preview(preview, open_context)


def _run_from_preview(preview: HomePreview, open_context: Callable[[], AppContext]) -> None:
    from studyapp.tui.app import StudyApp
    from studyapp.tui.runtime import PendingContext, Runtime

    def open_and_warm() -> AppContext:
        context = open_context()
        # While the user reads the list: load what Enter (a study session) and
        # the list's next refresh need, so that neither waits for imports.
        # Here, before the context is handed out, no other thread imports them.
        try:
            for module in WARM_MODULES:
                import_module(module)
        except BaseException:
            context.database.close()
            raise
        return context

    pending = PendingContext(preview.learner_name, open_and_warm)
    try:
        StudyApp(Runtime(pending), preview=preview.overview).run()
    finally:
        pending.close()
    error = pending.error()
    if error is not None:
        raise error


def run_study(app_context: AppContext, deck: str | None) -> None:
    """Open a study session of ``deck`` (every deck for ``None``) over the home screen.

    The deck is checked before the terminal is taken over: an unknown deck
    raises :class:`~studyapp.core.errors.InputError`, which the CLI turns into
    a message and exit code 2.
    """
    from studyapp.services.study import StudySession

    session = StudySession(app_context.database, app_context.learner_id, deck)
    with starting():
        from studyapp.tui.app import StudyApp, StudyStart
        from studyapp.tui.runtime import Runtime

        StudyApp(Runtime(app_context), start=StudyStart(deck, session)).run()
