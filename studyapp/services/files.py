"""Writing output files so that no half-written file is ever left behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from itertools import islice
from pathlib import Path

from studyapp.core.errors import InputError

_PIECES_PER_WRITE = 2_000


def write_text_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write a file through a temporary sibling so no half-written file is ever seen.

    ``text`` may be the lines (or any pieces) of the file: a big export then
    never exists as one string.
    """
    if path.is_dir():
        raise InputError("is a directory", file=str(path))
    if not path.parent.is_dir():
        raise InputError("the folder does not exist", file=str(path))
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(text, str):
                stream.write(text.encode())
            else:
                # Encoded a few thousand pieces at a time: a text stream encodes
                # piece by piece, which took longer than building the export's lines.
                pieces = iter(text)
                while chunk := list(islice(pieces, _PIECES_PER_WRITE)):
                    stream.write("".join(chunk).encode())
        Path(temp_name).replace(path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
