"""Running service calls in a thread so the event loop never waits on the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.dom import DOMNode
from textual.worker import get_current_worker

from studyapp.services.errors import EXPECTED_ERRORS

T = TypeVar("T")


def in_thread(
    node: DOMNode,
    job: Callable[[], T],
    done: Callable[[T], None],
    *,
    failed: Callable[[Exception], None] | None = None,
    group: str = "db",
    exclusive: bool = False,
) -> None:
    """Run ``job`` in a thread worker of ``node``, then ``done(result)`` on the event loop.

    Expected errors (bad input, a busy database) go to ``failed`` on the event
    loop, or become an error notification; anything else is a bug and is left
    to Textual, which shows the traceback.
    """
    app = node.app

    def report(error: Exception) -> None:
        if failed is not None:
            failed(error)
        else:
            app.notify(str(error), title="Could not do that", severity="error")

    def body() -> None:
        worker = get_current_worker()
        try:
            result = job()
        except EXPECTED_ERRORS as error:
            if not worker.is_cancelled:
                app.call_from_thread(report, error)
            return
        # A screen that was closed meanwhile no longer wants the result.
        if not worker.is_cancelled:
            app.call_from_thread(done, result)

    node.run_worker(body, thread=True, group=group, exclusive=exclusive)
