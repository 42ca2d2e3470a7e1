"""Sessions: one read or one write transaction at a time, owned by a service."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from studyapp.db.engine import writer
from studyapp.db.errors import DatabaseBusyError


@contextmanager
def _busy_is_an_error(message: str) -> Iterator[None]:
    # SQLite gave up waiting for another program's lock (the busy timeout).
    try:
        yield
    except OperationalError as exc:
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
    def writing(self) -> Iterator[Connection]:
        """Like :meth:`write`, on a Core connection: the lean path for hot loops."""
        with _busy_is_an_error(_WRITE_BUSY), self._write_engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Like :meth:`read`, on a Core connection."""
        with _busy_is_an_error(_READ_BUSY), self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
