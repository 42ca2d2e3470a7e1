"""A small fixed deck used by the golden-file, round-trip and Anki conformance tests."""

from __future__ import annotations

from studyapp.core.anki import ExportItem
from studyapp.core.model import CardType, FactKind, NoteDraft

PARENT = "Báo Mới"
CHILD = "Báo Mới::Kinh tế"
GRANDCHILD = "Báo Mới::Kinh tế::Giá vàng"

FULL = NoteDraft(
    guid="n-full-1",
    kind=FactKind.COUNT,
    question='Có bao nhiêu người tham dự "Ngày hội" <2024> & sau đó?',
    answer="6.968",
    cloze="Có {{c1::6.968}} người tham dự.",
    choices=("6.968", "7.000", "5.968", "6.986"),
    source_sentence="Có 6.968 người tham dự.\n#Dòng thứ hai\tcó tab.",
    paragraph_index=3,
    as_of="2024-05-01",
    tags=("giá vàng", "tin_nóng"),
)
CAPTION = NoteDraft(
    guid="n-caption-2",
    kind=FactKind.PERCENT,
    question="Tỷ lệ tăng là bao nhiêu?",
    answer="25,5%",
    cloze="Tỷ lệ tăng {{c1::25,5%}}.",
    choices=("25,5%", "52,5%", "2,55%", "255%"),
    source_sentence="Ảnh: tỷ lệ tăng 25,5%.",
    paragraph_index=0,
    from_caption=True,
)
CLOZE_ONLY = NoteDraft(
    guid="n-cloze-3",
    kind=FactKind.DATE,
    question="Khi nào?",
    answer="năm 2020",
    cloze="Luật có hiệu lực từ {{c1::năm 2020}}.",
    choices=("năm 2020", "năm 2019", "năm 2021", "năm 2018"),
    source_sentence="Luật có hiệu lực từ năm 2020.",
    paragraph_index=5,
    as_of="",
    card_types=(CardType.CLOZE,),
)
TYPED_ONLY = NoteDraft(
    guid="n-typed-4",
    kind=FactKind.PLACE,
    question="Ở đâu?",
    answer="Hà Nội",
    cloze="Ở {{c1::Hà Nội}}.",
    choices=(),
    source_sentence="Ở Hà Nội.",
    paragraph_index=7,
    card_types=(CardType.TYPED,),
)
FOREIGN = NoteDraft(
    guid="Ab1!cD2#eF",
    kind=FactKind.OTHER,
    question="Thủ đô của [...]?",
    answer="Việt Nam",
    cloze="Thủ đô của {{c1::Việt Nam}}?",
    choices=(),
    source_sentence="",
    paragraph_index=-1,
    card_types=(CardType.CLOZE,),
)

SAMPLE_ITEMS: tuple[ExportItem, ...] = (
    # Sub-deck first on purpose: the export must put the parent first.
    ExportItem(CHILD, "kinh-te", FULL),
    ExportItem(CHILD, "kinh-te", CLOZE_ONLY),
    ExportItem(PARENT, "bao-moi", CAPTION),
    ExportItem(GRANDCHILD, "gia-vang", TYPED_ONLY),
    ExportItem(PARENT, "bao-moi", FOREIGN),
)
