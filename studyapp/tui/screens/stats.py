"""The Stats screen: what the learner knows, as tables and charts.

``StatsScreen(app_context)`` where ``app_context`` is a
:class:`studyapp.services.opening.AppContext`; it pops itself on Escape. The
figures come from :func:`studyapp.services.stats.stats` in a worker thread,
at :func:`studyapp.clock.utc_now` (which honours ``STUDYAPP_NOW``).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Select, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot

from studyapp.clock import utc_now
from studyapp.services.opening import AppContext
from studyapp.services.stats import stats as build_stats
from studyapp.services.stats_views import RetentionFigure, Stats
from studyapp.tui.background import in_thread
from studyapp.tui.formatting import format_seconds
from studyapp.tui.widgets.stats_article import ArticleShading
from studyapp.tui.widgets.stats_charts import (
    Heatmap,
    draw_forecast,
    draw_retention,
    draw_reviews,
)

ALL_DECKS = 0
TABS = ("overview", "activity", "forecast", "retention", "article", "hardest")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _retention(label: str, figure: RetentionFigure) -> str:
    return f"{label} {_percent(figure.rate)}"


def overview_text(figures: Stats) -> str:
    """The lines above the deck table."""
    activity, retention, memory = figures.activity, figures.retention, figures.memory
    month = activity.last(30)
    today = activity.today
    rates = " · ".join(
        _retention(label, figure)
        for label, figure in (
            ("today", retention.today),
            ("7 d", retention.last_7_days),
            ("30 d", retention.last_30_days),
            ("all", retention.all_time),
        )
    )
    return "\n".join(
        (
            f"Today      {today.reviews} reviews · {format_seconds(today.duration_ms // 1000)}"
            f" · streak {activity.current_streak} d (longest {activity.longest_streak})",
            f"Last 30 d  {month.reviews} reviews · {format_seconds(month.duration_ms // 1000)}"
            f" · studied {month.days_studied} of 30 days",
            f"Retention  {rates} (desired {_percent(retention.desired)})",
            f"Memory     average recall {_percent(memory.average_retrievability)}"
            f" · mastered {memory.mastered} of {memory.total} ({_percent(memory.mastery)})",
        )
    )


class StatsScreen(Screen[None]):
    """Progress statistics for the learner of ``app_context``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="Back to the deck list"),
        Binding("d", "choose_deck", "Deck", tooltip="Choose the deck the figures are about"),
        Binding("y", "toggle_span", "30/365 d", tooltip="Reviews per day: last 30 or 365 days"),
        Binding("r", "reload", "Refresh", tooltip="Read the figures again"),
        *(
            Binding(str(n), f"show_tab('{tab}')", tab.capitalize(), show=False)
            for n, tab in enumerate(TABS, start=1)
        ),
    ]
    DEFAULT_CSS = """
    StatsScreen #stats-top { height: 1; }
    StatsScreen #stats-title { width: 1fr; text-style: bold; }
    StatsScreen #stats-deck { width: 32; }
    StatsScreen TabbedContent { height: 1fr; }
    StatsScreen TabPane { padding: 0 1; }
    StatsScreen #stats-overview { margin-bottom: 1; }
    StatsScreen #stats-decks, StatsScreen #stats-hardest { height: auto; max-height: 100%; }
    StatsScreen #stats-reviews { height: 10; }
    StatsScreen #stats-heatmap { margin-top: 1; }
    StatsScreen #stats-retention-text { margin-bottom: 1; }
    """

    def __init__(self, app_context: AppContext) -> None:
        super().__init__()
        self.app_context = app_context
        self.figures: Stats | None = None
        self.deck_names: list[str] = []
        self.long_span = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="stats-top"):
            yield Static("Progress · loading…", id="stats-title")
            yield Select(
                [("All decks", ALL_DECKS)],
                value=ALL_DECKS,
                allow_blank=False,
                compact=True,
                id="stats-deck",
            )
        with TabbedContent(id="stats-tabs"):
            with TabPane("Overview", id="overview"), VerticalScroll():
                yield Static(id="stats-overview")
                yield DataTable(id="stats-decks", cursor_type="row", zebra_stripes=True)
            with TabPane("Activity", id="activity"), VerticalScroll():
                yield PlotextPlot(id="stats-reviews")
                yield Heatmap(id="stats-heatmap")
            with TabPane("Forecast", id="forecast"):
                yield PlotextPlot(id="stats-forecast")
            with TabPane("Retention", id="retention"):
                yield Static(id="stats-retention-text")
                yield PlotextPlot(id="stats-retention")
            with TabPane("Article", id="article"), VerticalScroll():
                yield ArticleShading(id="stats-article")
            with TabPane("Hardest", id="hardest"):
                yield DataTable(id="stats-hardest", cursor_type="row")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Read the figures for every deck."""
        self.load()

    # -- loading ------------------------------------------------------------

    @property
    def deck(self) -> str | None:
        """The deck the figures are about (``None``: all decks)."""
        value = self.query_one("#stats-deck", Select).value
        if not isinstance(value, int) or value == ALL_DECKS or value > len(self.deck_names):
            return None
        return self.deck_names[value - 1]

    def load(self) -> None:
        """Read the figures in a worker; :meth:`show` draws them."""
        context, deck = self.app_context, self.deck
        in_thread(
            self,
            lambda: build_stats(context.database, context.learner_id, now=utc_now(), deck=deck),
            self.show,
            group="stats",
            exclusive=True,
        )

    def show(self, figures: Stats) -> None:
        """Draw every tab from these figures."""
        self.figures = figures
        if figures.deck is None:
            self._set_deck_options([d.name for d in figures.decks])
        scope = figures.deck or "all decks"
        self.query_one("#stats-title", Static).update(
            f"Progress · {scope} · {figures.today:%Y-%m-%d}"
        )
        self.query_one("#stats-overview", Static).update(overview_text(figures))
        self._fill_decks(figures)
        self._draw_activity()
        draw_forecast(self.query_one("#stats-forecast", PlotextPlot), figures.forecast)
        retention = figures.retention
        self.query_one("#stats-retention-text", Static).update(
            "Share of reviews of learned cards not answered Again: "
            + " · ".join(
                f"{label} {_percent(f.rate)} ({f.passed}/{f.reviews})"
                for label, f in (
                    ("today", retention.today),
                    ("7 d", retention.last_7_days),
                    ("30 d", retention.last_30_days),
                    ("all", retention.all_time),
                )
            )
        )
        draw_retention(
            self.query_one("#stats-retention", PlotextPlot),
            figures.activity.days,
            retention.desired,
        )
        self.query_one("#stats-article", ArticleShading).show(figures.articles)
        self._fill_hardest(figures)

    def _set_deck_options(self, names: list[str]) -> None:
        if names == self.deck_names:
            return
        self.deck_names = names
        select = self.query_one("#stats-deck", Select)
        with select.prevent(Select.Changed):
            select.set_options(
                [("All decks", ALL_DECKS), *((n, i) for i, n in enumerate(names, start=1))]
            )
            select.value = ALL_DECKS

    def _fill_decks(self, figures: Stats) -> None:
        table = self.query_one("#stats-decks", DataTable)
        table.clear(columns=True)
        table.add_columns("Deck", "Cards", "New", "Learn", "Review", "Mature", "Susp", "Mastery")
        rows = [(d.name, d.cards, d.memory) for d in figures.decks]
        if len(rows) > 1:
            rows.append(("All", figures.cards, figures.memory))
        for name, cards, memory in rows:
            table.add_row(
                name,
                cards.total,
                cards.new,
                cards.learning + cards.relearning,
                cards.review,
                cards.mature,
                cards.suspended,
                _percent(memory.mastery),
            )

    def _fill_hardest(self, figures: Stats) -> None:
        table = self.query_one("#stats-hardest", DataTable)
        table.clear(columns=True)
        table.add_columns("Lapses", "Recall", "State", "Question")
        for card in figures.hardest:
            table.add_row(card.lapses, _percent(card.retrievability), card.state, card.question)
        if not figures.hardest:
            table.add_row("–", "–", "–", "No studied cards yet")

    def _draw_activity(self) -> None:
        if self.figures is None:
            return
        days = self.figures.activity.days
        draw_reviews(
            self.query_one("#stats-reviews", PlotextPlot), days if self.long_span else days[-30:]
        )
        self.query_one("#stats-heatmap", Heatmap).show(days)

    # -- actions ------------------------------------------------------------

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another deck was chosen: read its figures."""
        if event.select.id == "stats-deck":
            self.load()

    def action_choose_deck(self) -> None:
        """Open the deck list."""
        select = self.query_one("#stats-deck", Select)
        select.focus()
        select.action_show_overlay()

    def action_toggle_span(self) -> None:
        """Reviews per day over the last 30 or 365 days."""
        self.long_span = not self.long_span
        self._draw_activity()

    def action_reload(self) -> None:
        """Read the figures again."""
        self.load()

    def action_show_tab(self, tab: str) -> None:
        """Switch to a tab by its id."""
        self.query_one("#stats-tabs", TabbedContent).active = tab

    def action_back(self) -> None:
        """Back to where the screen was opened from."""
        self.dismiss()
