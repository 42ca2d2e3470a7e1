"""Prebuilt Core statements run straight on the DBAPI connection: the study hot path.

On SQLite, SQLAlchemy's execution layer costs more than the database's own
work for a one-row read or write: about 50 µs per statement and 100 µs to
begin and commit a transaction, against 5-20 µs for SQLite itself. A study
session answers a card and fetches the next one hundreds of times, so the
few statements of that loop are written once as ordinary Core statements
(marked with :func:`prepared`), compiled once per dialect, and executed
here on the raw DBAPI cursor with the columns' own bind and result
processors. Everything else keeps using sessions and Core connections.

:class:`LeanConnection` offers the small part of ``Connection``'s interface
the study queries use (``execute(...).first()``, iteration, ``scalar``,
``scalars``), so one set of query functions serves both paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, cast

from sqlalchemy import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter

Processor = Callable[[Any], Any] | None

# id() of every statement marked with prepared(): module-level constants that
# live as long as the process, so their ids are never reused.
_PREPARED: dict[int, ClauseElement] = {}
_Statement = TypeVar("_Statement", bound=ClauseElement)


def prepared(statement: _Statement) -> _Statement:
    """Mark a module-level statement to be compiled once per dialect on the lean path."""
    _PREPARED[id(statement)] = statement
    return statement


def _bind(binds: Mapping[str, BindParameter[Any]], name: str) -> BindParameter[Any]:
    # A rendered IN list names its values "<bind>_1", "<bind>_2", ...
    return binds[name] if name in binds else binds[name.rsplit("_", 1)[0]]


class _Compiled:
    """One statement compiled for one dialect, with its parameter and result processing."""

    def __init__(self, statement: ClauseElement, dialect: Dialect, *, reusable: bool) -> None:
        # A statement built for one call carries its values, and its IN lists
        # can be rendered now; a prepared one keeps every parameter a bind.
        compiled = cast(
            SQLCompiler,
            statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": not reusable}),
        )
        self.sql = str(compiled)
        self.defaults: dict[str, Any] = {
            name: value
            for name, value in compiled.construct_params(_check=False).items()
            if value is not None
        }
        binds = compiled.binds
        self.positional = compiled.positional
        self.names = tuple(compiled.positiontup or binds)
        self.binders: tuple[tuple[str, Processor], ...] = tuple(
            (name, _bind(binds, name).type.bind_processor(dialect)) for name in self.names
        )
        columns = getattr(statement, "selected_columns", ())
        processors = [column.type.result_processor(dialect, None) for column in columns]
        self.results: tuple[tuple[int, Callable[[Any], Any]], ...] = tuple(
            (index, process) for index, process in enumerate(processors) if process is not None
        )

    def parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        merged = self.defaults | dict(values) if self.defaults else values
        processed = [
            merged[name] if bind is None else bind(merged[name]) for name, bind in self.binders
        ]
        if self.positional:
            return tuple(processed)
        return dict(zip(self.names, processed, strict=True))

    def row(self, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        if not self.results:
            return tuple(raw)
        row = list(raw)
        for index, process in self.results:
            if row[index] is not None:
                row[index] = process(row[index])
        return tuple(row)


# Compiled prepared statements by (statement id, dialect name).
_COMPILED: dict[tuple[int, str], _Compiled] = {}


class LeanResult:
    """The rows of one statement, already fetched and converted to plain tuples."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._rows)

    def first(self) -> tuple[Any, ...] | None:
        """The first row, or ``None``."""
        return self._rows[0] if self._rows else None

    def all(self) -> list[tuple[Any, ...]]:
        """Every row."""
        return list(self._rows)

    def scalar(self) -> Any:
        """The first column of the first row, or ``None``."""
        return self._rows[0][0] if self._rows else None

    def scalar_one(self) -> Any:
        """The first column of the only row."""
        if len(self._rows) != 1:
            raise LookupError(f"expected one row, got {len(self._rows)}")
        return self._rows[0][0]

    def scalars(self) -> list[Any]:
        """The first column of every row."""
        return [row[0] for row in self._rows]


class LeanConnection:
    """A DBAPI connection that runs Core statements without SQLAlchemy's execution layer.

    Statements marked with :func:`prepared` are compiled once per dialect;
    any other statement is compiled on each call (correct, just not fast).
    """

    def __init__(self, dbapi_connection: Any, dialect: Dialect) -> None:
        self._connection = dbapi_connection
        self._cursor = dbapi_connection.cursor()
        self._dialect = dialect

    def _compiled(self, statement: ClauseElement) -> _Compiled:
        if id(statement) not in _PREPARED:
            return _Compiled(statement, self._dialect, reusable=False)
        key = (id(statement), self._dialect.name)
        found = _COMPILED.get(key)
        if found is None:
            found = _COMPILED[key] = _Compiled(statement, self._dialect, reusable=True)
        return found

    def execute(
        self, statement: ClauseElement, parameters: Mapping[str, Any] | None = None
    ) -> LeanResult:
        """Run one statement and fetch all its rows (the study queries read a few)."""
        compiled = self._compiled(statement)
        cursor = self._cursor
        cursor.execute(compiled.sql, compiled.parameters(parameters or {}))
        if cursor.description is None:
            return LeanResult([])
        return LeanResult([compiled.row(raw) for raw in cursor.fetchall()])

    def scalar(self, statement: ClauseElement, parameters: Mapping[str, Any] | None = None) -> Any:
        """The first column of the first row, or ``None``."""
        return self.execute(statement, parameters).scalar()

    def scalars(
        self, statement: ClauseElement, parameters: Mapping[str, Any] | None = None
    ) -> list[Any]:
        """The first column of every row."""
        return self.execute(statement, parameters).scalars()

    def begin_immediate(self) -> None:
        """Start an SQLite write transaction holding the write lock from the start."""
        self._cursor.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Commit the transaction in progress."""
        self._connection.commit()

    def rollback(self) -> None:
        """Roll back the transaction in progress (if any)."""
        self._connection.rollback()

    def close(self) -> None:
        """Release the cursor and give the connection back to the pool."""
        self._cursor.close()
        self._connection.close()
