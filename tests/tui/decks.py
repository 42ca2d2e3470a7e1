"""A small, fixed deck for the TUI tests: one note per card type, in a known order."""

from __future__ import annotations

from studyapp.core.model import CardType, DeckDraft, FactKind, NoteDraft, Paragraph

DECK_NAME = "Bình Lục"
PARAGRAPHS = (
    Paragraph(0, "Huyện Bình Lục có 17 xã và 1 thị trấn, với khoảng 150.000 người dân."),
    Paragraph(1, "Năm 2023, toàn huyện trồng 6.968 ha lúa, năng suất đạt 62 tạ/ha."),
)


def _note(
    index: int,
    card_type: CardType,
    question: str,
    answer: str,
    cloze: str,
    choices: tuple[str, ...],
    sentence: str,
    paragraph: int,
    *,
    as_of: str | None = None,
) -> NoteDraft:
    return NoteDraft(
        guid=f"tui-{index:02d}",
        kind=FactKind.COUNT,
        question=question,
        answer=answer,
        cloze=cloze,
        choices=choices,
        source_sentence=sentence,
        paragraph_index=paragraph,
        as_of=as_of,
        tags=("count", f"t{index}"),
        card_types=(card_type,),
    )


NOTES = (
    _note(
        0,
        CardType.QA,
        "Huyện Bình Lục có bao nhiêu xã?",
        "17",
        "Huyện Bình Lục có {{c1::17}} xã và 1 thị trấn.",
        ("17", "12", "21", "9"),
        "Huyện Bình Lục có 17 xã và 1 thị trấn.",
        0,
        as_of="năm 2023",
    ),
    _note(
        1,
        CardType.CHOICE,
        "Năm 2023, huyện trồng bao nhiêu ha lúa?",
        "6.968 ha",
        "Năm 2023, toàn huyện trồng {{c1::6.968 ha}} lúa.",
        ("6.968 ha", "5.200 ha", "7.450 ha", "8.100 ha"),
        "Năm 2023, toàn huyện trồng 6.968 ha lúa.",
        1,
    ),
    _note(
        2,
        CardType.TYPED,
        "Huyện nào có 17 xã và 1 thị trấn?",
        "Bình Lục",
        "Huyện {{c1::Bình Lục}} có 17 xã và 1 thị trấn.",
        ("Bình Lục", "Lý Nhân", "Kim Bảng", "Thanh Liêm"),
        "Huyện Bình Lục có 17 xã và 1 thị trấn.",
        0,
    ),
    _note(
        3,
        CardType.CLOZE,
        "Năng suất lúa đạt bao nhiêu tạ/ha?",
        "62 tạ/ha",
        "Năng suất lúa đạt {{c1::62 tạ/ha}}.",
        ("62 tạ/ha", "55 tạ/ha", "70 tạ/ha", "48 tạ/ha"),
        "Năng suất đạt 62 tạ/ha.",
        1,
    ),
    _note(
        4,
        CardType.QA,
        "Huyện Bình Lục có khoảng bao nhiêu người dân?",
        "150.000",
        "Huyện có khoảng {{c1::150.000}} người dân.",
        ("150.000", "120.000", "90.000", "200.000"),
        "Huyện có khoảng 150.000 người dân.",
        0,
    ),
)


def study_deck(name: str = DECK_NAME) -> DeckDraft:
    """Five notes, one card each: Q&A, multiple choice, typed, cloze, Q&A."""
    return DeckDraft(
        name=name,
        slug="binh-luc-tui",
        source_title="Bình Lục: nông thôn mới",
        paragraphs=PARAGRAPHS,
        notes=NOTES,
    )
