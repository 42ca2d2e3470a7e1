"""Pilot tests of the Generate screen: preview, exclude, name, save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from textual.pilot import Pilot

from studyapp.core.model import DeckDraft
from studyapp.db.models import Deck, Note
from studyapp.services.opening import AppContext
from studyapp.tui.app import StudyApp
from studyapp.tui.runtime import Runtime
from studyapp.tui.screens.generate import GenerateFn, GenerateScreen
from studyapp.tui.screens.home import HomeScreen
from tests.tui.conftest import Ticks
from tests.tui.decks import study_deck
from tests.tui.helpers import press, settle, shown, type_text

SIZE = (80, 24)
ARTICLE = """Bình Lục đẩy mạnh xây dựng nông thôn mới

(HNP) - Năm 2023, huyện Bình Lục có 17 xã đạt chuẩn nông thôn mới nâng cao, tổng giá trị
sản xuất đạt 6.245 tỷ đồng, tăng 9,8% so với cùng kỳ.

Huyện Bình Lục có 18 đơn vị hành chính cấp xã, gồm 17 xã và 1 thị trấn với hơn 150.000 nhân khẩu.
"""


@dataclass(frozen=True)
class FakeResult:
    deck: DeckDraft
    notices: tuple[str, ...] = ("5 notes from 2 paragraphs",)


def notes_of(context: AppContext, deck_name: str) -> list[str]:
    with context.database.read() as session:
        return list(
            session.scalars(
                select(Note.guid)
                .join(Deck, Deck.id == Note.deck_id)
                .where(Deck.name == deck_name)
                .order_by(Note.position)
            )
        )


def fake_generator(calls: list[Path]) -> GenerateFn:
    """A generator that records its calls and returns the fixed deck as "Bài mới"."""

    def generate(path: Path, name: str | None) -> FakeResult:
        calls.append(path)
        deck = study_deck("Bài mới")
        # New guids: the same guids would update the notes of the deck already stored.
        notes = tuple(replace(note, guid=f"new-{note.guid}") for note in deck.notes)
        return FakeResult(replace(deck, slug="bai-moi", notes=notes))

    return generate


async def open_generate(pilot: Pilot[None], calls: list[Path]) -> None:
    app = pilot.app
    assert isinstance(app, StudyApp)
    await settle(pilot)
    await app.push_screen(GenerateScreen(app.runtime, generate=fake_generator(calls)))
    await settle(pilot)


async def test_preview_exclude_rename_and_save(app_context: AppContext, tmp_path: Path) -> None:
    calls: list[Path] = []
    app = StudyApp(Runtime(app_context, monotonic=Ticks()))
    async with app.run_test(size=SIZE) as pilot:
        await open_generate(pilot, calls)
        await type_text(pilot, str(tmp_path / "bai.txt"))
        await press(pilot, "enter")
        assert calls == [tmp_path / "bai.txt"]
        text = shown(pilot)
        assert "5 questions, 5 kept" in text
        assert "note: 5 notes from 2 paragraphs" in text
        assert "Huyện Bình Lục có bao nhiêu xã?" in text
        await press(pilot, "down", "space")
        text = shown(pilot)
        assert "✗ skip" in text and "5 questions, 4 kept" in text
        await press(pilot, "shift+tab")
        assert app.focused is not None and app.focused.id == "deck-name"
        assert "Bài mới" in shown(pilot)  # the generated name, to be changed
        await press(pilot, "ctrl+a", "ctrl+k")
        await type_text(pilot, "Bài đã chọn")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, HomeScreen)
        assert "Bài đã chọn" in shown(pilot)
    assert notes_of(app_context, "Bài đã chọn") == [
        "new-tui-00",
        "new-tui-02",
        "new-tui-03",
        "new-tui-04",
    ]


async def test_toggle_all_and_nothing_to_save(app_context: AppContext, tmp_path: Path) -> None:
    app = StudyApp(Runtime(app_context, monotonic=Ticks()))
    async with app.run_test(size=SIZE) as pilot:
        await open_generate(pilot, [])
        await type_text(pilot, "x.txt")
        await press(pilot, "enter", "a")
        assert "5 questions, 0 kept" in shown(pilot)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, GenerateScreen)
        await press(pilot, "a")
        assert "5 questions, 5 kept" in shown(pilot)


async def test_real_generator_on_an_article_file(
    app_context: AppContext, tmp_path: Path, now: dt.datetime
) -> None:
    article = tmp_path / "binh-luc.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = StudyApp(Runtime(app_context, monotonic=Ticks()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "g")
        assert isinstance(app.screen, GenerateScreen)
        await type_text(pilot, str(article))
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, GenerateScreen) and screen.deck is not None
        count = len(screen.deck.notes)
        assert count > 0
        assert f"{count} questions, {count} kept" in shown(pilot)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, HomeScreen)
    assert len(notes_of(app_context, "Bình Lục đẩy mạnh xây dựng nông thôn mới")) == count


async def test_a_missing_file_is_reported_on_the_screen(app_context: AppContext) -> None:
    app = StudyApp(Runtime(app_context, monotonic=Ticks()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "g")
        await type_text(pilot, "/no/such/article.txt")
        await press(pilot, "enter")
        assert "✗ /no/such/article.txt: no such file" in shown(pilot)
        assert isinstance(app.screen, GenerateScreen)
