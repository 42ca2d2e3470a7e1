"""Benchmark: TUI start-up against a bare Textual app, and key press -> next card.

Run it by hand (pytest ignores ``tests/benchmarks``)::

    python -m tests.benchmarks.bench_tui_startup            # 7 runs of each
    python -m tests.benchmarks.bench_tui_startup --runs 11

1. Cold start: each program is started in a fresh process on an 80×24 pseudo
   terminal, and timed until its first screen is on the terminal: the deck
   name for ``studyapp`` (the home screen with its deck list), a marker word
   for a bare Textual app with a Static and a Footer. Runs alternate between
   the two so that both see the same machine load; the medians and their
   ratio are printed.
2. Key press -> next card: in-process with Pilot, the time from pressing "3"
   (Good) on a revealed card until the next card is on the screen (answer
   saved, next card fetched, widgets updated), median over many cards.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
MARKER_DECK = "Benchdeck"
MARKER_BARE = "BAREREADY"
TIMEOUT = 30.0
_CSI = re.compile(rb"\x1b\[[0-9;?<=>]*[ -/]*[@-~]")

BARE_APP = f"""
from textual.app import App
from textual.widgets import Footer, Static


class Bare(App[None]):
    def compose(self):
        yield Static("{MARKER_BARE}")
        yield Footer()


Bare().run()
"""


def time_to_text(command: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from starting ``command`` on an 80×24 pty until ``marker`` is painted."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    wanted = marker.encode()
    try:
        while True:
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(f"{marker!r} never appeared: {_CSI.sub(b'', seen)[-500:]!r}")
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                raise RuntimeError(f"the program ended: {_CSI.sub(b'', seen)[-500:]!r}") from None
            seen += chunk
            # Cursor moves and colours split the text; strip them before looking.
            if wanted in _CSI.sub(b"", seen):
                return time.perf_counter() - start
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def studyapp_command() -> list[str]:
    """The installed console script, else ``python -m studyapp``."""
    found = shutil.which("studyapp") or shutil.which(
        "studyapp", path=str(Path(sys.executable).parent)
    )
    return [found] if found else [sys.executable, "-m", "studyapp"]


def make_database(path: Path, notes: int) -> None:
    """A database with one deck of ``notes`` notes (4 cards each) and a high new-card limit."""
    from studyapp.services.learner_settings import update_settings
    from studyapp.services.opening import open_database
    from tests.factories import deck, default_learner_id, store

    database, _, _ = open_database(str(path), now=NOW, seed=False)
    store(database, deck(MARKER_DECK, notes=notes, slug="benchdeck"), NOW)
    update_settings(database, default_learner_id(database), timezone="UTC", new_per_day=1000)
    database.close()


def startup(runs: int, folder: Path) -> tuple[list[float], list[float]]:
    """Alternate cold starts of the bare app and of ``studyapp``; return both timings."""
    database = folder / "bench.db"
    make_database(database, notes=30)
    bare_script = folder / "bare_app.py"
    bare_script.write_text(BARE_APP, encoding="utf-8")
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "STUDYAPP_DB": str(database),
        "XDG_DATA_HOME": str(folder / "xdg"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    # An installed app has its .pyc files (pip compiles at install time); with
    # PYTHONDONTWRITEBYTECODE set, as some sandboxes do, the warm-up run below
    # could not write them and every start would recompile our modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare_cmd = [sys.executable, str(bare_script)]
    app_cmd = studyapp_command()
    # One discarded run each: compiles .pyc files and warms the page cache.
    time_to_text(bare_cmd, env, MARKER_BARE)
    time_to_text(app_cmd, env, MARKER_DECK)
    bare: list[float] = []
    ours: list[float] = []
    for _ in range(runs):
        bare.append(time_to_text(bare_cmd, env, MARKER_BARE))
        ours.append(time_to_text(app_cmd, env, MARKER_DECK))
    return bare, ours


async def key_to_next_card(cards: int, folder: Path) -> list[float]:
    """Milliseconds from pressing "3" until the next card is shown, for ``cards`` answers."""
    from studyapp.services.opening import open_app
    from studyapp.services.study import StudySession
    from studyapp.tui.app import StudyApp, StudyStart
    from studyapp.tui.runtime import Runtime
    from studyapp.tui.screens.study import StudyScreen

    database = folder / "keys.db"
    make_database(database, notes=cards + 10)
    context = open_app(str(database), None, now=NOW)
    session = StudySession(context.database, context.learner_id, MARKER_DECK)
    runtime = dataclasses.replace(Runtime(context), clock=lambda: NOW)
    app = StudyApp(runtime, start=StudyStart(MARKER_DECK, session))
    timings: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(cards):
            screen = app.screen
            assert isinstance(screen, StudyScreen)
            if screen.card is None:
                break
            if screen.card.card_type in ("qa", "cloze"):
                await pilot.press("space")
            elif screen.card.card_type == "choice":
                await pilot.press("1")
            else:
                await pilot.press("enter")
            await pilot.pause()
            before = screen.card
            start = time.perf_counter()
            # The key event itself, without Pilot's wait-for-idle around it.
            app.simulate_key("3")
            while screen.card is before or screen.phase != "question":
                await asyncio.sleep(0.0005)
            # The widgets are updated; the next refresh paints them.
            await asyncio.sleep(0)
            timings.append((time.perf_counter() - start) * 1000)
    context.database.close()
    return timings


def service_path(cards: int, folder: Path) -> list[float]:
    """Milliseconds of the services alone: answer + next card + counts."""
    from studyapp.services.opening import open_app
    from studyapp.services.study import StudySession

    database = folder / "service.db"
    make_database(database, notes=cards + 10)
    context = open_app(str(database), None, now=NOW)
    session = StudySession(context.database, context.learner_id, MARKER_DECK)
    card = session.next_card(NOW)
    timings: list[float] = []
    for _ in range(cards):
        if card is None:
            break
        start = time.perf_counter()
        session.answer(card.card_id, 3, now=NOW)
        card = session.next_card(NOW)
        session.counts(NOW)
        timings.append((time.perf_counter() - start) * 1000)
    context.database.close()
    return timings


def import_time(module: str, runs: int) -> float:
    """Median seconds for a fresh interpreter to import ``module``."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], env=env, check=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    """Run both benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold starts of each program")
    parser.add_argument("--cards", type=int, default=40, help="answers for the key benchmark")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bare, ours = startup(args.runs, folder)
        bare_ms, ours_ms = statistics.median(bare) * 1000, statistics.median(ours) * 1000
        print(f"cold start, median of {args.runs} (80x24 pty, until the first screen is painted)")
        print(f"  bare Textual app : {bare_ms:7.0f} ms   (runs: {_list(bare)})")
        print(f"  studyapp home    : {ours_ms:7.0f} ms   (runs: {_list(ours)})")
        print(f"  ratio            : {ours_ms / bare_ms:7.2f}x  (target <= 1.3x)")
        print("where the time goes (fresh interpreter, import only, median)")
        for module in ("textual.app", "studyapp.cli.main", "studyapp.tui.app"):
            print(f"  import {module:<18}: {import_time(module, args.runs) * 1000:7.0f} ms")
        keys = asyncio.run(key_to_next_card(args.cards, folder))
        service = service_path(args.cards, folder)
        print(f"key press '3' -> next card shown (Pilot), median of {len(keys)}")
        print(f"  median {statistics.median(keys):6.1f} ms   p90 {_p90(keys):6.1f} ms")
        print(f"services alone (answer + next card + counts), median of {len(service)}")
        print(f"  median {statistics.median(service):6.1f} ms   p90 {_p90(service):6.1f} ms")


def _list(values: list[float]) -> str:
    return ", ".join(f"{v * 1000:.0f}" for v in values)


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


if __name__ == "__main__":
    main()
