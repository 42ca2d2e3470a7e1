"""``studyapp study`` and ``optimize``."""

from __future__ import annotations

import json
import sys

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.clock import utc_now


@click.command()
@click.argument("deck", required=False)
@click.option("--plain", is_flag=True, help="Plain lines on stdin/stdout instead of the TUI.")
@pass_state
def study(state: CliState, deck: str | None, plain: bool) -> None:
    """Study DECK (default: every deck) in the terminal.

    --plain speaks a line protocol on stdin/stdout (see the README).
    """
    from studyapp.cli.plain import PlainSession
    from studyapp.services.study import StudySession

    app = state.app()
    session = StudySession(app.database, app.learner_id, deck)
    if plain:
        stdout = sys.stdout
        coloured = stdout.isatty()
        styles = {"question": "bright_white", "right": "green", "wrong": "red", "tones": "yellow"}

        def style(text: str, role: str) -> str:
            return click.style(text, fg=styles.get(role)) if coloured else text

        PlainSession(session, sys.stdin, stdout, style=style).run()
        return
    from studyapp.tui.launch import run_study

    run_study(app, deck)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_state
def optimize(state: CliState, as_json: bool) -> None:
    """Fit the scheduler's parameters to your own review history.

    The new parameters are kept only when they predict your answers better
    (lower log loss); studied cards are then rescheduled with them.
    """
    from studyapp.services.optimize import optimize_learner  # loads fsrs-rs only here

    app = state.app()
    report = optimize_learner(app.database, app.learner_id, now=utc_now())
    if as_json:
        payload = {
            "reviews": report.review_count,
            "items": report.item_count,
            "before": {"log_loss": report.before.log_loss, "rmse_bins": report.before.rmse_bins},
            "after": {"log_loss": report.after.log_loss, "rmse_bins": report.after.rmse_bins},
            "parameters": list(report.parameters),
            "stored": report.stored,
            "rescheduled": report.rescheduled,
        }
        click.echo(json.dumps(payload, indent=2))
        return
    click.echo(f"reviews: {report.review_count} ({report.item_count} usable for fitting)")
    click.echo(f"{'':10}{'log loss':>10}{'RMSE(bins)':>12}")
    for name, ev in (("before", report.before), ("after", report.after)):
        click.echo(f"{name:10}{ev.log_loss:>10.4f}{ev.rmse_bins:>12.4f}")
    if report.stored:
        click.echo(f"saved the new parameters; {report.rescheduled} cards rescheduled")
    else:
        click.echo("the fitted parameters were no better; kept the current ones")
