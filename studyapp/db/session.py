"""Sessions: one read or one write transaction at a time, owned by a service."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from studyapp.db.engine import writer
from studyapp.db.errors import DatabaseBusyError
from studyapp.db.lean import LeanConnection


@contextmanager
def _busy_is_an_error(
    message: str, dbapi_error: type[Exception] = OperationalError
) -> Iterator[None]:
    # SQLite gave up waiting for another program's lock (the busy timeout).
    try:
        yield
    except (OperationalError, dbapi_error) as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(message) from exc
        raise


_WRITE_BUSY = "the database stayed locked by another program; nothing was saved"
_READ_BUSY = "the database stayed locked by another program"


class Database:
    """An open, migrated database. Services ask it for transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._write_engine = writer(engine)
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)
        self._lean_connection: LeanConnection | None = None
        self._lean_lock = threading.Lock()
        self._lean_owner: int | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with _busy_is_an_error(_WRITE_BUSY), self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction; anything written in it is rolled back."""
        with _busy_is_an_error(_READ_BUSY), self._reader() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Like :meth:`read`, on a Core connection (the plain path the lean one must match)."""
        with _busy_is_an_error(_READ_BUSY), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def lean_writing(self) -> Iterator[LeanConnection]:
        """Like :meth:`write`, but on the DBAPI connection (see :mod:`studyapp.db.lean`).

        SQLite takes the write lock at BEGIN, as :meth:`write` does.
        """
        with self._lean(write=True) as connection:
            yield connection

    @contextmanager
    def lean_reading(self) -> Iterator[LeanConnection]:
        """Statements on the DBAPI connection, each in its own read transaction."""
        with self._lean(write=False) as connection:
            yield connection

    @contextmanager
    def _lean(self, *, write: bool) -> Iterator[LeanConnection]:
        # One DBAPI connection is kept for the lean path (checking one out of
        # the pool costs as much as a statement); the lock makes its users
        # take turns, whichever thread they run on.
        dialect = self.engine.dialect
        message = _WRITE_BUSY if write else _READ_BUSY
        if self._lean_owner == threading.get_ident():
            raise RuntimeError("lean transactions do not nest")
        with self._lean_lock, _busy_is_an_error(message, dialect.loaded_dbapi.OperationalError):
            self._lean_owner = threading.get_ident()
            try:
                if self._lean_connection is None:
                    self._lean_connection = LeanConnection(self.engine.raw_connection(), dialect)
                connection = self._lean_connection
                try:
                    if write and dialect.name == "sqlite":
                        # Our connections run with pysqlite's implicit BEGIN off (engine.py).
                        connection.begin_immediate()
                    yield connection
                    if write:
                        connection.commit()
                    else:
                        connection.rollback()
                except BaseException:
                    connection.rollback()
                    raise
            finally:
                self._lean_owner = None

    def close(self) -> None:
        """Release every pooled connection."""
        with self._lean_lock:
            if self._lean_connection is not None:
                self._lean_connection.close()
                self._lean_connection = None
        self.engine.dispose()
