"""Turning ``--db`` / ``STUDYAPP_DB`` into an engine with the right SQLite pragmas."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from studyapp.db.errors import DatabaseError
from studyapp.db.location import BUSY_ENV_VAR as BUSY_ENV_VAR
from studyapp.db.location import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from studyapp.db.location import ENV_VAR as ENV_VAR
from studyapp.db.location import (
    SQLITE_MAGIC,
    busy_timeout_ms,
    database_file,
    database_option,
)


def resolve_url(option: str | None, environ: Mapping[str, str] | None = None) -> URL:
    """The database URL: ``--db`` first, then ``STUDYAPP_DB``, then the default file.

    A value with ``://`` is an SQLAlchemy URL; anything else is a file path.
    """
    path = database_file(option, environ)
    if path is not None:
        return make_url(f"sqlite:///{path}")
    raw = database_option(option, environ)
    try:
        return make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {raw!r} ({exc})") from exc


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or ``None`` for other dialects and memory."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def check_sqlite_file(path: Path, *, create_parent: bool = False) -> None:
    """Refuse, untouched, a path that is not a usable SQLite database file.

    A missing file is fine (it will be created); its folder must exist unless
    ``create_parent`` says to make it (the default location).
    """
    if path.is_dir():
        raise DatabaseError("is a directory, not a database file", file=str(path))
    if not path.exists():
        if create_parent:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise DatabaseError("the folder for the database does not exist", file=str(path))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError("cannot create the database: folder is read-only", file=str(path))
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"cannot read the file ({exc.strerror})", file=str(path)) from exc
    if header and header != SQLITE_MAGIC:
        raise DatabaseError("not an SQLite database (wrong file header)", file=str(path))
    if not os.access(path, os.W_OK):
        raise DatabaseError("the database file is read-only", file=str(path))


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling skips DDL and defers BEGIN; turning
    # it off and issuing BEGIN ourselves (the "begin" hook) makes migrations
    # atomic and lets writers take the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # Writers say BEGIN IMMEDIATE so that two processes queue on the busy
    # timeout instead of failing when a read lock cannot be upgraded.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys, a busy timeout and atomic DDL."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN (SQLite)."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(sqlite_begin="IMMEDIATE")
