"""``studyapp db``: migrations by hand. Imports happen in the commands, not at start-up."""

from __future__ import annotations

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.cli.errors import StudyappError
from studyapp.clock import utc_now


@click.group()
def db() -> None:
    """Inspect and upgrade the database schema."""


@db.command()
@pass_state
def upgrade(state: CliState) -> None:
    """Upgrade the database to the newest schema (backing it up first)."""
    from studyapp.services.opening import open_database

    database, report, location = open_database(state.db, now=utc_now())
    database.close()
    if report.before == report.after:
        click.echo(f"{location}: already at {report.after}")
        return
    click.echo(f"{location}: upgraded {report.before or 'empty'} -> {report.after}")
    if report.backup is not None:
        click.echo(f"backup: {report.backup}")


@db.command()
@pass_state
def current(state: CliState) -> None:
    """Print the schema revision of the database and the newest one known."""
    from studyapp.db.migrate import current_revision, head_revision
    from studyapp.services.opening import open_database

    database, _, location = open_database(state.db, now=utc_now())
    with database.engine.connect() as connection:
        revision = current_revision(connection)
    database.close()
    click.echo(f"{location}: {revision} (head {head_revision()})")


@db.command()
@pass_state
def check(state: CliState) -> None:
    """Check that the schema matches the models and the data is intact."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from studyapp.db.migrate import head_revision
    from studyapp.db.models import Base
    from studyapp.services.opening import open_database

    database, _, location = open_database(state.db, now=utc_now())
    try:
        with database.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            problems = [str(d) for d in diff]
            if connection.dialect.name == "sqlite":
                integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
                if integrity != "ok":
                    problems.append(f"integrity_check: {integrity}")
                bad_keys = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad_keys:
                    problems.append(f"{len(bad_keys)} rows break foreign keys")
    finally:
        database.close()
    if problems:
        raise StudyappError(f"{location}: " + "; ".join(problems))
    click.echo(f"{location}: ok (schema {head_revision()})")


@db.command()
@click.argument("message")
@pass_state
def revision(state: CliState, message: str) -> None:
    """For developers: write a new migration from the models' changes (autogenerate).

    Run it from a source checkout against a database at the current head; then
    set HEAD_REVISION in studyapp/db/names.py and make the upgrade fixture.
    """
    from alembic import command

    from studyapp.db.migrate import alembic_config
    from studyapp.services.opening import open_database

    database, _, _ = open_database(state.db, now=utc_now(), seed=False)
    try:
        command.revision(alembic_config(database.engine), message=message, autogenerate=True)
    finally:
        database.close()
