"""``studyapp stats``: a readable summary, the documented JSON, or the review log as CSV."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from studyapp.cli.context import CliState, pass_state
from studyapp.cli.errors import StudyappError
from studyapp.clock import utc_now

if TYPE_CHECKING:  # the service is imported when the command runs, not by every command
    from studyapp.services.stats_views import (
        CardCounts,
        MemoryFigures,
        RetentionFigure,
        ReviewLogEntry,
        Stats,
    )

CSV_HEADER = ("card_id", "deck", "question", "rating", "reviewed_at", "duration_ms")
# A spreadsheet runs a cell starting with these as a formula (OWASP adds tab and CR).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BARS = " ▁▂▃▄▅▆▇█"


@click.command()
@click.argument("deck", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the documented JSON.")
@click.option(
    "--export",
    "export_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the review log as CSV (card, deck, question, rating, time, duration).",
)
@pass_state
def stats(state: CliState, deck: str | None, as_json: bool, export_path: Path | None) -> None:
    """Show what you know: cards by state, reviews, retention, forecast.

    DECK (with its sub-decks) narrows everything to one deck and adds mastery
    per paragraph of its article.
    """
    from studyapp.services.stats import review_log
    from studyapp.services.stats import stats as build_stats

    app = state.app()
    if export_path is not None:
        count = export_csv(review_log(app.database, app.learner_id, deck=deck), export_path)
        click.echo(f"wrote {count} reviews to {export_path}")
        return
    figures = build_stats(app.database, app.learner_id, now=utc_now(), deck=deck)
    if as_json:
        click.echo(json.dumps(figures.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(render_summary(figures))


# -- CSV export -------------------------------------------------------------


def neutralise(cell: str) -> str:
    """Prefix a quote to text a spreadsheet would take for a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def export_csv(entries: Iterable[ReviewLogEntry], path: Path) -> int:
    """Write the review log to ``path`` atomically; return the number of rows.

    The rows go to a temporary file beside ``path`` that replaces it only once
    complete, so an interrupted export never leaves a half-written file. The
    file is UTF-8 with a byte-order mark, which spreadsheets need to read
    Vietnamese correctly.
    """
    folder = path.parent if str(path.parent) else Path()
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w",
            encoding="utf-8-sig",
            newline="",
            dir=folder,
            prefix=f".{path.name}.",
            suffix=".part",
            delete=False,
        )
    except OSError as exc:
        raise StudyappError(f"cannot write {path}: {exc.strerror or exc}") from exc
    temporary = Path(handle.name)
    count = 0
    try:
        with handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            for entry in entries:
                writer.writerow(
                    (
                        entry.card_id,
                        neutralise(entry.deck),
                        neutralise(entry.question),
                        entry.rating,
                        entry.reviewed_at.isoformat(timespec="seconds"),
                        entry.duration_ms,
                    )
                )
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise StudyappError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    return count


# -- the readable summary ---------------------------------------------------


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _duration(milliseconds: int) -> str:
    seconds = milliseconds / 1000
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes = seconds / 60
    return f"{minutes:.0f} min" if minutes < 90 else f"{minutes / 60:.1f} h"


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], align: str | None = None
) -> list[str]:
    """Aligned columns; ``align`` has one ``<`` or ``>`` per column (default: names, numbers)."""
    align = align or "<" + ">" * (len(headers) - 1)
    widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        padded = (f"{c:{a}{w}}" for c, a, w in zip(cells, align, widths, strict=True))
        return "  ".join(padded).rstrip()

    return [line(headers), *(line(row) for row in rows)]


def _clip(text: str, room: int) -> str:
    return text if len(text) <= room else text[: max(room - 1, 0)] + "…"


def _clip_left(text: str, room: int) -> str:
    # Deck paths keep their end, the sub-deck's own name.
    return text if len(text) <= room else "…" + text[len(text) - max(room - 1, 0) :]


def _card_cells(name: str, cards: CardCounts, memory: MemoryFigures) -> list[str]:
    counts = (
        cards.total,
        cards.new,
        cards.learning + cards.relearning,
        cards.review,
        cards.mature,
        cards.suspended,
        cards.leech,
    )
    return [
        name,
        *(str(n) for n in counts),
        _percent(memory.average_retrievability),
        _percent(memory.mastery),
    ]


def sparkline(values: Sequence[int]) -> str:
    """One block character per value, scaled to the largest."""
    top = max(values, default=0)
    if top == 0:
        return _BARS[0] * len(values)
    return "".join(_BARS[0 if v == 0 else max(1, round(v / top * 8))] for v in values)


def _retention_cell(label: str, figure: RetentionFigure) -> str:
    return f"{label} {_percent(figure.rate)} ({figure.passed}/{figure.reviews})"


def render_summary(figures: Stats, *, width: int = 80) -> str:
    """The tables ``studyapp stats`` prints."""
    scope = figures.deck or "all decks"
    lines = [
        f"Statistics for {scope} · study day {figures.today.isoformat()}",
        f"(time zone {figures.timezone}, the day starts at {figures.day_boundary_hour:02d}:00)",
        "",
    ]
    headers = ["Deck", "Cards", "New", "Learn", "Review", "Mature", "Susp", "Leech", "Avg R"]
    headers.append("Mastery")
    named = [(d.name, d.cards, d.memory) for d in figures.decks]
    if len(named) > 1:
        named.append(("All", figures.cards, figures.memory))
    # Deck names give way (keeping their end) so the table fits; the numbers never do.
    numbers = _table(headers[1:], [_card_cells("", c, m)[1:] for _, c, m in named])
    room = max(width - max(len(line) for line in numbers) - 2, 10)
    rows = [_card_cells(_clip_left(name, room), c, m) for name, c, m in named]
    lines += _table(headers, rows) if rows else ["No decks yet."]
    activity = figures.activity
    month, year = activity.last(30), activity.last(365)
    lines += [
        "",
        f"Today: {activity.today.reviews} reviews, {_duration(activity.today.duration_ms)}"
        f" · streak {activity.current_streak} days (longest {activity.longest_streak})",
        f"Last 30 days: {month.reviews} reviews, {_duration(month.duration_ms)}, "
        f"studied {month.days_studied} of 30 days",
        f"Last 365 days: {year.reviews} reviews, {_duration(year.duration_ms)}, "
        f"studied {year.days_studied} days",
    ]
    if month.reviews:
        last_30 = [d.reviews for d in activity.days[-30:]]
        lines.append(f"Reviews per day, last 30: {sparkline(last_30)} (max {max(last_30)})")
    retention = figures.retention
    lines += [
        "",
        f"True retention (desired {_percent(retention.desired)}):",
        "  "
        + " · ".join(
            _retention_cell(label, figure)
            for label, figure in (
                ("today", retention.today),
                ("7 d", retention.last_7_days),
                ("30 d", retention.last_30_days),
                ("all", retention.all_time),
            )
        ),
        "",
        "Due in the next 30 days (today includes overdue cards):",
    ]
    forecast = figures.forecast
    for start in range(0, len(forecast), 10):
        chunk = forecast[start : start + 10]
        lines.append("  " + "  ".join(f"{f.date:%m-%d} {f.due:>4}" for f in chunk[:5]))
        if len(chunk) > 5:
            lines.append("  " + "  ".join(f"{f.date:%m-%d} {f.due:>4}" for f in chunk[5:]))
    for article in figures.articles:
        lines += ["", f"Mastery per paragraph of the article ({article.deck}):"]
        for p in article.paragraphs:
            mark = "caption " if p.is_caption else ""
            text = f"{mark}{p.text}"
            text = _clip(text, width - 18)
            lines.append(f"  ¶{p.index + 1:<3} {_percent(p.mastery):>5} {p.cards:>3}c  {text}")
    if figures.hardest:
        lines += ["", "Hardest cards (most lapses, then lowest retrievability):"]
        hard_rows = [
            [str(h.lapses), _percent(h.retrievability), h.deck, h.question] for h in figures.hardest
        ]
        deck_room = max((len(row[2]) for row in hard_rows), default=0)
        deck_room = min(deck_room, 20)
        for row in hard_rows:
            row[2] = _clip(row[2], deck_room)
            row[3] = _clip(row[3], max(width - 20 - deck_room, 10))
        table = _table(["Lapses", "R", "Deck", "Question"], hard_rows, ">><<")
        lines += ["  " + line for line in table]
    return "\n".join(lines)
