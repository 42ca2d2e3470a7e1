"""What every screen needs: the open database, the learner, and the clocks."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from studyapp.clock import utc_now
from studyapp.services.opening import AppContext


@dataclass(frozen=True)
class Runtime:
    """The app context plus clocks that tests can replace.

    ``now`` is the wall clock handed to services (it honours ``STUDYAPP_NOW``);
    ``monotonic`` times answers, so a test can make "time spent" exact.
    """

    context: AppContext
    monotonic: Callable[[], float] = field(default=time.monotonic)
    clock: Callable[[], dt.datetime] = field(default=utc_now)

    def now(self) -> dt.datetime:
        """The current time as an aware UTC datetime."""
        return self.clock()
