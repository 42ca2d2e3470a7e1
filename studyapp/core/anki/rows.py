"""Anki's side of the mapping: note types, their names, and one CSV row.

Anki translates the names of its stock note types when a collection is
created in another language, and its CSV import finds a note type by name,
so the export offers the names of an English and of a Vietnamese collection
(``--notetype-names en|vi``). The Vietnamese names are the ones Anki itself
uses (its ``notetypes-*`` translations): "Cơ bản" with fields "Mặt trước" /
"Mặt sau", and "Điền chỗ trống" with fields "Văn bản" / "Quay lại kép".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from studyapp.core.vietnamese import nfc


class AnkiModel(StrEnum):
    """The two stock Anki note types we write and read."""

    BASIC = "basic"  # fields: Front, Back
    CLOZE = "cloze"  # fields: Text, Back Extra


@dataclass(frozen=True, slots=True)
class NotetypeNames:
    """The names a collection gives the stock note types and their fields."""

    basic: str
    basic_fields: tuple[str, str]
    cloze: str
    cloze_fields: tuple[str, str]

    def name(self, model: AnkiModel) -> str:
        """The note type name to write for ``model``."""
        return self.basic if model is AnkiModel.BASIC else self.cloze

    def fields(self, model: AnkiModel) -> tuple[str, str]:
        """The field names of ``model``, in Anki's order."""
        return self.basic_fields if model is AnkiModel.BASIC else self.cloze_fields


NotetypeLanguage = Literal["en", "vi"]

NOTETYPE_NAMES: dict[NotetypeLanguage, NotetypeNames] = {
    "en": NotetypeNames("Basic", ("Front", "Back"), "Cloze", ("Text", "Back Extra")),
    "vi": NotetypeNames(
        "Cơ bản", ("Mặt trước", "Mặt sau"), "Điền chỗ trống", ("Văn bản", "Quay lại kép")
    ),
}

# Every name the reader accepts, case-folded. Anki's other stock "Basic"
# variants start with Front and Back too, so their rows read as Basic notes
# (their extra fields are not kept).
_KNOWN_NAMES: dict[str, AnkiModel] = {
    name.casefold(): model
    for names, model in (
        (
            (
                "Basic",
                "Basic (and reversed card)",
                "Basic (optional reversed card)",
                "Basic (type in the answer)",
                "Cơ bản",
                "Cơ bản (với thẻ ngược)",
                "Cơ bản (thẻ ngược tùy chọn)",
                "Cơ bản (nhập câu trả lời)",
            ),
            AnkiModel.BASIC,
        ),
        (("Cloze", "Điền chỗ trống"), AnkiModel.CLOZE),
    )
    for name in names
}


@functools.lru_cache(maxsize=256)
def model_for_name(name: str) -> AnkiModel | None:
    """The stock note type a name (English or Vietnamese, any case) stands for."""
    return _KNOWN_NAMES.get(nfc(name).strip().casefold())


@dataclass(frozen=True, slots=True)
class AnkiRow:
    """One Anki note as one line of a "Notes in Plain Text" file.

    ``fields`` are HTML, in the note type's order (Front, Back or Text, Back
    Extra). ``guid`` is empty for files without a guid column. ``line`` is
    where the row starts in the file it was read from (0 when written).
    """

    guid: str
    model: AnkiModel
    notetype: str
    deck: str
    fields: tuple[str, str]
    tags: tuple[str, ...]
    line: int = 0
