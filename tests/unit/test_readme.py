"""The README's two commands stay true: CI runs the same test command."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

INSTALL_AND_OPEN = "python3 -m venv .venv && . .venv/bin/activate && pip install . && studyapp"
TEST_COMMAND = "pip install -e '.[test]' && pytest -q"


def test_readme_starts_with_the_two_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert INSTALL_AND_OPEN in quick_start
    assert f"python3 -m venv .venv && . .venv/bin/activate && {TEST_COMMAND}" in quick_start


def test_ci_runs_the_readme_test_command() -> None:
    assert TEST_COMMAND in CI


def test_readme_documents_every_command() -> None:
    for command in ("study", "generate", "decks", "export", "import", "stats", "optimize", "db"):
        assert f"`studyapp {command}" in README
