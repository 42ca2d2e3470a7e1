"""Opening the app's database: resolve, check, migrate, seed, pick the learner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from studyapp.core.errors import InputError
from studyapp.db.engine import check_sqlite_file, make_engine, resolve_url, sqlite_path
from studyapp.db.learners import ensure_default_learner, find_learner
from studyapp.db.migrate import UpgradeReport, ensure_schema
from studyapp.db.models.progress import DEFAULT_LEARNER
from studyapp.db.session import Database
from studyapp.paths import default_db_path


@dataclass(frozen=True, slots=True)
class AppContext:
    """An open database and the learner whose progress is read and written."""

    database: Database
    learner_id: int
    learner_name: str
    location: str
    upgrade: UpgradeReport


def open_database(
    db_option: str | None,
    *,
    now: dt.datetime,
    environ: Mapping[str, str] | None = None,
    seed: bool = True,
) -> tuple[Database, UpgradeReport, str]:
    """Open (creating or upgrading) the database; seed a brand-new one from ``decks/``."""
    url = resolve_url(db_option, environ)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, create_parent=path == default_db_path())
    location = str(path) if path else url.render_as_string(hide_password=True)
    database = Database(make_engine(url))
    try:
        report = ensure_schema(database.engine, now=now)
        if report.before != report.after:
            # A new or just-upgraded database; an up-to-date one opens without a write.
            with database.write() as session:
                ensure_default_learner(session, now)
                if seed and report.before is None:
                    # Only a brand-new database pays for importing the deck parser.
                    from studyapp.services.seeding import seed_bundled_decks

                    seed_bundled_decks(session, now=now)
    except BaseException:
        database.close()
        raise
    return database, report, location


def open_app(
    db_option: str | None,
    learner: str | None,
    *,
    now: dt.datetime,
    environ: Mapping[str, str] | None = None,
) -> AppContext:
    """Open the database and resolve ``--learner`` (unknown names are an error)."""
    database, report, location = open_database(db_option, now=now, environ=environ)
    name = learner or DEFAULT_LEARNER
    with database.read() as session:
        found = find_learner(session, name)
        learner_id = found.id if found is not None else None
    if learner_id is None and name == DEFAULT_LEARNER:
        with database.write() as session:
            learner_id = ensure_default_learner(session, now).id
    if learner_id is None:
        database.close()
        raise InputError(
            f"unknown learner {name!r}; add one with `studyapp learners add {name}`",
            field="--learner",
        )
    return AppContext(database, learner_id, name, location, report)
