"""Writing output files so that no half-written file is ever left behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from studyapp.core.errors import InputError


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
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            if isinstance(text, str):
                stream.write(text)
            else:
                stream.writelines(text)
        Path(temp_name).replace(path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
