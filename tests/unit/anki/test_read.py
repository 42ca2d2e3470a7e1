"""Reading Anki "Notes in Plain Text" files: Anki's own layout, other separators, errors."""

from __future__ import annotations

import pytest

from studyapp.core.anki import AnkiModel, import_anki_csv, read_anki_csv
from studyapp.core.anki.csv_lines import MAX_FIELD_CHARS
from studyapp.core.errors import InputError
from studyapp.core.model import CardType, FactKind

# What Anki's own "Notes in Plain Text" export writes: values quoted only when
# needed, HTML from its editor, tags sorted, a 3-field note type widening all rows.
ANKI_EXPORT = (
    "#separator:tab\n"
    "#html:true\n"
    "#guid column:1\n"
    "#notetype column:2\n"
    "#deck column:3\n"
    "#tags column:7\n"
    "f!Q2w]3eR4\tBasic\tDefault\tWhat is <b>2+2</b>?\t4<br>four\t\tmath arithmetic\n"
    'b,X9&k0PLm\tCloze\tNgôn ngữ::Tiếng Việt\t"Thủ đô là {{c1::Hà Nội}}<div>dòng&nbsp;hai</div>"'
    '\t"Extra ""quoted""\nsecond line"\t\tvi địa_lý\n'
    "Zz9\tBasic (optional reversed card)\tDefault\tFront &amp; more\tBack\ty\t\n"
)


def test_reads_ankis_own_export() -> None:
    rows = read_anki_csv(ANKI_EXPORT.encode(), file="anki.txt")
    assert [r.guid for r in rows] == ["f!Q2w]3eR4", "b,X9&k0PLm", "Zz9"]
    assert [r.model for r in rows] == [AnkiModel.BASIC, AnkiModel.CLOZE, AnkiModel.BASIC]
    assert [r.line for r in rows] == [7, 8, 10]
    assert rows[1].deck == "Ngôn ngữ::Tiếng Việt"
    assert rows[1].fields[1] == 'Extra "quoted"\nsecond line'
    assert rows[1].tags == ("vi", "địa_lý")

    notes = import_anki_csv(ANKI_EXPORT.encode(), file="anki.txt")
    basic, cloze, reversed_basic = (n.note for n in notes)
    assert (basic.question, basic.answer) == ("What is 2+2?", "4\nfour")
    assert basic.kind is FactKind.OTHER
    assert basic.card_types == (CardType.QA, CardType.TYPED)
    assert basic.tags == ("math", "arithmetic")
    assert cloze.cloze == "Thủ đô là {{c1::Hà Nội}}\ndòng hai"
    assert (cloze.question, cloze.answer) == ("Thủ đô là [...]\ndòng hai", "Hà Nội")
    assert cloze.source_sentence == 'Extra "quoted" second line'  # raw line break in HTML
    assert cloze.card_types == (CardType.CLOZE,)
    assert reversed_basic.question == "Front & more"
    assert [n.deck_slug for n in notes] == [None, None, None]


def test_comma_separator_plain_text_and_embedded_newlines() -> None:
    text = (
        "#separator:Comma\n"
        "#html:false\n"
        "#deck:Nhập\n"
        'Câu <một>,"Đáp án, có dấu phẩy\nvà dòng mới",t1 t2\n'
        "#a comment between rows\n"
        "\n"
        '"Hai\n#không phải chú thích",b,\n'
    )
    notes = import_anki_csv(text.encode(), file="c.csv")
    assert [(n.note.question, n.note.answer, n.note.tags) for n in notes] == [
        ("Câu <một>", "Đáp án, có dấu phẩy\nvà dòng mới", ("t1", "t2")),
        ("Hai\n#không phải chú thích", "b", ()),
    ]
    assert {n.deck for n in notes} == {"Nhập"}
    assert [n.line for n in notes] == [4, 8]


def test_semicolon_separator_with_notetype_and_deck_columns() -> None:
    text = (
        "#separator:;\n"
        "#html:true\n"
        "#notetype column:1\n"
        "#deck column:2\n"
        'Basic;Deck A;"Q<br>line";"A ""x"""\n'
        'Điền chỗ trống;Deck A::B;"{{c1::x}} y\nz";extra\n'
    )
    rows = read_anki_csv(text.encode(), file="s.txt")
    assert [(r.model, r.deck, r.fields) for r in rows] == [
        (AnkiModel.BASIC, "Deck A", ("Q<br>line", 'A "x"')),
        (AnkiModel.CLOZE, "Deck A::B", ("{{c1::x}} y\nz", "extra")),
    ]


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("#separator:tab\n", ("a", "b;c")),
        ("#separator:\t\n", ("a", "b;c")),
        ("#separator:semicolon\n", ("a\tb", "c")),
        ("#separator: PIPE \n", ("a\tb;c", "")),
        ("", ("a", "b;c")),  # detected: tab comes first in Anki's order
    ],
)
def test_separator_names_literals_and_detection(first_line: str, expected: tuple[str, str]) -> None:
    text = first_line + "#html:false\na\tb;c\n"
    (row,) = read_anki_csv(text.encode(), file="f", default_deck="D")
    assert row.fields == expected


def test_detects_semicolon_and_html_without_header() -> None:
    (row,) = read_anki_csv(b"front <b>x</b>;back\n", file="f", default_deck="D")
    assert row.fields == ("front <b>x</b>", "back")  # HTML kept: the file looks like HTML


def test_default_deck_and_notetype_for_files_without_columns() -> None:
    notes = import_anki_csv(b"#separator:tab\nq\ta\n", file="f", default_deck="Mine")
    assert [(n.deck, n.note.question) for n in notes] == [("Mine", "q")]
    (row,) = read_anki_csv(
        b"#separator:tab\n{{c1::x}}\tinfo\n", file="f", default_deck="D", default_notetype="Cloze"
    )
    assert row.model is AnkiModel.CLOZE
    with pytest.raises(InputError, match="no deck"):
        read_anki_csv(b"#separator:tab\nq\ta\n", file="f")


def test_columns_header_maps_fields_by_name_and_legacy_tags_line() -> None:
    text = "tags:from-file\n#separator:tab\n#columns:Back\tFront\n#tags:more\nanswer\tquestion\n"
    (row,) = read_anki_csv(text.encode(), file="f", default_deck="D")
    assert row.fields == ("question", "answer")
    assert row.tags == ("more",)  # as in Anki, "#tags:" replaces the "tags:" line
    assert row.line == 5
    (row,) = read_anki_csv(b"tags:a b\nq\tx\n", file="f", default_deck="D")
    assert (row.tags, row.line) == (("a", "b"), 2)


def test_a_column_after_the_fields_is_tags_as_in_anki() -> None:
    (row,) = read_anki_csv(b"#separator:tab\nq\ta\tx y\n", file="f", default_deck="D")
    assert row.fields == ("q", "a")
    assert row.tags == ("x", "y")


def test_bom_and_crlf_line_endings() -> None:
    text = '\ufeff#separator:tab\r\n#html:false\r\nq\ta\r\nq2\t"a\r\nb"\r\n'
    rows = read_anki_csv(text.encode(), file="f", default_deck="D")
    assert [r.fields for r in rows] == [("q", "a"), ("q2", "a<br>b")]


def test_empty_file_gives_no_rows() -> None:
    assert read_anki_csv(b"#separator:tab\n#html:true\n", file="f") == []
    assert read_anki_csv(b"", file="f") == []


GOOD_HEADER = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
    "#tags column:6\n"
)
GOOD_ROW = '"g1"\t"Basic"\t"D"\t"q"\t"a"\t""\n'  # line 7


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"#separator:foo\nq\ta\n", 1, "unknown separator"),
        (b"#html:true\n#separator:\xe2\x99\xa5\nq\n", 2, "unknown separator"),
        (b"#separator:tab\n#html:maybe\n", 2, "#html"),
        (b"#separator:tab\n#guid column:x\nq\ta\n", 2, "column number"),
        (b"#separator:tab\n#notetype:Nope\nq\ta\n", 2, "unknown note type"),
        (
            (GOOD_HEADER + GOOD_ROW + '"g2"\t"Basic"\t"D"\t"q\ta\t\nmore\n').encode(),
            8,
            "unterminated",
        ),
        ((GOOD_HEADER + GOOD_ROW + '"g2"\t"Basic"\t"D"\t"q"\n').encode(), 8, "expected 6"),
        ((GOOD_HEADER + GOOD_ROW + '"g2"\t"Basic"\t"D"\t"q"\t"a"\t""\t"x"\n').encode(), 8, "6"),
        ((GOOD_HEADER + GOOD_ROW + '"g2"\t"Basik"\t"D"\t"q"\t"a"\t""\n').encode(), 8, "Basik"),
        ((GOOD_HEADER + GOOD_ROW + '"g2"\t"Cloze"\t"D"\t"q"\t"a"\t""\n').encode(), 8, "deletion"),
        ((GOOD_HEADER + GOOD_ROW + GOOD_ROW).encode(), 8, "also used on line 7"),
        ((GOOD_HEADER + GOOD_ROW + '"g2"\t"Basic"\t""\t"q"\t"a"\t""\n').encode(), 8, "no deck"),
        (GOOD_HEADER.encode() + GOOD_ROW.encode() + b'"g2"\t"Basic"\t"D"\t"\xff"', 8, "UTF-8"),
        (
            (
                GOOD_HEADER + GOOD_ROW + f'"g2"\t"Basic"\t"D"\t"{"x" * (MAX_FIELD_CHARS + 1)}"'
                '\t"a"\t""\n'
            ).encode(),
            8,
            "longer than",
        ),
        (
            (GOOD_HEADER + GOOD_ROW + f'"g2"\t"Basic"\t"D"\t"{"x" * 200_000}"\t"a"\t""\n').encode(),
            8,
            "longer than",
        ),
    ],
    ids=[
        "unknown-separator",
        "unknown-separator-char",
        "bad-html",
        "bad-column",
        "unknown-header-notetype",
        "unterminated-quote",
        "too-few-fields",
        "too-many-fields",
        "unknown-notetype",
        "cloze-without-deletion",
        "duplicate-guid",
        "empty-deck",
        "not-utf8",
        "huge-field",
        "huger-than-csv-limit",
    ],
)
def test_malformed_input_names_file_and_line(data: bytes, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        import_anki_csv(data, file="bad.txt")
    err = caught.value
    assert (err.file, err.line) == ("bad.txt", line)
    assert message in err.message
    assert str(err).startswith(f"bad.txt:{line}: ")


def test_non_utf8_line_is_counted_in_bytes() -> None:
    data = "#separator:tab\nđ\tá\n".encode() + b"x\t\xc3\x28\n"
    with pytest.raises(InputError) as caught:
        read_anki_csv(data, file="f", default_deck="D")
    assert caught.value.line == 3


def test_bare_carriage_return_line_ends() -> None:
    rows = read_anki_csv(b'q\ta\rq2\t"x\ry"\r', file="f", default_deck="D")
    assert [(r.line, r.fields) for r in rows] == [(1, ("q", "a")), (2, ("q2", "x<br>y"))]


@pytest.mark.parametrize(
    "body",
    [
        GOOD_ROW + '"g2"\t"Basic"\t"D"\t"two\r\nlines\n and three"\t"a"\t""\r\n',
        GOOD_ROW + '"g2"\t"Basic"\t"D"\t"q"\t"a"\t""',  # no final line break
        GOOD_ROW + '"g2"\t"Basic"\t"D"\t"q\ta\t\nmore\n',  # unterminated
        GOOD_ROW + f'"g2"\t"Basic"\t"D"\t"{"x" * 200_000}"\t"a"\t""\n',  # csv's own limit
        GOOD_ROW + '"g2"\t"Basic"\t"D"\t"\udcff"\t"a"\t""\n',  # not UTF-8 (below)
    ],
    ids=["multi-line-values", "unended-last-line", "unterminated", "csv-limit", "not-utf8"],
)
def test_plain_files_read_as_line_by_line(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path for files without comments or blank lines agrees with the general one."""
    from studyapp.core.anki import csv_lines

    data = (GOOD_HEADER + body).encode("utf-8", "surrogateescape")
    assert csv_lines._plain_body(data, len(GOOD_HEADER))

    def outcome() -> object:
        try:
            return csv_lines.read_records(data, len(GOOD_HEADER), 7, "\t", "f")
        except InputError as err:
            return str(err)

    fast = outcome()
    monkeypatch.setattr(csv_lines, "_plain_body", lambda data, start: False)
    assert fast == outcome()
