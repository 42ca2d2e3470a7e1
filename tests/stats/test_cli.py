"""``studyapp stats``: the summary, ``--json`` and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import update

from studyapp.cli.errors import StudyappError
from studyapp.cli.main import main
from studyapp.cli.stats_commands import export_csv, neutralise, sparkline
from studyapp.db.models import Deck, Note
from studyapp.services.stats_views import ReviewLogEntry
from tests.stats.history import BINH_LUC, NOW, History, add_log, local


def run(db_path: Path, *args: str) -> Result:
    env = {"STUDYAPP_NOW": NOW.isoformat()}
    return CliRunner().invoke(main, ["--db", str(db_path), "stats", *args], env=env)


@pytest.fixture
def db_file(history: History, db_path: Path) -> Path:
    """The history's database file, closed so the command opens it afresh."""
    history.database.close()
    return db_path


def test_summary_tables(db_file: Path) -> None:
    result = run(db_file)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Statistics for all decks · study day 2026-03-02\n(time zone Asia/Ho_Chi_Minh" in out
    assert "Hà Nam::Bình Lục     12    6      2       4       2     2      1    92%      33%" in out
    assert "All                  16    9      2       5       3     2      1    91%      31%" in out
    assert "Today: 4 reviews, 23 s · streak 3 days (longest 4)" in out
    assert "today 67% (2/3) · 7 d 67% (4/6) · 30 d 71% (5/7) · all 75% (6/8)" in out
    assert "03-02    2  03-03    0  03-04    1" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_summary_of_one_deck_has_its_article(db_file: Path) -> None:
    result = run(db_file, BINH_LUC)
    assert result.exit_code == 0, result.output
    assert "Mastery per paragraph of the article (Hà Nam::Bình Lục):" in result.output
    assert "¶1     38%   8c  Đoạn một." in result.output


def test_json_output(db_file: Path) -> None:
    result = run(db_file, "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["schema_version"] == 1
    assert document["activity"]["current_streak"] == 3


def test_unknown_deck_exits_2(db_file: Path) -> None:
    result = run(db_file, "Nowhere", "--json")
    assert result.exit_code == 2
    assert "no deck called 'Nowhere'" in result.output


def test_neutralise() -> None:
    for risky in ("=1+1", "+84 912", "-5 độ", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(risky) == "'" + risky
    for safe in ("Huyện có 10 thôn?", "", "1=1", "a-b"):
        assert neutralise(safe) == safe


def test_export_writes_the_review_log(history: History, db_path: Path, tmp_path: Path) -> None:
    # A formula hidden in a deck name and in a question.
    add_log(history, "b8", local("2026-03-02 12:00"), 4, 0, 1500)
    with history.database.write() as session:
        session.execute(
            update(Deck).where(Deck.id == history.decks[BINH_LUC]).values(name="=HYPERLINK(1)")
        )
        note = session.get(Note, 3)
        assert note is not None
        note.fields = {**note.fields, "question": "-1+2 thôn?"}
    history.database.close()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "progress.csv"
    result = run(db_path, "--export", str(target))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote 13 reviews to {target}"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["card_id", "deck", "question", "rating", "reviewed_at", "duration_ms"]
    assert len(rows) == 14
    # Oldest first: the answer of 2025-12-01 09:00 Hà Nội time, 02:00 UTC.
    assert rows[1] == [
        str(history.cards["b5"]),
        "'=HYPERLINK(1)",
        "Huyện có bao nhiêu thôn loại 1?",
        "2",
        "2025-12-01T02:00:00+00:00",
        "3000",
    ]
    last = rows[-1]
    assert last[1:] == ["'=HYPERLINK(1)", "'-1+2 thôn?", "4", "2026-03-02T05:00:00+00:00", "1500"]
    assert [p.name for p in out.iterdir()] == ["progress.csv"]  # no temporary file left


def test_export_of_one_deck(db_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "kim-bang.csv"
    assert run(db_file, "Hà Nam::Kim Bảng", "--export", str(target)).exit_code == 0
    rows = list(csv.reader(target.open(encoding="utf-8-sig", newline="")))
    assert [row[1] for row in rows[1:]] == ["Hà Nam::Kim Bảng"]


def _entries(count: int, fail_after: int | None = None) -> Iterator[ReviewLogEntry]:
    for number in range(count):
        if number == fail_after:
            raise RuntimeError("interrupted")
        yield ReviewLogEntry(number, "deck", "q", 3, NOW + dt.timedelta(minutes=number), 100)


def test_an_interrupted_export_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "progress.csv"
    target.write_text("old contents", encoding="utf-8")
    with pytest.raises(RuntimeError):
        export_csv(_entries(10, fail_after=5), target)
    assert target.read_text(encoding="utf-8") == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.csv"]
    assert export_csv(_entries(3), target) == 3
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 4


def test_export_into_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StudyappError, match="cannot write"):
        export_csv(_entries(1), tmp_path / "missing" / "progress.csv")


def test_sparkline() -> None:
    assert sparkline([0, 1, 2, 4, 8]) == " ▁▂▄█"
    assert sparkline([0, 0]) == "  "
