"""Who answers in an interview: "PV: ..." / "Ông Phạm Văn Hưng: Năm 2025, chúng tôi ...".

In a question-and-answer article the answers speak in the first person ("chúng
tôi đã kết nạp 52 đảng viên"); a question cut from them must say whose words they
are. The speaker's label opens the answer, and the answer runs until the next
question, over several paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_QUESTION_RE = re.compile(r"^(?:P\.?V|Phóng viên|Hỏi)$")
_HONORIFIC_RE = re.compile(r"^(?:Ông|Bà|Đồng chí|Anh|Chị)\s")


def labels_an_item(label: str) -> bool:
    """Whether a speaker label outside an interview names whose item it is.

    "Trần Văn Quyết: 20 năm tù.": a bare name of three words or more. Not a
    question's or an answer's label ("PV", "Đáp"), one with an honorific ("Ông
    Phạm Văn Hưng: ..." is someone speaking, the interviewer's line perhaps
    taken for the headline), nor two words that may be a place ("Lý Nhân: ...").
    """
    return (
        not _QUESTION_RE.match(label)
        and label not in _ANSWER_LABELS
        and _HONORIFIC_RE.match(label) is None
        and len(label.split()) >= _MIN_NAME_WORDS
    )


_MIN_NAME_WORDS = 3
_ANSWER_LABELS = ("Đáp", "Trả lời")


def is_interview(labels: Sequence[str]) -> bool:
    """Whether the paragraphs' speaker labels include an interviewer's ("PV", "Hỏi")."""
    return any(_QUESTION_RE.match(label) for label in labels)


def answer_speakers(labels: Sequence[str]) -> dict[int, str]:
    """Paragraph index -> who speaks in it ("ông Phạm Văn Hưng"), for interview answers.

    ``labels`` are the paragraphs' speaker labels ("" for none). Empty unless
    the article has an interviewer's lines ("PV: ...").
    """
    if not is_interview(labels):
        return {}
    speakers: dict[int, str] = {}
    speaker = ""
    for index, label in enumerate(labels):
        if _QUESTION_RE.match(label):
            speaker = ""
            continue
        if label and label not in _ANSWER_LABELS:
            # "Ông Phạm Văn Hưng" is "ông Phạm Văn Hưng" inside a question.
            speaker = label[:1].lower() + label[1:] if _HONORIFIC_RE.match(label) else label
        if speaker:
            speakers[index] = speaker
    return speakers
