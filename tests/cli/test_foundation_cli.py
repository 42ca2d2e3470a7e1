"""The command surface: help, decks, db, learners and bad --db values."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from studyapp.cli.main import main
from studyapp.db.session import Database

COMMANDS = ["study", "generate", "decks", "export", "import", "stats", "optimize", "db", "learners"]


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command}" in result.output
    assert "--db PATH_OR_URL" in result.output
    assert "--learner NAME" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_db_subcommands_have_help() -> None:
    for sub in ("upgrade", "current", "check"):
        assert run("db", sub, "--help").exit_code == 0


def test_decks_on_an_empty_database(db_path: Path, empty_database: Database) -> None:
    result = run("--db", str(db_path), "decks")
    assert result.exit_code == 0
    assert "No decks yet" in result.output
    assert json.loads(run("--db", str(db_path), "decks", "--json").output) == []


def test_db_current_and_check(db_path: Path, empty_database: Database) -> None:
    current = run("--db", str(db_path), "db", "current")
    assert current.exit_code == 0 and "(head " in current.output
    check = run("--db", str(db_path), "db", "check")
    assert check.exit_code == 0, check.output
    assert check.output.strip().endswith(")") and ": ok" in check.output


def test_db_upgrade_creates_a_new_database(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    result = run("--db", str(target), "db", "upgrade")
    assert result.exit_code == 0
    assert "upgraded empty ->" in result.output
    again = run("--db", str(target), "db", "upgrade")
    assert again.exit_code == 0 and "already at" in again.output


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    target = tmp_path / "from-env.db"
    result = run("db", "upgrade", env={"STUDYAPP_DB": str(target)})
    assert result.exit_code == 0
    assert target.exists()


def test_db_option_wins_over_the_environment(tmp_path: Path) -> None:
    chosen, ignored = tmp_path / "chosen.db", tmp_path / "ignored.db"
    run("--db", str(chosen), "db", "upgrade", env={"STUDYAPP_DB": str(ignored)})
    assert chosen.exists() and not ignored.exists()


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    result = run("db", "upgrade")
    assert result.exit_code == 0
    assert (tmp_path / "xdg-data" / "studyapp" / "studyapp.db").exists()


def test_learners_add_and_use(db_path: Path, empty_database: Database) -> None:
    assert run("--db", str(db_path), "learners", "add", "lan").exit_code == 0
    listed = json.loads(run("--db", str(db_path), "learners", "--json").output)
    assert listed == ["lan", "local"]
    assert run("--db", str(db_path), "--learner", "lan", "decks").exit_code == 0


def test_unknown_learner_is_refused(db_path: Path, empty_database: Database) -> None:
    result = run("--db", str(db_path), "--learner", "nobody", "decks")
    assert result.exit_code == 2
    assert "unknown learner 'nobody'" in result.stderr
    assert "Traceback" not in result.output


def _assert_refused(result: Result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("studyapp: error: ")
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_db_that_is_a_directory(tmp_path: Path) -> None:
    _assert_refused(run("--db", str(tmp_path), "decks"), "is a directory")


def test_db_that_is_not_sqlite_is_left_untouched(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.txt"
    garbage.write_bytes(b"this is my shopping list, not a database\n" * 10)
    before = garbage.read_bytes()
    _assert_refused(run("--db", str(garbage), "decks"), "not an SQLite database")
    assert garbage.read_bytes() == before
    assert [p.name for p in tmp_path.glob("notes.txt*")] == ["notes.txt"]


def test_db_file_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.db"
    locked.write_bytes(b"")
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    if os.geteuid() != 0:
        locked.write_bytes(b"SQLite format 3\x00")
        locked.chmod(0)
    else:  # root reads any file, so make the read fail the way it would for a user
        monkeypatch.setattr(Path, "open", refusing_open)
    _assert_refused(run("--db", str(locked), "decks"), "cannot read the file")


def test_truncated_database_is_refused(db_path: Path, empty_database: Database) -> None:
    empty_database.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[:100] + b"\x00" * 50)
    before = db_path.read_bytes()
    result = run("--db", str(db_path), "decks")
    assert result.exit_code == 2, result.output
    assert "studyapp: error:" in result.stderr
    assert db_path.read_bytes() == before


def test_newer_schema_is_refused_by_the_cli(db_path: Path, empty_database: Database) -> None:
    empty_database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_future'")
    before = db_path.read_bytes()
    _assert_refused(run("--db", str(db_path), "decks"), "newer studyapp")
    assert db_path.read_bytes() == before


def test_bad_option_is_a_usage_error() -> None:
    result = run("decks", "--no-such-option")
    assert result.exit_code == 2


def test_decks_on_a_seeded_database(tmp_path: Path) -> None:
    target = tmp_path / "first-run.db"
    result = run("--db", str(target), "decks", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["slug"], r["total"], r["new"]) for r in rows] == [
        ("van-hoa-cong-vu-binh-luc", 148, 20)
    ]
    table = run("--db", str(target), "decks")
    assert "Văn hóa công vụ Bình Lục" in table.output and "148" in table.output
