"""Peak memory of the TUI on a big collection: home screen, then a study session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.collection import build_ours
from tests.benchmarks.figures import Figure

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter so that the peak is the TUI's own.
_SCRIPT = """
import asyncio, json, sys
from studyapp.services.opening import open_app
from studyapp.services.study import StudySession
from studyapp.tui.app import StudyApp, StudyStart
from studyapp.tui.runtime import Runtime
from tests.benchmarks.collection import NOW

async def main():
    context = open_app(sys.argv[1], None, now=NOW)
    session = StudySession(context.database, context.learner_id, "Bench")
    app = StudyApp(Runtime(context), start=StudyStart("Bench", session))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(20):
            await pilot.press("space")
            await pilot.press("1")
            await pilot.press("3")
            await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    context.database.close()

asyncio.run(main())
# VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork + exec.
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"peak_kb": peak}))
"""


def run(folder: Path, *, cards: int) -> list[Figure]:
    """Peak resident memory (MB) of the TUI studying a ``cards``-card collection."""
    path = folder / "memory.db"
    build_ours(path, cards=cards)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STUDYAPP_NOW": "2026-03-02T09:30:00+00:00"}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    peak_kb = json.loads(result.stdout.strip().splitlines()[-1])["peak_kb"]
    return [
        Figure(
            "tui_100k_rss_mb",
            f"TUI peak memory ({cards:,} cards)",
            peak_kb / 1024,
            "MB",
            target="<= 150 MB",
        )
    ]
