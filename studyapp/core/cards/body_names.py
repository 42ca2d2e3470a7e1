"""The bodies an article names in full, by kind: what its bare "bệnh viện" means.

"Bệnh viện Sản Nhi Nghệ An đã làm chủ ... Tính đến hết tháng 11, bệnh viện đã khám cho
312.450 lượt": the stem cut from the second sentence names the hospital in full
(:func:`studyapp.core.cards.anaphora.named_body`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core.article.charset import UPPER_CLASS
from studyapp.core.facts import Fact
from studyapp.core.facts.counted_nouns import STOP_WORDS

# A body's full name: its kind and the capitalised words after ("Bệnh viện Sản Nhi Nghệ An",
# "Trường THCS Nguyễn Văn Năng", "Công ty TNHH May Hòa Phong").
_FULL_BODY_RE = re.compile(
    # Not a kind inside another's name: "Liên minh Hợp tác xã Việt Nam", "Sở ... Trường".
    r"(?<!\w)(?<!minh )(?<!hiệp )(?<!Hội )(?<!Sở )(?<!Ban )(?<!Đoàn )(?<!đoàn )(?<!ủy )"
    r"(?P<kind>Bệnh viện|Trường|Hợp tác xã|HTX|Công ty|Nhà máy)"
    rf"(?P<name>(?:\s(?:{UPPER_CLASS}[\w\-']*|&))+)"
)


# A hospital named by its kind and its place: "Bệnh viện Đa khoa tỉnh Thanh Hóa".
_PLACED_HOSPITAL_RE = re.compile(
    r"(?<!\w)Bệnh viện (?:Đa khoa|Y học cổ truyền|Phục hồi chức năng|Sản Nhi|Nhi|Mắt|Phổi"
    r"|Tâm thần|Lao và Bệnh phổi)\s(?:tỉnh|huyện|thành phố|thị xã|quận|khu vực)"
    rf"(?:\s{UPPER_CLASS}[\w\-']*)+"
)


def named_bodies(title: str, facts: Sequence[Fact]) -> dict[str, str]:
    """Kind -> the body of that kind the headline and the facts' sentences name in full.

    The one named, or named at least twice as often as any other ("Bệnh viện Sản Nhi
    Nghệ An" five times, "Bệnh viện Nhi Trung ương" once, where patients were sent).
    """
    texts = [title, *{fact.sentence.index: fact.sentence.text for fact in facts}.values()]
    found: dict[str, Counter[str]] = {}
    unsure: set[str] = set()
    for text in texts:
        placed = [(h.start(), h.end()) for h in _PLACED_HOSPITAL_RE.finditer(text)]
        for start, end in placed:
            found.setdefault("bệnh viện", Counter())[text[start:end]] += 1
        for m in _FULL_BODY_RE.finditer(text):
            if any(start <= m.start() < end for start, end in placed):
                continue
            kind = "hợp tác xã" if m["kind"] == "HTX" else m["kind"].casefold()
            nxt = _NEXT_WORD_RE.match(text, m.end())
            if kind == "trường" and len(m["name"].split()) < _SCHOOL_NAME_WORDS:
                continue  # "Trường Chinh", "Trường Sa": a street, islands, no school
            if m["name"].split()[-1] in _TYPE_WORDS or (
                nxt and nxt[1][:1].islower() and nxt[1].casefold() not in STOP_WORDS
            ):
                # "Bệnh viện Đa | khoa huyện Kim Bảng": a name read only in part, maybe
                # the one the article is about.
                unsure.add(kind)
                continue
            found.setdefault(kind, Counter())[m.group(0).rstrip(" &")] += 1
    bodies = {}
    for kind, names in found.items():
        if kind in unsure:
            continue
        ranked = names.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= _DOMINANT_TIMES * ranked[1][1]:
            bodies[kind] = ranked[0][0]
    return bodies


_DOMINANT_TIMES = 2
_SCHOOL_NAME_WORDS = 2
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")
# Words that say what kind of body follows, not which: "Trường THPT", "Công ty TNHH".
_TYPE_WORDS = frozenset(
    "THPT THCS TH TNHH CP MTV Đa Cổ Dịch Nông Mầm Tiểu Trung Cao Đại Phổ Thương Sản".split()  # noqa: SIM905
)
