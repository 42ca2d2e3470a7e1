"""Where things live: bundled decks and migrations, and the default database."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "studyapp"
_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """Return the bundled ``decks`` or ``migrations`` folder.

    A wheel carries them inside the package (``studyapp/_bundled``); a source
    checkout or an editable install finds them at the top of the repository.
    """
    inside = _PACKAGE_DIR / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def decks_dir() -> Path:
    """The folder of bundled deck files that seed an empty database."""
    return bundled_dir("decks")


def migrations_dir() -> Path:
    """The Alembic script folder."""
    return bundled_dir("migrations")


def default_db_path() -> Path:
    """The database file used when neither ``--db`` nor ``STUDYAPP_DB`` is given."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "studyapp.db"
