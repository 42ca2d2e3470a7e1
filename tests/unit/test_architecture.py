"""The layers point one way: core <- db/services <- tui/cli."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "studyapp"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(subpackage: str) -> list[Path]:
    return sorted((PACKAGE / subpackage).rglob("*.py"))


def _offenders(subpackage: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in _modules(subpackage):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_every_layer_has_modules() -> None:
    for layer in ("core", "db", "services", "cli", "tui"):
        assert _modules(layer), f"studyapp/{layer} is empty"


def test_core_imports_neither_ui_nor_database() -> None:
    forbidden = (
        "textual",
        "sqlalchemy",
        "alembic",
        "click",
        "studyapp.db",
        "studyapp.services",
        "studyapp.tui",
        "studyapp.cli",
        "studyapp.clock",
    )
    assert _offenders("core", forbidden) == []


@pytest.mark.parametrize("call", ["datetime.now", "datetime.utcnow", "time.time", "date.today"])
def test_core_never_reads_the_clock(call: str) -> None:
    attribute = call.split(".")[1]
    hits = []
    for path in _modules("core"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == attribute:
                hits.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert hits == []


def test_db_layer_knows_nothing_above_it() -> None:
    assert _offenders("db", ("textual", "click", "studyapp.services", "studyapp.tui")) == []


def test_services_know_nothing_of_the_ui() -> None:
    assert _offenders("services", ("textual", "click", "studyapp.tui", "studyapp.cli")) == []


def test_tui_never_touches_the_database_directly() -> None:
    assert _offenders("tui", ("sqlalchemy", "alembic", "studyapp.db")) == []


def test_the_home_screen_paints_without_sqlalchemy() -> None:
    # The fast start (studyapp with no command) reads the deck list with sqlite3
    # and paints it before SQLAlchemy loads; keep its modules free of it.
    code = (
        "import sys\n"
        "import studyapp.cli.main, studyapp.services.home_preview\n"
        "import studyapp.tui.launch, studyapp.tui.app, studyapp.tui.runtime\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(' '.join(loaded[:5]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    assert result.stdout.strip() == ""
