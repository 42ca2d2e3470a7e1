"""Migrations: head equals the models, round trips, backups and refusals."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from studyapp.db.engine import make_engine, resolve_url
from studyapp.db.errors import DatabaseError
from studyapp.db.migrate import HEAD_REVISION, alembic_config, ensure_schema, head_revision
from studyapp.db.models import Base
from studyapp.paths import migrations_dir


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def test_upgrade_on_empty_file_gives_exactly_the_models(db_path: Path, now: dt.datetime) -> None:
    engine = make_engine(resolve_url(str(db_path)))
    report = ensure_schema(engine, now=now)
    assert (report.before, report.after, report.backup) == (None, head_revision(), None)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert _tables(db_path) == set(Base.metadata.tables) | {"alembic_version"}
    engine.dispose()


def test_downgrade_then_upgrade_round_trip(db_path: Path, now: dt.datetime) -> None:
    engine = make_engine(resolve_url(str(db_path)))
    ensure_schema(engine, now=now)
    config = alembic_config(engine)
    command.downgrade(config, "base")
    assert _tables(db_path) == {"alembic_version"}
    command.upgrade(config, "head")
    assert _tables(db_path) == set(Base.metadata.tables) | {"alembic_version"}
    engine.dispose()


_EXTRA_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "zz_test_extra"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("decks") as batch:
        batch.add_column(sa.Column("test_extra", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("decks") as batch:
        batch.drop_column("test_extra")
"""


def test_file_behind_head_is_backed_up_before_upgrade(
    db_path: Path, now: dt.datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(resolve_url(str(db_path)))
    ensure_schema(engine, now=now)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO decks (name, slug, created_at) VALUES ('Kept', 'kept', 0)"
        )
    engine.dispose()
    # A newer program: the shipped scripts plus one more revision.
    scripts = tmp_path / "scripts"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    old_head = head_revision()
    (scripts / "versions" / "zz_test_extra.py").write_text(
        _EXTRA_REVISION.format(head=old_head), encoding="utf-8"
    )
    monkeypatch.setattr("studyapp.db.migrate.migrations_dir", lambda: scripts)
    monkeypatch.setattr("studyapp.db.migrate.HEAD_REVISION", "zz_test_extra")

    engine = make_engine(resolve_url(str(db_path)))
    report = ensure_schema(engine, now=now)
    engine.dispose()

    assert (report.before, report.after) == (old_head, "zz_test_extra")
    assert report.backup is not None and report.backup.parent == db_path.parent
    assert now.strftime("%Y%m%dT%H%M%S") in report.backup.name
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert backup.execute("SELECT name FROM decks").fetchall() == [("Kept",)]
    with sqlite3.connect(db_path) as upgraded:
        assert upgraded.execute("SELECT name, test_extra FROM decks").fetchall() == [("Kept", None)]


def test_database_at_head_is_not_backed_up_again(db_path: Path, now: dt.datetime) -> None:
    engine = make_engine(resolve_url(str(db_path)))
    ensure_schema(engine, now=now)
    report = ensure_schema(engine, now=now)
    engine.dispose()
    assert report.backup is None
    assert list(db_path.parent.glob("*.bak")) == []


def test_foreign_sqlite_database_is_refused(db_path: Path, now: dt.datetime) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE other_app (x)")
    before = db_path.read_bytes()
    engine = make_engine(resolve_url(str(db_path)))
    with pytest.raises(DatabaseError, match="no studyapp schema"):
        ensure_schema(engine, now=now)
    engine.dispose()
    assert db_path.read_bytes() == before


def test_newer_schema_is_refused_and_left_untouched(db_path: Path, now: dt.datetime) -> None:
    engine = make_engine(resolve_url(str(db_path)))
    ensure_schema(engine, now=now)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    before = db_path.read_bytes()
    engine = make_engine(resolve_url(str(db_path)))
    with pytest.raises(DatabaseError, match="newer studyapp"):
        ensure_schema(engine, now=now)
    engine.dispose()
    assert db_path.read_bytes() == before
    assert list(db_path.parent.glob("*.bak")) == []


def test_head_constant_matches_the_scripts() -> None:
    assert head_revision() == HEAD_REVISION


def test_db_revision_finds_no_change_at_head(
    tmp_path: Path, now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The models and the scripts agree: autogenerate writes an empty migration."""
    from click.testing import CliRunner

    from studyapp.cli.main import main

    scripts = tmp_path / "scripts"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr("studyapp.db.migrate.migrations_dir", lambda: scripts)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "db", "revision", "probe"])
    assert result.exit_code == 0, result.output
    (written,) = (scripts / "versions").glob("*_probe.py")
    upgrade = written.read_text(encoding="utf-8").split("def upgrade() -> None:")[1]
    body = [
        line.strip()
        for line in upgrade.split("def downgrade")[0].splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert body == ["pass"]
