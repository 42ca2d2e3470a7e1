"""Drive the installed ``studyapp study --plain`` like a script would."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

SAVED = re.compile(r"^saved card=(\d+) rating=(\d)\b")


def studyapp_command() -> list[str]:
    """The real console script of the environment running the tests."""
    beside = Path(sys.executable).with_name("studyapp")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("studyapp")
    if found is None:
        raise RuntimeError("the studyapp command is not installed (pip install -e .)")
    return [found]


@dataclass
class PlainDriver:
    """Answers every prompt of one plain-mode process and records what it saved."""

    db: Path
    seed: int
    saved: list[tuple[int, int]] = field(default_factory=list)
    output: list[str] = field(default_factory=list)
    process: subprocess.Popen[str] | None = None
    _thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the process and the thread that answers it."""
        self.process = subprocess.Popen(
            [*studyapp_command(), "--db", str(self.db), "study", "--plain"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._thread = threading.Thread(target=self._answer, daemon=True)
        self._thread.start()

    def _reply(self, text: str) -> None:
        assert self.process is not None and self.process.stdin is not None
        try:
            self.process.stdin.write(text + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass  # the process is gone; the reader will see end of output

    def _answer(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        rng = random.Random(self.seed)
        for line in self.process.stdout:
            line = line.rstrip("\n")
            self.output.append(line)
            if match := SAVED.match(line):
                self.saved.append((int(match.group(1)), int(match.group(2))))
            elif line.startswith("(Enter to reveal)"):
                self._reply("")
            elif line.startswith("Pick 1-"):
                self._reply(str(rng.randint(1, 4)))
            elif line.startswith("Your answer:"):
                self._reply(rng.choice(["10", "11", "không biết"]))
            elif line.startswith("Rate "):
                self._reply(str(rng.choice([1, 2, 3, 3, 3, 4])))

    def wait(self, timeout: float) -> int:
        """Wait for the process and the reader; return the exit code."""
        assert self.process is not None and self._thread is not None
        code = self.process.wait(timeout=timeout)
        self._thread.join(timeout=timeout)
        return code

    def stderr(self) -> str:
        """What the process wrote on stderr."""
        assert self.process is not None and self.process.stderr is not None
        return self.process.stderr.read()
