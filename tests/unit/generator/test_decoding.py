"""Bytes -> text: accepted encodings and every refused input."""

from __future__ import annotations

import codecs

import pytest

from studyapp.core.article import MAX_BYTES, decode_article, read_article
from studyapp.core.errors import InputError
from tests.unit.generator.helpers import to_cp1258

TEXT = "Huyện Bình Lục có 17 đơn vị hành chính, thủy sản chiếm 25,5%.\n"


def test_utf8_plain_and_with_bom() -> None:
    plain = decode_article(TEXT.encode(), filename="a.txt")
    bom = decode_article(codecs.BOM_UTF8 + TEXT.encode(), filename="a.txt")
    assert plain.text == bom.text == TEXT
    assert plain.encoding == "utf-8"
    assert bom.encoding == "utf-8-sig"
    assert not bom.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = TEXT.encode(codec)
    if codec != "utf-16":
        bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    decoded = decode_article(data, filename="a.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-16"


def test_cp1258_is_detected_and_reported() -> None:
    decoded = decode_article(to_cp1258(TEXT), filename="a.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1258"
    assert any("cp1258" in notice for notice in decoded.notices)


def test_crlf_and_nbsp_are_normalised() -> None:
    decoded = decode_article("Dòng một\r\nDòng\u00a0hai\r".encode(), filename="a.txt")
    assert decoded.text == "Dòng một\nDòng hai\n"


def test_nfd_input_becomes_nfc() -> None:
    decoded = decode_article("Hoa\u0300 Bi\u0300nh".encode(), filename="a.txt")
    assert decoded.text == "Hoà Bình"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "white space"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        (b"%PDF-1.7\n" + bytes(200), "binary"),
        (bytes(range(256)) * 4, "binary"),
        ("Xin chào các bạn".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid"),
        ("Ceci est écrit en français, très bien ».".encode("latin-1"), "unknown text encoding"),
        ("中文新闻报道".encode("gb2312"), "unknown text encoding"),
    ],
)
def test_bad_inputs_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_article(data, filename="bad.txt")
    assert message in caught.value.message
    assert caught.value.file == "bad.txt"
    assert str(caught.value).startswith("bad.txt: ")


def test_size_limit() -> None:
    assert MAX_BYTES == 5 * 1024 * 1024
    decode_article(b"a" * 1000, filename="ok.txt")
    with pytest.raises(InputError, match="too large"):
        decode_article(b"a" * (MAX_BYTES + 1), filename="big.txt")


def test_read_article_keeps_offsets_between_text_and_norm() -> None:
    article = read_article("Tiêu đề\n\nVăn hoá thuỷ sản. Hoá học tốt.\n".encode(), filename="x")
    assert [s.text for s in article.sentences] == ["Văn hoá thuỷ sản.", "Hoá học tốt."]
    assert [s.norm for s in article.sentences] == ["Văn hóa thủy sản.", "Hóa học tốt."]
    assert all(len(s.text) == len(s.norm) for s in article.sentences)
