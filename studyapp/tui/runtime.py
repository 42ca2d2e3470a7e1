"""What every screen needs: the open database, the learner, and the clocks."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studyapp.clock import utc_now

if TYPE_CHECKING:
    # Only for annotations: importing it loads SQLAlchemy, which the fast start
    # of the home screen defers until after the first paint.
    from studyapp.services.opening import AppContext


class PendingContext:
    """An app context still to be opened: the home screen was painted without it.

    :meth:`open` runs the opening (in a background thread, after the first
    paint); :meth:`result` waits for it, or runs it right there if nothing
    started it yet, so whoever needs the database first simply gets it.
    """

    def __init__(self, learner_name: str, open_context: Callable[[], AppContext]) -> None:
        self.learner_name = learner_name
        self._open_context = open_context
        self._future: Future[AppContext] = Future()
        self._lock = threading.Lock()
        self._started = False

    def open(self) -> Exception | None:
        """Open the context here unless that has already started; return its error, if any."""
        with self._lock:
            started, self._started = self._started, True
        if not started:
            try:
                self._future.set_result(self._open_context())
            except Exception as failure:  # kept for result() and for the launcher to report
                self._future.set_exception(failure)
        error = self._future.exception()
        return error if isinstance(error, Exception) else None

    def result(self) -> AppContext:
        """The open context; waits for (or runs) the opening, and raises its error."""
        self.open()
        return self._future.result()

    def finished(self) -> bool:
        """Whether the opening has ended, successfully or not."""
        return self._future.done()

    def error(self) -> Exception | None:
        """Why the opening failed, once it has finished; ``None`` otherwise."""
        if not self._future.done():
            return None
        error = self._future.exception()
        return error if isinstance(error, Exception) else None

    def close(self) -> None:
        """Close the database if it was opened (waiting for an opening under way)."""
        with self._lock:
            started = self._started
        if started and self.open() is None:
            self._future.result().database.close()


@dataclass(frozen=True)
class Runtime:
    """The app context plus clocks that tests can replace.

    ``opened`` is the open :class:`AppContext`, or a :class:`PendingContext`
    when the home screen is painted before the database is fully opened;
    :attr:`context` hides the difference. ``now`` is the wall clock handed to
    services (it honours ``STUDYAPP_NOW``); ``monotonic`` times answers, so a
    test can make "time spent" exact.
    """

    opened: AppContext | PendingContext
    monotonic: Callable[[], float] = field(default=time.monotonic)
    clock: Callable[[], dt.datetime] = field(default=utc_now)

    @property
    def context(self) -> AppContext:
        """The open app context (waiting for it on a fast start, which takes a moment)."""
        if isinstance(self.opened, PendingContext):
            return self.opened.result()
        return self.opened

    def ensure_open(self) -> AppContext:
        """The open context, finishing a fast start's opening first.

        Screens call it before importing modules that load SQLAlchemy: the
        opening thread imports it, and two threads importing the same
        modules at once can trip over each other's import locks.
        """
        return self.context

    @property
    def pending(self) -> PendingContext | None:
        """The opening still to finish on a fast start, else ``None``."""
        return self.opened if isinstance(self.opened, PendingContext) else None

    @property
    def learner_name(self) -> str:
        """Whose progress is shown (known before the database is open)."""
        return self.opened.learner_name

    def now(self) -> dt.datetime:
        """The current time as an aware UTC datetime."""
        return self.clock()
