"""Sessions: one read or one write transaction at a time, owned by a service."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from studyapp.db.engine import writer
from studyapp.db.errors import DatabaseBusyError


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
        try:
            with self._writer.begin() as session:
                yield session
        except OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError(
                    "the database stayed locked by another program; nothing was saved"
                ) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction; anything written in it is rolled back."""
        try:
            with self._reader() as session:
                yield session
        except OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError("the database stayed locked by another program") from exc
            raise

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """Like :meth:`write`, on a Core connection: the lean path for hot loops."""
        try:
            with self._write_engine.begin() as connection:
                yield connection
        except OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError(
                    "the database stayed locked by another program; nothing was saved"
                ) from exc
            raise

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Like :meth:`read`, on a Core connection."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError("the database stayed locked by another program") from exc
            raise

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
