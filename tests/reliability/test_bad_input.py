"""Every kind of bad input: a clear one-line message, a non-zero exit, nothing written.

One table; the README's troubleshooting section lists the same cases.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from studyapp.cli.main import main
from studyapp.services.opening import open_database
from tests.factories import deck, store
from tests.unit.generator.helpers import to_cp1258

SEED = Path(__file__).resolve().parents[2] / "decks" / "van-hoa-cong-vu-binh-luc.txt"


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, the command, and what must be said."""

    name: str
    make: Callable[[Path], list[str]]  # builds the input in a folder, returns CLI args
    message: str
    exit_code: int = 2


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def generate(name: str, data: bytes) -> Callable[[Path], list[str]]:
    return lambda folder: ["generate", str(_file(name, data)(folder))]


def importing(name: str, data: bytes) -> Callable[[Path], list[str]]:
    return lambda folder: ["import", str(_file(name, data)(folder))]


def _with_db(args: list[str]) -> Callable[[Path], list[str]]:
    return lambda folder: args


ANKI_HEADER = b"#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
TOML_NOTE = """format = "studyapp-deck/1"

[deck]
name = "Thử"
slug = "thu"
source_title = ""

[[notes]]
guid = "{guid}"
kind = "count"
question = "Có bao nhiêu xã?"
answer = "16"
cloze = "Có {{{{c1::16}}}} xã."
choices = ["16", "17", "18", "19"]
source_sentence = "Có 16 xã."
paragraph = 0
"""

CASES = [
    # Articles
    Case("empty article", generate("empty.txt", b""), "empty"),
    Case("whitespace-only article", generate("blank.txt", b" \n\t\n  \n"), "white space"),
    Case("binary article", generate("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50), ""),
    Case(
        "UTF-16 without BOM",
        generate("u16.txt", SEED.read_text(encoding="utf-8").encode("utf-16-le")),
        "UTF-16",
    ),
    Case("article that is a directory", lambda f: ["generate", str(f)], "is a directory"),
    Case(
        "article over the size limit",
        generate("huge.txt", b"Huyen co 16 xa. " * (6 * 1024 * 1024 // 16)),
        "limit",
    ),
    Case(
        "article with no facts",
        generate("nofacts.txt", "Hôm nay trời đẹp. Mọi người vui vẻ.\n".encode()),
        "no",
    ),
    Case("missing article", lambda f: ["generate", str(f / "nope.txt")], "no such file"),
    # Deck files and Anki files
    Case(
        "deck file with a TOML syntax error",
        importing("bad.toml", b'format = "studyapp-deck/1"\n[deck\nname = "x"\n'),
        "bad.toml:2",
    ),
    Case(
        "deck file with a missing field",
        importing(
            "missing.toml", TOML_NOTE.format(guid="g1").replace('answer = "16"\n', "").encode()
        ),
        "answer",
    ),
    Case(
        "deck file with duplicate guids",
        importing(
            "dup.toml",
            (
                TOML_NOTE.format(guid="same")
                + TOML_NOTE.format(guid="same").split("[[notes]]")[1].join(["[[notes]]", ""])
            ).encode(),
        ),
        "same",
    ),
    Case(
        "Anki file with an unknown note type",
        importing("nt.txt", ANKI_HEADER + b'"g1"\t"Mystery"\t"Deck"\t"a"\t"b"\n'),
        "nt.txt:6",
    ),
    Case(
        "Anki file with an unterminated quote",
        importing("quote.txt", ANKI_HEADER + b'"g1"\t"Basic"\t"Deck"\t"a"\t"never closed\n'),
        "quote.txt",
    ),
    Case(
        "Anki file with too few fields",
        importing("few.txt", ANKI_HEADER + b'"g1"\t"Basic"\n'),
        "few.txt:6",
    ),
    Case(
        "Anki file with duplicate guids",
        importing(
            "dupes.txt",
            ANKI_HEADER + b'"g1"\t"Basic"\t"D"\t"a"\t"b"\n"g1"\t"Basic"\t"D"\t"c"\t"d"\n',
        ),
        "g1",
    ),
    Case(
        "Anki file with a huge field",
        importing("big.txt", ANKI_HEADER + b'"g1"\t"Basic"\t"D"\t"' + b"x" * 200_000 + b'"\t"b"\n'),
        "big.txt:6",
    ),
    Case(
        "Anki file that is not UTF-8",
        importing("latin.txt", ANKI_HEADER + '"g1"\t"Basic"\t"D"\t"Hà"\t"b"\n'.encode("cp1258")),
        "latin.txt",
    ),
    # The command line
    Case("unknown deck to study", _with_db(["study", "Không có", "--plain"]), "no deck called"),
    Case(
        "unknown deck to export",
        lambda f: ["export", "Không có", "--format", "anki-csv", "-o", str(f / "o.txt")],
        "no deck called",
    ),
    Case("unknown deck for stats", _with_db(["stats", "Không có"]), "no deck called"),
    Case("unknown learner", _with_db(["--learner", "ai-do", "decks"]), "unknown learner"),
    Case("unknown option", _with_db(["decks", "--colour"]), "No such option"),
    Case("bad export format", _with_db(["export", "x", "--format", "pdf", "-o", "x"]), "pdf"),
]


@pytest.fixture
def database(tmp_path: Path, now: dt.datetime) -> Path:
    path = tmp_path / "study.db"
    opened, _, _ = open_database(str(path), now=now, seed=False)
    store(opened, deck("Bình Lục", notes=2), now)
    opened.close()
    return path


def _snapshot(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("decks", "notes", "cards", "card_states", "review_logs", "learners")
        }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_cleanly(case: Case, database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    args = case.make(folder)
    before = _snapshot(database)
    result = CliRunner().invoke(main, ["--db", str(database), *args])
    assert result.exit_code == case.exit_code, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert lines, "no message on stderr"
    if case.message:
        assert case.message.lower() in result.stderr.lower(), result.stderr
    assert _snapshot(database) == before
    assert not list(tmp_path.glob("**/o.txt")), "a half-written export was left behind"


def test_cp1258_and_nfd_articles_are_read_not_refused(database: Path, tmp_path: Path) -> None:
    """Legacy encodings and decomposed text are real input: accepted, and said so."""
    text = SEED.read_text(encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(to_cp1258(text))
    result = CliRunner().invoke(main, ["--db", str(database), "generate", str(legacy)])
    assert result.exit_code == 0, result.output
    assert "cp1258" in result.stderr
    import unicodedata

    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--db", str(database), "generate", str(nfd), "--deck", "NFD"]
    )
    assert result.exit_code == 0, result.output


DATABASE_CASES = [
    ("not SQLite", lambda p: p.write_bytes(b"hello, not a database" * 100), "not an SQLite"),
    ("truncated", lambda p: p.write_bytes(p.read_bytes()[:1500]), "not a usable database"),
]


@pytest.mark.parametrize(
    ("name", "damage", "message"), DATABASE_CASES, ids=[c[0] for c in DATABASE_CASES]
)
def test_damaged_database_is_refused_untouched(
    name: str, damage: Callable[[Path], object], message: str, database: Path
) -> None:
    damage(database)
    before = database.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(database), "decks"])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert database.read_bytes() == before


def test_newer_schema_is_refused(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    before = database.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(database), "decks"])
    assert result.exit_code == 2 and "newer studyapp" in result.stderr
    assert database.read_bytes() == before


@contextmanager
def _immutable(path: Path) -> Iterator[None]:
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr is not available to make a read-only file")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_read_only_database_file(database: Path) -> None:
    with _immutable(database):
        result = CliRunner().invoke(main, ["--db", str(database), "decks"])
    assert result.exit_code == 2 and "read-only" in result.stderr


def test_read_only_folder_for_a_new_database(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with _immutable(folder):
        result = CliRunner().invoke(main, ["--db", str(folder / "new.db"), "decks"])
    assert result.exit_code == 2 and "read-only" in result.stderr
    assert not (folder / "new.db").exists()


def test_database_locked_longer_than_the_timeout(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDYAPP_BUSY_TIMEOUT_MS", "300")
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_bytes())
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        before = _snapshot_while_locked(database)
        result = CliRunner().invoke(main, ["--db", str(database), "generate", str(article)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1, result.output
    assert "locked" in result.stderr and "Traceback" not in result.output
    assert _snapshot(database) == before


def _snapshot_while_locked(path: Path) -> dict[str, int]:
    return _snapshot(path)
