"""The question on a person: "<title> là ai?", with the place the title leaves out.

"Phó Chủ tịch UBND huyện" becomes "Phó Chủ tịch UBND huyện Kim Bảng" when the
article says which; a province's department ("Giám đốc Sở Y tế") takes the
article's province; a body named only by its kind ("Trưởng khoa bệnh viện") is
no question at all.
"""

from __future__ import annotations

import re

from studyapp.core.article.charset import TITLE_WORD
from studyapp.core.cards.stem_context import StemContext
from studyapp.core.facts import Fact
from studyapp.core.vietnamese import comparable

_ORG_LEVEL: tuple[tuple[str, str], ...] = (
    ("huyện ủy", "huyện"),
    ("tỉnh ủy", "tỉnh"),
    ("thành ủy", "thành phố"),
    ("đảng ủy xã", "xã"),
    ("đảng ủy", "xã"),
    ("ubnd huyện", "huyện"),
    ("hđnd huyện", "huyện"),
    ("ubnd tỉnh", "tỉnh"),
    ("hđnd tỉnh", "tỉnh"),
    ("ubnd xã", "xã"),
    ("hđnd xã", "xã"),
    ("tỉnh đoàn", "tỉnh"),  # the Youth Union's: "Bí thư Tỉnh Đoàn"
    ("huyện đoàn", "huyện"),
    ("huyện", "huyện"),
    ("tỉnh", "tỉnh"),
    ("trưởng thôn", "thôn"),
    ("trưởng xóm", "xóm"),
    ("xã", "xã"),  # "Chủ tịch Hội Nông dân xã"
)

_CENTRAL_CITIES = frozenset({"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Huế"})
# A province's department at the end of a title with no place after it.
_DEPARTMENT_RE = re.compile(r"(?<!\w)sở [^,]*$")
# A level word and the name after it, per level of _ORG_LEVEL.
_LEVEL_NAME_RES = {
    level: re.compile(rf"(?<!\w){level}\s+({TITLE_WORD}(?:\s{TITLE_WORD}){{0,2}})")
    for _, level in _ORG_LEVEL
}


# A body named only by its kind, as the article had just named it: "Phó Giám đốc bệnh
# viện là ai?" says not which hospital.
_UNNAMED_BODY_RE = re.compile(
    r"(?<!\w)(?:đốc|tịch|[Tt]rưởng|nhiệm) (?i:bệnh viện|trung tâm|công ty|nhà trường|hợp tác xã"
    r"|HTX|trường|nhà máy|đơn vị|cơ quan|doanh nghiệp|ban quản lý|sở|phòng|hội)(?: này)? là ai\?$"
)
# After the head of the title: "Giám đốc Bệnh viện", not "huyện Xuân Trường".
_BARE_KIND_END_RE = re.compile(
    r"(?:(?<=đốc )|(?<=trưởng )|(?<=tịch )|(?<=nhiệm ))"
    r"((?i:bệnh viện|nhà trường|trường|hợp tác xã|HTX|công ty))$"
)
_KIND_KEYS = {"nhà trường": "trường", "htx": "hợp tác xã"}
_WARD_HEAD_RE = re.compile(r"^(?:Phó\s+)?(?:Trưởng khoa|Trưởng Khoa|Điều dưỡng trưởng)\s")


def _named_before(fact: Fact, level: str, places: frozenset[str]) -> str:
    """The place of ``level`` the sentence names before the person ("Tại huyện Kiến Xương, ...").

    Only a known place: in "Chủ tịch UBND huyện Trần Quốc Bảo" the words are a name.
    """
    found = ""
    for m in _LEVEL_NAME_RES[level].finditer(fact.sentence.norm, 0, fact.start):
        if m.group(1).casefold() in places:
            found = m.group(1)
    return found


def _named_earlier(fact: Fact, level: str, ctx: StemContext) -> str:
    """The last place of ``level`` named before the person in the paragraph's earlier sentences.

    "Tại huyện Kim Sơn, Phòng Y tế huyện ... Ông Trần Đức Long, Trưởng phòng Y tế huyện
    cho biết": Kim Sơn's, though Gia Viễn is the article's most named district.
    """
    found = ""
    for sentence_index, _, name in ctx.places_by_paragraph.get(fact.paragraph_index, ()):
        if sentence_index < fact.sentence.index and ctx.place_levels.get(name) == level:
            found = name
    return found


def _ends_in_body(part: str) -> bool:
    return any(part.endswith(org) for org, _ in _ORG_LEVEL)


def person_stem(fact: Fact, ctx: StemContext) -> str:
    """The question on a titled person ("" when the title names no one place or body)."""
    title = fact.unit
    lowered = comparable(title)
    parts = title.split(", ")
    # The place goes after the part that names the body: "Phó Chủ tịch UBND tỉnh | Nam
    # Định, Trưởng Ban Tổ chức Lễ hội" (the last part, when it names one).
    at = next(
        (i for i in reversed(range(len(parts))) if _ends_in_body(comparable(parts[i]))),
        len(parts) - 1,
    )
    for org, level in _ORG_LEVEL:
        if not comparable(parts[at]).endswith(org):
            continue
        # A province is the article's own unless the sentence names another: the last
        # one named before ("bán sang cả tỉnh Hưng Yên") is where things went, not whose.
        own_province = (
            (ctx.main_place if ctx.place_levels.get(ctx.main_place) == level else "")
            or ctx.paper_province
            or ctx.dominant_places.get(level, "")
            if level == "tỉnh"
            else ""
        )
        place = (
            _named_before(fact, level, ctx.place_keys)
            or own_province
            or _named_earlier(fact, level, ctx)
            or ctx.dominant_places.get(level)
            # "Bí thư Tỉnh ủy" in Báo Nam Định, which names its city, not its province.
            or (ctx.paper_province if level == "tỉnh" else "")
        )
        if place and comparable(place) not in lowered:
            # "Phó Bí thư Đảng ủy" + "xã Ia Ka"; "Huyện ủy", "UBND huyện" + "Kim Sơn".
            named = f"{level} {place}" if org == "đảng ủy" else place
            parts[at] = f"{parts[at]} {named}"
            title = ", ".join(parts)
            break
    else:
        # "Giám đốc Sở Giáo dục và Đào tạo": a province's department, named without it;
        # the province is the article's only if its paragraph names it too.
        # The paper's own province, when the article names none, is the department's
        # too: Báo Hà Nam's "Giám đốc Sở Y tế" in a story on Kim Bảng.
        named = ctx.dominant_places.get("tỉnh", "")
        province = named or ctx.paper_province
        nearby = {name for _, _, name in ctx.places_by_paragraph.get(fact.paragraph_index, ())}
        if (
            _DEPARTMENT_RE.search(lowered)
            and "tỉnh" not in lowered.split()
            and comparable(province) not in lowered
            and (province in nearby or province == ctx.main_place or not named)
            and province
        ):
            level = (
                "thành phố" if province in _CENTRAL_CITIES else "tỉnh"
            )  # "Sở ... thành phố Cần Thơ"
            title = f"{title} {level} {province}"
    template = fact.template or "{title} là ai?"
    if (bare := _BARE_KIND_END_RE.search(title)) and (
        full := ctx.bodies.get(_KIND_KEYS.get(bare[1].casefold(), bare[1].casefold()), "")
    ):
        title = title[: bare.start(1)] + full  # "Giám đốc Bệnh viện": the article's one
    elif _WARD_HEAD_RE.match(title) and "bệnh viện" not in lowered and ctx.bodies.get("bệnh viện"):
        title = f"{title}, {ctx.bodies['bệnh viện']}"  # "Trưởng khoa Tim mạch": whose khoa
    stem = template.format(title=title)
    return "" if _UNNAMED_BODY_RE.search(stem) else stem[:1].upper() + stem[1:]
