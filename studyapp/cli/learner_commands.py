"""``studyapp learners``: who studies with this database."""

from __future__ import annotations

import json

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.clock import utc_now


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def learners(ctx: click.Context, as_json: bool) -> None:
    """List learners; `learners add NAME` adds one (an organiser's class list)."""
    if ctx.invoked_subcommand is not None:
        return
    from studyapp.services import learners as learner_service
    from studyapp.services.opening import open_database

    state: CliState = ctx.obj
    database, _, _ = open_database(state.db, now=utc_now())
    try:
        names = learner_service.list_learners(database)
    finally:
        database.close()
    click.echo(json.dumps(names, ensure_ascii=False) if as_json else "\n".join(names))


@learners.command()
@click.argument("name")
@pass_state
def add(state: CliState, name: str) -> None:
    """Add a learner called NAME."""
    from studyapp.services import learners as learner_service
    from studyapp.services.opening import open_database

    database, _, _ = open_database(state.db, now=utc_now())
    try:
        learner_service.add_learner(database, name, now=utc_now())
    finally:
        database.close()
    click.echo(f"added learner {name}")
