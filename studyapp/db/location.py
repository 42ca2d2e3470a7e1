"""Where the database is and how long to wait for it, without importing SQLAlchemy.

:mod:`studyapp.db.engine` builds the engine from these; the fast start of
the home screen (:mod:`studyapp.db.home_read`) reads the same file with the
standard library's ``sqlite3`` before SQLAlchemy is loaded.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from studyapp.paths import default_db_path

ENV_VAR = "STUDYAPP_DB"
BUSY_ENV_VAR = "STUDYAPP_BUSY_TIMEOUT_MS"
# How long to wait for another program's write to finish before giving up.
BUSY_TIMEOUT_MS = 5_000
SQLITE_MAGIC = b"SQLite format 3\x00"


def busy_timeout_ms(environ: Mapping[str, str] | None = None) -> int:
    """The busy timeout: ``STUDYAPP_BUSY_TIMEOUT_MS`` or 5 seconds."""
    raw = (os.environ if environ is None else environ).get(BUSY_ENV_VAR, "")
    return int(raw) if raw.isdigit() else BUSY_TIMEOUT_MS


def database_option(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--db``, else ``STUDYAPP_DB``, else ``""`` (the default file)."""
    env = os.environ if environ is None else environ
    return option or env.get(ENV_VAR) or ""


def database_file(option: str | None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The SQLite file ``--db`` / ``STUDYAPP_DB`` / the default names; ``None`` for a URL.

    A value with ``://`` is an SQLAlchemy URL, which only the engine resolves.
    """
    raw = database_option(option, environ)
    if not raw:
        return default_db_path()
    if "://" in raw:
        return None
    return Path(raw).expanduser().resolve()
