"""A measured figure: ours, the peer measured in the same run, and their ratio."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One line of the benchmark table.

    ``key`` names the JSON entry (the ratio's key when there is a peer).
    """

    key: str
    label: str
    ours: float
    unit: str
    peer: float | None = None
    peer_name: str = ""
    target: str = ""

    @property
    def ratio(self) -> float | None:
        """Ours divided by the peer's (lower is better), when there is a peer."""
        if self.peer is None or self.peer == 0:
            return None
        return self.ours / self.peer


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall-clock milliseconds of ``runs`` calls."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)
