"""Charts of the Stats screen: plotext bar and line charts, and a calendar heatmap.

The plotext charts are drawn into a :class:`textual_plotext.PlotextPlot` by
plain functions (the widget class is untyped, so it is not subclassed here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from studyapp.services.stats_views import DayCount, ForecastDay

# GitHub's greens: readable on dark and light backgrounds alike.
HEAT_COLOURS = ("#0e4429", "#006d32", "#26a641", "#39d353")
_WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "")


def _ticks(
    labels: Sequence[str], every: int, *, from_end: bool = True
) -> tuple[list[int], list[str]]:
    # Label every n-th point, counted from today: the last point of a history,
    # the first of a forecast.
    count = len(labels)
    positions = [i for i in range(count) if ((count - 1 - i) if from_end else i) % every == 0]
    return [p + 1 for p in positions], [labels[p] for p in positions]


def draw_bars(
    plot: Any,
    title: str,
    dates: Sequence[dt.date],
    values: Sequence[float],
    *,
    from_end: bool = True,
) -> None:
    """A bar chart of values per day, with a date label every week."""
    plt = plot.plt
    plt.clear_data()
    plt.clear_figure()
    plt.title(title)
    labels = [f"{d:%m-%d}" for d in dates]
    positions = list(range(1, len(values) + 1))
    if values:
        plt.bar(positions, list(values), width=0.8, marker="sd")
        every = 7 if len(values) <= 60 else 61
        plt.xticks(*_ticks(labels, every, from_end=from_end))
    plot.refresh()


def draw_reviews(plot: Any, days: Sequence[DayCount]) -> None:
    """Reviews per study day."""
    total = sum(d.reviews for d in days)
    title = f"Reviews per day, last {len(days)} days ({total} reviews)"
    draw_bars(plot, title, [d.date for d in days], [d.reviews for d in days])


def draw_forecast(plot: Any, forecast: Sequence[ForecastDay]) -> None:
    """Cards due per coming study day (today includes overdue cards)."""
    total = sum(f.due for f in forecast)
    title = f"Cards due, next {len(forecast)} days ({total})"
    dates, due = [f.date for f in forecast], [f.due for f in forecast]
    draw_bars(plot, title, dates, due, from_end=False)


def weekly_retention(days: Sequence[DayCount], weeks: int) -> list[tuple[dt.date, float | None]]:
    """True retention per week (7 study days ending on the date), oldest first."""
    result: list[tuple[dt.date, float | None]] = []
    for week in range(weeks, 0, -1):
        end = len(days) - (week - 1) * 7
        chunk = days[max(end - 7, 0) : end]
        if not chunk:
            continue
        answers = sum(d.retention_reviews for d in chunk)
        passed = sum(d.retention_passed for d in chunk)
        result.append((chunk[-1].date, passed / answers if answers else None))
    return result


def draw_retention(plot: Any, days: Sequence[DayCount], desired: float, weeks: int = 12) -> None:
    """Weekly true retention as a line, beside the desired retention."""
    plt = plot.plt
    plt.clear_data()
    plt.clear_figure()
    plt.title(f"True retention per week (desired {desired:.0%})")
    points = weekly_retention(days, weeks)
    known = [(i + 1, 100 * r) for i, (_, r) in enumerate(points) if r is not None]
    plt.ylim(min([100 * desired - 10, *(r for _, r in known)]), 100)
    plt.xlim(1, max(len(points), 2))
    if known:
        plt.plot([i for i, _ in known], [r for _, r in known], marker="braille", label="true %")
    plt.hline(100 * desired)
    if points:
        plt.xticks(*_ticks([f"{d:%m-%d}" for d, _ in points], 3))
    plot.refresh()


def heat_level(reviews: int, top: int) -> int:
    """0 for no review, else 1-4 by quarter of the busiest day."""
    if reviews <= 0 or top <= 0:
        return 0
    return min(4, 1 + (4 * (reviews - 1)) // top)


def heatmap_text(days: Sequence[DayCount]) -> Text:
    """A calendar of the days: one column per week, Monday at the top."""
    text = Text()
    if not days:
        return text
    top = max(d.reviews for d in days)
    first = days[0].date
    start = first - dt.timedelta(days=first.weekday())
    weeks = (days[-1].date - start).days // 7 + 1
    by_date = {d.date: d.reviews for d in days}
    months = [" "] * weeks
    for week in range(weeks):
        monday = start + dt.timedelta(weeks=week)
        if monday.day <= 7 and week + 3 <= weeks:
            months[week : week + 3] = list(f"{monday:%b}")
    text.append("    " + "".join(months) + "\n", style="dim")
    for weekday in range(7):
        text.append(f"{_WEEKDAYS[weekday]:<4}", style="dim")
        for week in range(weeks):
            day = start + dt.timedelta(days=week * 7 + weekday)
            if day not in by_date:
                text.append(" ")
                continue
            level = heat_level(by_date[day], top)
            if level == 0:
                text.append("·", style="dim")
            else:
                text.append("■", style=Style(color=HEAT_COLOURS[level - 1]))
        text.append("\n")
    text.append("    less ", style="dim")
    for colour in HEAT_COLOURS:
        text.append("■", style=Style(color=colour))
    text.append(" more", style="dim")
    return text


class Heatmap(Static):
    """Reviews per day over the last year as a calendar."""

    DEFAULT_CSS = """
    Heatmap { height: auto; width: auto; }
    """

    def show(self, days: Sequence[DayCount]) -> None:
        """Draw these days."""
        self.update(heatmap_text(days))
