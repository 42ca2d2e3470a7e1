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


def answer_speakers(labels: Sequence[str]) -> dict[int, str]:
    """Paragraph index -> who speaks in it ("ông Phạm Văn Hưng"), for interview answers.

    ``labels`` are the paragraphs' speaker labels ("" for none). Empty unless
    the article has an interviewer's lines ("PV: ...").
    """
    if not any(_QUESTION_RE.match(label) for label in labels):
        return {}
    speakers: dict[int, str] = {}
    speaker = ""
    for index, label in enumerate(labels):
        if _QUESTION_RE.match(label):
            speaker = ""
            continue
        if label and label not in ("Đáp", "Trả lời"):
            # "Ông Phạm Văn Hưng" is "ông Phạm Văn Hưng" inside a question.
            speaker = label[:1].lower() + label[1:] if _HONORIFIC_RE.match(label) else label
        if speaker:
            speakers[index] = speaker
    return speakers
