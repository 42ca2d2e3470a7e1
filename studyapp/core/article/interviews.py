"""Who answers in an interview: "PV: ..." / "Ông Phạm Văn Hưng: Năm 2025, chúng tôi ...".

In a question-and-answer article the answers speak in the first person ("chúng
tôi đã kết nạp 52 đảng viên"); a question cut from them must say whose words they
are. The speaker's label opens the answer, and the answer runs until the next
question, over several paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.article.charset import CAP_WORD

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


def answer_speakers(labels: Sequence[str], texts: Sequence[str]) -> dict[int, str]:
    """Paragraph index -> who speaks in it ("ông Phạm Văn Hưng"), for interview answers.

    ``labels`` are the paragraphs' speaker labels ("" for none), ``texts`` the
    paragraphs. Empty unless the article has an interviewer's lines ("PV: ..."),
    or questions put to the one person its lead names (:func:`unlabelled_answers`).
    """
    if not is_interview(labels):
        return unlabelled_answers(labels, texts)
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


# Who the lead says is interviewed: "... đã có cuộc trao đổi với ông Trần Văn Minh,
# Giám đốc Sở ...", or "Ông X, Giám đốc Sở Y đã trả lời phỏng vấn ...".
_NAME = rf"{CAP_WORD}(?:\s{CAP_WORD}){{1,3}}"
_INTERVIEWEE_RES = (
    re.compile(
        r"(?:trao đổi|trò chuyện|phỏng vấn)\s+(?:nhanh\s+)?(?:với\s+)?"
        rf"(?P<hon>(?i:ông|bà|đồng chí))\s+(?P<name>{_NAME})(?!\w)"
    ),
    re.compile(
        rf"(?<!\w)(?P<hon>(?i:ông|bà|đồng chí))\s+(?P<name>{_NAME})(?:\s*,[^.,]+(?:,[^.,]+)?)?"
        r"\s+(?:đã\s+)?(?:có cuộc trao đổi|trả lời phỏng vấn|dành cho (?:phóng viên|PV|báo)"
        r"|có cuộc trò chuyện|trao đổi với)"
    ),
)
# A question put to someone: "Thưa ông, ...?", "..., thưa bà?", "Ông đánh giá thế nào ...?".
_ADDRESS_RE = re.compile(
    r"(?i:(?<!\w)(?:thưa|xin)\s+(?:ông|bà|đồng chí)(?!\w))"
    r"|^(?:Ông|Bà|Đồng chí)\s+(?:có thể\s+)?(?:cho biết|đánh giá|chia sẻ|nói rõ|giải thích)"
)
_MIN_QUESTIONS = 2


def _is_question(text: str) -> bool:
    return text.rstrip(' ”"').endswith("?")


def unlabelled_answers(labels: Sequence[str], texts: Sequence[str]) -> dict[int, str]:
    """Paragraph index -> who answers, in an interview whose questions carry no label.

    "- Thưa ông, ...?" / "- Năm 2024, chúng tôi đã ...": the questions end with "?"
    and at least one addresses the interviewee. Each answer is by the person its
    label names ("- Ông Trần Quốc Thành: ..."), else by the one the paragraphs
    before the first question name as interviewed. Empty when there are no such
    questions, or no one is named.
    """
    questions = [i for i, text in enumerate(texts) if not labels[i] and _is_question(text)]
    if len(questions) < _MIN_QUESTIONS or not any(
        _ADDRESS_RE.search(texts[index]) for index in questions
    ):
        return {}
    lead = " ".join(texts[: questions[0]])
    match = next((m for regex in _INTERVIEWEE_RES if (m := regex.search(lead))), None)
    interviewee = f"{match['hon'].lower()} {match['name']}" if match else ""
    speakers: dict[int, str] = {}
    speaker = interviewee
    for index in range(questions[0] + 1, len(texts)):
        label = labels[index]
        if index in questions:
            speaker = interviewee
            continue
        if _HONORIFIC_RE.match(label):
            speaker = label[:1].lower() + label[1:]
        if speaker:
            speakers[index] = speaker
    return speakers
