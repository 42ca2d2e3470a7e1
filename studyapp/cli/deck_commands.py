"""``studyapp decks``, ``generate``, ``import`` and ``export``."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.clock import utc_now


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def decks(state: CliState, as_json: bool) -> None:
    """List decks with today's new / learning / due counts and the total."""
    from studyapp.services.decks import list_decks

    app = state.app()
    summaries = list_decks(app.database, app.learner_id, now=utc_now())
    if as_json:
        rows = [{k: v for k, v in asdict(s).items() if k != "id"} | {"id": s.id} for s in summaries]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not summaries:
        click.echo("No decks yet. Make one with: studyapp generate ARTICLE --deck NAME")
        return
    width = max(len(s.name) for s in summaries)
    click.echo(f"{'Deck':<{width}}  {'New':>5} {'Learn':>5} {'Due':>5} {'Total':>6}")
    for s in summaries:
        click.echo(f"{s.name:<{width}}  {s.new:>5} {s.learning:>5} {s.due:>5} {s.total:>6}")


@click.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--deck", "deck_name", metavar="NAME", help="Deck name (default: the headline).")
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the deck as an editable TOML file instead of saving it to the database.",
)
@pass_state
def generate(state: CliState, article: Path, deck_name: str | None, out: Path | None) -> None:
    """Turn a Vietnamese news ARTICLE (a text file) into a deck of questions."""
    from studyapp.services.generation import generate_into_database, generate_to_file

    if out is not None:
        result = generate_to_file(article, deck_name=deck_name, out=out)
        for notice in result.notices:
            click.echo(f"note: {notice}", err=True)
        click.echo(f"wrote {result.notes} notes ({result.cards} cards) to {out}")
        return
    app = state.app()
    saved = generate_into_database(app.database, article, deck_name=deck_name, now=utc_now())
    for notice in saved.notices:
        click.echo(f"note: {notice}", err=True)
    click.echo(
        f"deck {saved.deck_name!r}: {saved.added} notes added, {saved.updated} updated, "
        f"{saved.unchanged} unchanged, {saved.retired} retired ({saved.cards} cards)"
    )


@click.command()
@click.argument("deck")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["anki-csv"]),
    required=True,
    help="Output format (anki-csv: Anki's 'Notes in Plain Text').",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True, help="File."
)
@click.option(
    "--notetype-names",
    type=click.Choice(["en", "vi"]),
    default="en",
    show_default=True,
    help="Stock note type names as your Anki shows them (vi: Cơ bản / Điền chỗ trống).",
)
@click.option("--with-progress", is_flag=True, help="Also write FILE.progress.csv with due dates.")
@pass_state
def export(
    state: CliState,
    deck: str,
    fmt: str,
    output: Path,
    notetype_names: str,
    with_progress: bool,
) -> None:
    """Export DECK (and its sub-decks) for Anki.

    The file is Anki's own "Notes in Plain Text" layout: File > Import in Anki
    26.x / 23.10+ reads it without questions. Exporting again later updates the
    notes already in Anki (matched by guid) instead of adding copies.
    """
    from studyapp.services.anki_export import export_deck

    app = state.app()
    report = export_deck(
        app.database,
        deck,
        output,
        learner_id=app.learner_id,
        notetype_names="vi" if notetype_names == "vi" else "en",
        with_progress=with_progress,
    )
    click.echo(
        f"wrote {report.notes} notes ({report.anki_notes} Anki notes) "
        f"from {report.decks} deck(s) to {output}"
    )
    if report.progress_file is not None:
        click.echo(f"progress: {report.progress_file}")


@click.command(name="import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--deck", "deck_name", metavar="NAME", help="Deck for rows that name none.")
@pass_state
def import_(state: CliState, file: Path, deck_name: str | None) -> None:
    """Import a deck file (.toml) or an Anki "Notes in Plain Text" file.

    Notes are matched by guid: known ones are updated (progress kept), new ones
    added. Any error imports nothing.
    """
    from studyapp.services.importing import import_file

    app = state.app()
    report = import_file(app.database, file, deck_name=deck_name, now=utc_now())
    decks = ", ".join(report.decks) or "no deck"
    click.echo(
        f"imported into {decks}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged"
    )
