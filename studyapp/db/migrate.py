"""Bringing a database to the schema this code knows, safely.

Opening a database always upgrades it to head. A file that is behind is first
copied to a timestamped backup beside it; a file from a newer version of the
program is refused and left untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from studyapp.db.engine import sqlite_path
from studyapp.db.errors import DatabaseBusyError, DatabaseError
from studyapp.db.names import HEAD_REVISION as HEAD_REVISION
from studyapp.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# HEAD_REVISION (the newest revision in migrations/versions) lives in
# studyapp.db.names so that the home screen's fast start can read it without
# SQLAlchemy; it is looked up here, as migrate.HEAD_REVISION, when opening.


@dataclass(frozen=True, slots=True)
class UpgradeReport:
    """What opening the database did."""

    before: str | None
    after: str
    backup: Path | None


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the bundled scripts (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    """The migration scripts shipped with this version."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this code knows."""
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships a revision
        raise RuntimeError("no migration scripts found")
    return head


def known_revisions() -> set[str]:
    """Every revision id this code ships."""
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, ``None`` for an empty one."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _backup(path: Path, revision: str | None, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{revision or 'empty'}.{stamp}.bak")
    # Written under another name and renamed when complete: a crash while
    # copying never leaves a ".bak" that is not a whole database.
    partial = target.with_name(target.name + ".partial")
    # The online backup API copies a consistent snapshot, WAL content included.
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    partial.replace(target)
    return target


def _peek_sqlite(path: Path) -> tuple[str | None, set[str]]:
    # A read-only look, so that a file we refuse keeps every byte (even the
    # journal-mode bytes in its header that opening it for real would change).
    if not path.exists() or path.stat().st_size == 0:
        return None, set()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables
    finally:
        connection.close()


def _peek(engine: Engine) -> tuple[str | None, set[str]]:
    path = sqlite_path(engine.url)
    if path is not None:
        return _peek_sqlite(path)
    with engine.connect() as connection:
        return current_revision(connection), set(inspect(connection).get_table_names())


def ensure_schema(engine: Engine, *, now: dt.datetime) -> UpgradeReport:
    """Upgrade the database to head, backing up an existing file first.

    Raises :class:`DatabaseError` for a database this code must not touch,
    and leaves it as it was.
    """
    path = sqlite_path(engine.url)
    where = str(path) if path else engine.url.render_as_string(hide_password=True)
    try:
        current, tables = _peek(engine)
    except (sqlite3.OperationalError, OperationalError) as exc:
        if "locked" in str(exc):
            raise DatabaseBusyError(f"{where}: the database is locked by another program") from exc
        raise DatabaseError(f"cannot open the database ({exc})", file=where) from exc
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as exc:
        raise DatabaseError(f"not a usable database: {exc}", file=where) from exc
    if current == HEAD_REVISION:
        return UpgradeReport(before=current, after=current, backup=None)
    head = head_revision()
    if current == head:
        return UpgradeReport(before=current, after=head, backup=None)
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            "holds tables but no studyapp schema version; refusing to touch it", file=where
        )
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"was written by a newer studyapp (schema {current}); this version knows up to "
            f"{head}. Upgrade studyapp; the file was not changed",
            file=where,
        )
    backup = _backup(path, current, now) if path is not None and current is not None else None
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseBusyError(f"{where}: the database is locked by another program") from exc
        raise
    return UpgradeReport(before=current, after=head, backup=backup)
