"""What a question stem may borrow from its article, gathered once per article.

The article's main place (the headline's, or the one its lead dwells on), the
places and titled people of each paragraph, the sentences that set a wider
scope ("toàn tỉnh ..."), and who answers in an interview.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core.article.charset import UPPER_CLASS
from studyapp.core.cards.body_names import named_bodies
from studyapp.core.cards.pools import ALL_PROVINCES
from studyapp.core.cards.stem_context import StemContext, paper_province
from studyapp.core.facts import Fact, dominant_places
from studyapp.core.facts.people import given_names
from studyapp.core.facts.places import LEVEL_RANK
from studyapp.core.model import NUMERIC_KINDS, FactKind
from studyapp.core.vietnamese import comparable

_HONORIFIC_CHARS = 16
# The word that introduces a person's name: "đồng chí", "ông", "Giám mục" ...
_HONORIFIC_BEFORE_RE = re.compile(
    r"(?<!\w)((?i:đồng chí|ông|bà|anh|chị|cụ|ngài|hòa thượng|thượng tọa|đại đức|ni sư|linh mục"
    r"|giám mục|mục sư))\s+$"
)
_WHOLE_PROVINCE_RE = re.compile(r"(?i:toàn tỉnh|cả tỉnh|trên địa bàn tỉnh)(?!\s*[A-ZĐ])")
_WHOLE_PROVINCE_MIN = 2
_EARLY_PARAGRAPHS = 1
_DIGEST_PLACES = 3
_RELATIVE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:vợ|chồng|con trai|con gái|con|cháu|mẹ|bố|cha)(?: là)?\s+(?:cụ|ông|bà|anh|chị)\s+$"
)
_DIGEST_TITLE_RE = re.compile(r"^(?i:điểm tin|tin vắn|tin ngắn|tin tổng hợp|tin tức)(?!\w)")


def _lead_index(facts: Sequence[Fact]) -> int | None:
    """The index of the lead: the first paragraph with a fact that is not a caption."""
    return min((f.paragraph_index for f in facts if not f.is_caption), default=None)


def _lead_lists_places(named: Sequence[Fact], lead: int | None) -> bool:
    """Whether the lead names several places of one level: a digest's list of its items.

    "Điểm tin hôm nay gồm các tin: Kim Bảng ...; Hải Hậu ...; Nghĩa Hưng ...": each
    item has its own place, and none is the article's.
    """
    units = Counter(
        f.unit for f in {_place_name(f): f for f in named if f.paragraph_index == lead}.values()
    )
    return any(count >= _DIGEST_PLACES for count in units.values())


# A headline opening on a place's name and a colon: "Vĩnh Long: ...", "Cần Thơ: ...".
_PLACE_LABEL_RE = re.compile(rf"^({UPPER_CLASS}\S*(?:\s{UPPER_CLASS}\S*){{0,3}}):\s")


def _located_in(title: str, name: str) -> bool:
    """Whether the headline says its story happens in the place ("... tại huyện Thanh Liêm")."""
    pattern = rf"(?<!\w)(?i:tại|ở)\s+(?:\w+\s+){{0,2}}?(?i:{re.escape(name)})(?!\w)"
    return re.search(pattern, title) is not None


def _lead_place(
    facts: Sequence[Fact],
    named: Sequence[Fact],
    levels: dict[str, str],
    main: str,
    lead: int | None,
) -> str:
    """The wider place the lead is about, when the article's start never names the headline's.

    "Quận Ninh Kiều nhận Cờ thi đua" over a lead on "Hội đồng Thi đua - Khen thưởng TP
    Cần Thơ tổ chức hội nghị ...": the district is one of the city's award winners, and
    the city's figures that follow are not the district's. "" when the lead or the
    paragraph after it names the headline's place, or the lead names no wider one.
    """
    if not main or lead is None:
        return ""
    early = {
        f.sentence.text for f in facts if lead <= f.paragraph_index <= lead + _EARLY_PARAGRAPHS
    }
    if any(main.casefold() in text.casefold() for text in early):
        return ""  # "Tiếng trống Đọi Tam" in the lead's quotes is still the village's story
    in_lead = {_place_name(f) for f in named if f.paragraph_index == lead and not f.is_caption}
    wider = _widest(sorted(in_lead), levels)
    level, main_level = levels.get(wider, ""), levels.get(main, "")
    if LEVEL_RANK.get(level, 0) > LEVEL_RANK.get(main_level, 0):
        return wider
    return wider if (main_level, level) == ("quận", "thành phố") else ""  # a city's quận


def _named_early(named: Sequence[Fact], name: str, lead: int | None) -> bool:
    """Whether the place is named in the lead or the paragraph after it.

    An article sets its scene early; a district that only a later paragraph
    dwells on ("Ở huyện miền núi Ba Tơ, 32 lớp nghề ...") is an example, not
    what a province-wide report is about.
    """
    if lead is None:
        return False
    return any(
        f.paragraph_index <= lead + _EARLY_PARAGRAPHS
        for f in named
        if not f.is_caption and _place_name(f) == name
    )


def _province_lead(named: Sequence[Fact], lead: int | None, name: str) -> bool:
    """Whether the lead names a province, not in brackets, and not the place ``name``.

    "Theo Đài Khí tượng Thủy văn tỉnh Bến Tre, ... các sông chính của tỉnh ...": a
    province's report, whatever district the body then names most ("trạm An Thuận
    (huyện Ba Tri)", "các huyện Ba Tri, Thạnh Phú").
    """
    in_lead = [f for f in named if f.paragraph_index == lead and not f.is_caption]
    return any(f.unit == "tỉnh" and _opening(f) < 0 for f in in_lead) and all(
        _place_name(f) != name for f in in_lead
    )


def _opening(fact: Fact, chars: int = 16) -> int:
    """Where the bracket the place stands in opens, close before it; -1 if none.

    "tại trạm An Thuận (huyện Ba Tri)": where a station is, not the scene.
    """
    norm = fact.sentence.norm
    opening = norm.rfind("(", max(0, fact.start - chars), fact.start)
    return opening if opening >= 0 and ")" not in norm[opening : fact.start] else -1


def _home_of(fact: Fact) -> bool:
    """Whether the place is someone's address: "(SN 1985, trú xã Long Thuận, huyện Bến Cầu)"."""
    opening = _opening(fact, _ADDRESS_CHARS)
    return opening >= 0 and _HOME_RE.search(fact.sentence.norm, opening, fact.start) is not None


_ADDRESS_CHARS = 80
_FROM_RE = re.compile(r"(?<!\w)(?:từ|đến từ)\s+(?:(?:tỉnh|huyện|thành phố|TP\.?)\s+)?$")
_HOME_RE = re.compile(r"(?<!\w)(?:SN|sinh năm|trú|ngụ|quê|HKTT|\d+ tuổi)(?!\w)")


def _listed_places(facts: Sequence[Fact]) -> set[int]:
    """The places named as a list ("tại các huyện Khoái Châu, Văn Giang"), by ``id``.

    None of them is where what follows happens: the last of the list would
    otherwise put the province's figures in one district.
    """
    listed: set[int] = set()
    places = sorted(
        (f for f in facts if f.kind is FactKind.PLACE),
        key=lambda f: (f.sentence.index, f.start),
    )
    for before, after in itertools.pairwise(places):
        same = before.sentence is after.sentence and before.unit == after.unit
        if same and _LIST_JOIN_RE.fullmatch(before.sentence.norm, before.end, after.start):
            listed.update((id(before), id(after)))
    for fact in places:
        norm = fact.sentence.norm
        if _PLURAL_RE.search(norm, max(0, fact.start - 24), fact.start):
            listed.add(id(fact))
        elif norm.count("(", 0, fact.start) > norm.count(")", 0, fact.start):
            listed.add(id(fact))  # an address in brackets: "KCN Liên Hà Thái (huyện Thái Thụy)"
    return listed


_LIST_JOIN_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:\w+\s+)?")
_PLURAL_RE = re.compile(r"(?<!\w)(?:các|những)\s+\S+(?:\s\S+)?\s$", re.IGNORECASE)


def build_context(facts: Sequence[Fact], title: str, paper: str = "") -> StemContext:
    """The article-wide facts each stem of ``facts`` may borrow context from."""
    places: dict[int, list[tuple[int, int, str]]] = {}
    quantities: dict[int, list[tuple[int, int]]] = {}
    people: dict[int, list[tuple[int, str, str]]] = {}
    listed = _listed_places(facts)
    for fact in facts:
        if fact.kind is FactKind.PERSON and not fact.is_caption:
            honorific = _HONORIFIC_BEFORE_RE.search(
                fact.sentence.norm, max(0, fact.start - _HONORIFIC_CHARS), fact.start
            )
            if _RELATIVE_BEFORE_RE.search(fact.sentence.norm, max(0, fact.start - 24), fact.start):
                continue  # "cụ cùng vợ là cụ Nguyễn Thị Nụ": the wife, no later bare "cụ"
            people.setdefault(fact.paragraph_index, []).append(
                (
                    fact.sentence.index,
                    fact.answer,
                    honorific.group(1).casefold() if honorific else "",
                )
            )
        elif fact.kind is FactKind.PLACE and not fact.quoted and id(fact) not in listed:
            places.setdefault(fact.paragraph_index, []).append(
                (fact.sentence.index, fact.start, _place_name(fact))
            )
        elif fact.kind in NUMERIC_KINDS:
            quantities.setdefault(fact.sentence.index, []).append(
                (fact.phrase_start, fact.phrase_end)
            )
    named = [f for f in facts if f.kind is FactKind.PLACE and not f.quoted]
    mentions = Counter(_place_name(f) for f in named)
    # A photo's place says where the picture was taken, not what the article is about.
    # Nor does someone's address in brackets ("Trần Minh Tâm (SN 1985, trú xã ...)"), nor
    # where something came from ("ma túy từ tỉnh Lạng Sơn về Bắc Giang").
    in_body = Counter(
        _place_name(f)
        for f in named
        if not f.is_caption and not _home_of(f) and not _FROM_RE.search(f.sentence.norm, 0, f.start)
    )
    # A district and its town share a name ("huyện Thanh Miện", "thị trấn Thanh Miện"):
    # the name stands for the wider of the two.
    levels: dict[str, str] = {}
    for f in named:
        name = _place_name(f)
        if LEVEL_RANK.get(f.unit, 0) >= LEVEL_RANK.get(levels.get(name, ""), 0):
            levels[name] = f.unit
    ranked = sorted(in_body.items(), key=lambda kv: (-kv[1], kv[0]))
    lead = _lead_index(facts)
    in_title = [name for name, _ in ranked if _named_in(title, name)]
    main = _widest(in_title, levels)
    clear_winner = len(ranked) == 1 or (len(ranked) > 1 and ranked[1][1] < ranked[0][1])
    if (
        not in_title
        and ranked
        and ranked[0][1] >= 2
        and clear_winner
        and _named_early(named, ranked[0][0], lead)
        and not _about_whole_province(facts, levels.get(ranked[0][0], ""))
        and not _lead_lists_places(named, lead)
        and not _province_lead(named, lead, ranked[0][0])
    ):
        main = ranked[0][0]
    if main in in_title and not _located_in(title, main):
        main = _lead_place(facts, named, levels, main, lead) or main
    if _DIGEST_TITLE_RE.match(title) and main not in in_title:
        main = ""  # "Điểm tin Thanh Hóa ngày 20/3": each item is of the place it names
    fallback = "" if main else _title_province(title, paper)
    if fallback:
        # "Nghệ An dẫn đầu cả nước về xuất khẩu lao động" in Báo Nghệ An: the province's
        # story, though the body names it bare ("Năm 2024, Nghệ An có 18.642 người ...");
        # where a paragraph names no place of its own.
        levels.setdefault(fallback, "tỉnh")
        mentions[fallback] += 1
    if (label := _PLACE_LABEL_RE.match(title)) and comparable(label.group(1)) == comparable(main):
        # "Vĩnh Long: Tam Bình nâng chất ...": the province labels a story on one district.
        rest = [name for name in in_title if name != main and _named_in(title[label.end() :], name)]
        rank = LEVEL_RANK.get(levels.get(rest[0], ""), 0) if len(rest) == 1 else 0
        if 0 < rank < LEVEL_RANK.get(levels.get(main, ""), 0):
            main = rest[0]
    return StemContext(
        titles={f.answer: f.unit for f in facts if f.kind is FactKind.PERSON and f.unit},
        paper_province=paper_province(paper),
        scope_before=_scope_before(facts),
        places_by_paragraph=places,
        dominant_places=dominant_places(facts),
        quantity_spans=quantities,
        main_place=main,
        fallback_place=fallback,
        place_keys=frozenset(name.casefold() for name in mentions),
        place_levels=levels,
        given_names=given_names({fact.sentence.index: fact.sentence for fact in facts}.values()),
        people_by_paragraph=people,
        speaker_places=_speaker_places(facts, levels, main),
        sentence_before=_sentences_before(facts),
        bodies=named_bodies(title, facts),
    )


def _sentences_before(facts: Sequence[Fact]) -> dict[int, str]:
    """Sentence index -> the text of the one before it in its paragraph (of those with facts)."""
    sentences = {fact.sentence.index: fact.sentence for fact in facts}
    return {
        index: sentences[index - 1].text
        for index, sentence in sentences.items()
        if index - 1 in sentences
        and sentences[index - 1].paragraph_index == sentence.paragraph_index
    }


# Someone reporting: "Theo Trung tá X, Trưởng Công an huyện Y, ...", "X cho biết".
_REPORTS_RE = re.compile(
    r"^Theo\s|(?<!\w)(?:cho biết|chia sẻ|thông tin|báo cáo|khẳng định|nhấn mạnh)(?!\w)"
)


def _speaker_places(
    facts: Sequence[Fact], levels: dict[str, str], main: str
) -> dict[int, tuple[int, str]]:
    """Paragraph index -> (sentence index, place) of someone reporting for a unit below ``main``.

    "Theo Trung tá Trần Văn Đức, Trưởng Công an huyện Phong Điền, từ đầu năm công an
    các xã đã tiếp nhận 126 tin báo": Phong Điền's figures, in an article on Cần Thơ.
    """
    # Cần Thơ, a city run by the centre, is a province: its districts are below it.
    main_rank = (
        LEVEL_RANK["tỉnh"] if main in ALL_PROVINCES else LEVEL_RANK.get(levels.get(main, ""), 0)
    )
    found: dict[int, tuple[int, str]] = {}
    for fact in facts:
        if (
            fact.kind is not FactKind.PERSON
            or fact.paragraph_index in found
            or not _REPORTS_RE.search(fact.sentence.norm)
        ):
            continue
        for name, level in levels.items():
            if 0 < LEVEL_RANK.get(level, 0) < main_rank and re.search(
                rf"(?<!\w){level} {re.escape(name)}(?!\w)", fact.unit
            ):
                found[fact.paragraph_index] = (fact.sentence.index, name)
                break
    return found


def _scope_before(facts: Sequence[Fact]) -> dict[int, str]:
    """For each sentence, the last earlier one of its paragraph that set a scope.

    "Năm 2024, toàn tỉnh Bắc Giang có 29.860 ha vải. Diện tích sản xuất theo
    tiêu chuẩn VietGAP là 16.500 ha": the second is the province's too. A
    sentence that names a place sets the scope back to that place.
    """
    placed = {f.sentence.index for f in facts if f.kind is FactKind.PLACE and not f.quoted}
    by_index = {f.sentence.index: f.sentence for f in facts}
    sentences = [by_index[index] for index in sorted(by_index)]
    scope: dict[int, str] = {}
    paragraph, last = -1, ""
    for sentence in sentences:
        if sentence.paragraph_index != paragraph:
            paragraph, last = sentence.paragraph_index, ""
        scope[sentence.index] = last
        if sentence.index in placed:
            last = ""
        if _SCOPE_SETTER_RE.search(sentence.norm):
            last = sentence.norm.casefold()
    return scope


_SCOPE_SETTER_RE = re.compile(r"(?i:toàn|cả|địa bàn) (?:tỉnh|thành phố|nước|quốc)(?!\w)")


def _place_name(fact: Fact) -> str:
    """A place's name as the text writes it in lower case: "Thái Bình" of "THÀNH PHỐ THÁI BÌNH"."""
    return fact.answer.title() if fact.answer.isupper() else fact.answer


def _title_province(title: str, paper: str) -> str:
    """The paper's own province when the headline names it, else ""."""
    province = paper_province(paper)
    return province if province and _named_in(title, province) else ""


def _named_in(title: str, name: str) -> bool:
    """Whether the title names the place itself, not a longer name it starts ("Thượng Đồng")."""
    pattern = rf"(?<!\w)(?i:{re.escape(name)})(?!\w)(?!\s{UPPER_CLASS})"
    return re.search(pattern, title) is not None


def _about_whole_province(facts: Sequence[Fact], level: str) -> bool:
    """Whether the article speaks of the whole province, so a narrower place is no main place.

    A province-wide report that tells one commune's story in passing
    ("toàn tỉnh có 812.460 người ...; bà Nga, xã Yên Nghiệp ...") is not about that commune.
    """
    if LEVEL_RANK.get(level, 0) >= LEVEL_RANK["tỉnh"]:
        return False
    sentences = {fact.sentence.index: fact.sentence.text for fact in facts}.values()
    return sum(1 for text in sentences if _WHOLE_PROVINCE_RE.search(text)) >= _WHOLE_PROVINCE_MIN


def _widest(names: Sequence[str], levels: dict[str, str]) -> str:
    """Of the places a title names, the one that covers the others, if any.

    "Điểm tin Hà Nam: Duy Tiên khởi công ...; Kim Bảng ..." is about Hà Nam;
    a title naming two districts and no province is about neither alone.
    """
    if len(names) <= 1:
        return names[0] if names else ""
    ranks = sorted(((LEVEL_RANK.get(levels.get(n, ""), 0), n) for n in names), reverse=True)
    return ranks[0][1] if ranks[0][0] > ranks[1][0] else ""
