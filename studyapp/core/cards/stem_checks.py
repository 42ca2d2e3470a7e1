"""Whether a candidate stem is a question at all, or has lost what its sentence says."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from studyapp.core.article.charset import UPPER_CLASS
from studyapp.core.cards.quotes import outside_quotes
from studyapp.core.facts import Fact
from studyapp.core.facts.base import WORD_RE, word_set
from studyapp.core.facts.places import LEVELS
from studyapp.core.model import FactKind

# Words that say nothing about what is asked: a stem of these alone is no question.
_SMALL_WORDS = word_set(
    """
    khoảng từ trên dưới gần hơn đối với đến trong đó và của cho tại ở các những mỗi là ít nhất
    tối thiểu tối đa chỉ còn thêm cả riêng lên xuống kết quả năm tháng ngày một phần trước sau
    thời hạn
    """
)
_THIN_WORDS = 2
_SHOUTED_SHARE = 0.8
_MIN_SHOUTED_LETTERS = 12
# Three figures in a row with nothing between them: a table's row flattened with
# spaces ("Tiền sử dụng đất 2.000 2.104,6 105,2%").
_FIGURE = r"\d+(?:[.,]\d+)*%?"
_BARE_ROW_RE = re.compile(rf"(?<![\w/.,]){_FIGURE}\s+{_FIGURE}\s+{_FIGURE}(?![\w/])")
_ADJACENT_FIGURES_RE = re.compile(r"\d%?\s+\d")  # a cheap test before the full pattern
_CELL_SEP_RE = re.compile(r"\s[–-]\s")
_MAX_CELL_WORDS = 6
# A table's row flattened as fields: " - Kế hoạch: ", " - Kết quả: ".
_FIELD_RE = re.compile(r"\s-\s[A-ZĐ][^\s:]*(?:\s[^\s:]+){0,3}:\s")
_SAMPLE_CHARS = 80
_SAMPLE_LOWER = 20  # more lower-case letters than this in the sample: not shouted
# Kinds asked of something the stem must name in full: "năm nào", "nhiệm kỳ nào", "khóa nào".
_WHEN_KINDS = frozenset({FactKind.DATE, FactKind.PERIOD, FactKind.ORDINAL})


def is_thin(body: str, mid: str, fact: Fact) -> bool:
    """Whether the stem says nothing but its question ("khoảng bao nhiêu tấn/ngày?").

    Thin: a place asked in nothing but an address; a date, a period or an
    ordinal with at most two words that matter around it ("Ở Ninh Bình, định
    hướng đến năm nào?", "Quốc hội khóa nào?"); else
    at most one such word around the asked phrase and at most two in it
    besides its question word ("đối với bao nhiêu hộ nghèo?", "BHYT giai đoạn
    nào?"). "còn bao nhiêu hộ chưa nhận tiền bồi thường?" says what is
    counted; "Huyện có bao nhiêu xã?" who has it.
    """
    when = fact.kind in _WHEN_KINDS
    limit = _THIN_WORDS if when else 1
    address = fact.kind is FactKind.PLACE  # so far every word is part of an address
    count = 0
    for word in WORD_RE.finditer(body.replace(mid, " ", 1)):
        w = word.group(0)
        if w.casefold() in _SMALL_WORDS:
            continue
        count += 1
        # "Sáng 20-4, tại xã nào, huyện Khoái Châu?": a time and an address, nothing said.
        address = address and (w[:1].isupper() or w[:1].isdigit() or w in LEVELS)
        if count > limit and not address:
            return False  # early: most stems say plenty
    if address or when:
        return True
    asked = WORD_RE.findall(fact.ask)
    said = [w for w in WORD_RE.findall(mid) if w not in asked and w.casefold() not in _SMALL_WORDS]
    return len(said) <= _THIN_WORDS


_MAX_LABEL_WORDS = 12
# A breakdown's category: "Lĩnh vực hộ tịch: 24 thủ tục", "Nhóm 1: 12 xã". A row
# that names what it counts ("Đàn lợn: 1.012.500 con") is asked.
_CATEGORY_RE = re.compile(r"(?i:lĩnh vực|nhóm|khối|ngành|loại|mức|hạng|các lĩnh vực)\s")


def is_label_row(body: str, mid: str) -> bool:
    """Whether the stem is a category's row: "Lĩnh vực hộ tịch: bao nhiêu thủ tục?".

    Such a bullet of a breakdown says neither what is counted nor who counts it.
    """
    left, _, right = body.partition(mid)
    left = left.rstrip()
    return (
        _CATEGORY_RE.match(left) is not None
        and left.endswith(":")
        and len(left.split()) <= _MAX_LABEL_WORDS
        and not right.strip(" ;.,?")
    )


# What follows a time's question when it says only where: "Sáng ngày nào, tại Hội trường
# UBND xã Liêm Tiết?" (the event, cut off after the place, is what the time was of).
_WHERE_START_RE = re.compile(r"^,?\s*(?:tại|ở)\s")
_TIME_WORDS = word_set("sáng chiều tối trưa đêm khoảng giờ phút ngày vào lúc cũng trong hôm")
# The lower-case words a place's phrase is made of; any other is a verb or an object.
_PLACE_WORDS = word_set(
    """
    tại ở xã huyện tỉnh thành phố thị trấn phường quận thôn xóm ấp bản khu vực số km thuộc
    địa phận đoạn qua trung tâm nhà hội trường quảng ngã ba tư đường quốc lộ của và cũ mới
    công hành chính trụ sở sân vận động bệnh viện học văn hóa hoá đình chùa đền di tích cụm
    nghiệp
    """
)


def says_only_where(body: str, mid: str, kind: FactKind) -> bool:
    """Whether a time is asked with nothing after it but a place: what happened is lost."""
    if kind not in _WHEN_KINDS:
        return False
    left, _, right = body.partition(mid)
    opening = WORD_RE.findall(left)
    if not _WHERE_START_RE.match(right) or any(
        w.casefold() not in _TIME_WORDS and not w[:1].isdigit() for w in opening
    ):
        return False  # "Chi bộ đầu tiên ra đời khi nào ở Tam Kỳ?" says what happened
    said = [
        w for w in WORD_RE.findall(right) if w[:1].islower() and w.casefold() not in _PLACE_WORDS
    ]
    return not said


# A speaker's introduction whose words were cut off: "Ông X, thôn nào, xã Hải Toàn cho biết?".
_SPEECH_END_RE = re.compile(
    r"(?:cho biết|chia sẻ|cho hay|nói|khẳng định|nhấn mạnh|phấn khởi|xúc động|bày tỏ"
    # After a name or its bracket these are verbs, not "bao nhiêu kiến nghị":
    # "Cử tri Nguyễn Văn Khải (thôn nào, xã Nhân Thịnh) phản ánh".
    r"|(?:\)|(?<!\w)[A-ZĐ]\w*)\s+(?:phản ánh|kiến nghị|đề nghị|đề xuất|kể|tâm sự))"
    r"\s*:?\s*$"
)


# The words said, then who said them: "..., thêm bao nhiêu phần trăm”, ông Tiến nói",
# "... dự toán”, bà Vũ Thị Hạnh, Giám đốc Sở Tài chính cho biết".
_SAID_BY_RE = re.compile(
    r"[,”\"]\s*(?:ông|bà|anh|chị|em|cụ|đồng chí)\s+[^“”\"]{1,90}$",
    re.IGNORECASE,
)


def ends_on_speech(body: str) -> bool:
    """Whether the stem stops where a quotation would begin: what was said is lost."""
    end = body.rstrip(" ?,.")
    return bool(_SPEECH_END_RE.search(end)) and not _SAID_BY_RE.search(end)


_BOX_FIELDS = frozenset(
    {"quê quán", "quê", "ngày sinh", "năm sinh", "nơi sinh", "dân tộc", "trình độ", "chức vụ"}
)
_MAX_BOX_LINE_WORDS = 20


def is_box_line(body: str, mid: str) -> bool:
    """Whether the stem is a line of a fact box or a round-up's sub-heading.

    "Quê quán: xã nào, huyện Phong Điền?", "Xã nào: thu nhập bình quân đạt 70,3
    triệu đồng/người/năm?": the label asked, or a biography's field, says neither
    who nor what. ("Thôn An Hòa: hiến bao nhiêu m2 đất?" names its subject.)
    """
    label, colon, rest = body.partition(":")
    if not colon or not rest.strip() or len(body.split()) > _MAX_BOX_LINE_WORDS:
        return False
    if mid in label:
        # "Xã nào:", "Thôn nào:": a round-up's sub-heading with its place asked.
        return len(label.replace(mid, " ").split()) <= 1
    return label.strip().casefold() in _BOX_FIELDS


def is_undefined_part(body: str, mid: str, ask: str) -> bool:
    """Whether the stem asks for a part of a whole and stops before saying which part.

    "... đào tạo nghề cho 21.460 người; trong đó bao nhiêu người?" (the rest,
    "(73,7%) có việc làm ...", was cut at the bracket): 21.460 answers it too.
    "59 tổ chức cơ sở đảng, trong đó bao nhiêu đảng bộ?" names its part.
    """
    if "trong đó" not in body:
        return False
    at = re.search(r"trong đó (?:có )?" + re.escape(mid.strip()) + r"\s*$", body)
    noun = mid.split(ask, 1)[1].strip() if ask in mid else ""
    return (
        at is not None
        and bool(noun)
        and re.search(r"\d\s+" + re.escape(noun) + r"(?!\w)", body[: at.start()]) is not None
    )


def has_twin_after(fact: Fact, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the next figure, joined by "và" or a comma, counts the same thing.

    "gồm 51.900 suất với 2 mức 300.000 đồng và 600.000 đồng": asked as "với 2
    mức bao nhiêu đồng?", both are right. ("17 xã và 1 thị trấn" count two things.)
    """
    norm = fact.sentence.norm
    following = sorted((s, e) for s, e in spans if s >= fact.phrase_end)
    if not following:
        return False
    start, end = following[0]
    if not _JOINED_RE.fullmatch(norm, fact.phrase_end, start):
        return False
    counted = _FIGURE_HEAD_RE.sub("", norm[fact.phrase_start : fact.phrase_end], count=1)
    return counted == _FIGURE_HEAD_RE.sub("", norm[start:end], count=1)


_JOINED_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_FIGURE_HEAD_RE = re.compile(r"^\D*?\d[\d.,]*\s*")


def speaks_unnamed(body: str) -> bool:
    """Whether the stem says "tôi" ("chúng tôi") and never names who is speaking.

    "Ở Hải Dương, năm ấy tôi bao nhiêu tuổi?" cannot be answered; "Ông Võ Văn
    Tư phấn khởi: Nhà tôi làm 6 sào giống DT68, ..." can.
    """
    if "ôi" not in body:
        return False  # no "tôi": the usual case, decided without a search
    return _FIRST_PERSON_RE.search(body) is not None and _NAMED_SPEAKER_RE.search(body) is None


_UPPER_NAME_START = rf"\s+{UPPER_CLASS}"
_FIRST_PERSON_RE = re.compile(r"(?<!\w)[Tt]ôi(?!\w)")
_NAMED_SPEAKER_RE = re.compile(
    rf"(?<!\w)(?i:ông|bà|anh|chị|đồng chí|cô|thầy|cụ|em){_UPPER_NAME_START}"
)


def breaks_brackets(body: str, mid: str, kind: FactKind) -> bool:
    """Whether the stem starts inside brackets, or ends in them on a place.

    "Trú tại xã nào, huyện Kim Bảng) điều khiển?" and "Xã Tiên Hải (thành phố
    nào)?" have lost what the sentence says ("... nhiều nhất là lĩnh vực
    chứng thực (bao nhiêu hồ sơ)?" has not).
    """
    if body.count(")") > body.count("("):
        return True
    return kind is FactKind.PLACE and bool(
        re.search(r"\([^()]*" + re.escape(mid.strip()) + r"\)?[\s.,;:…?!]*$", body)
    )


@lru_cache(maxsize=256)
def is_unaskable_text(text: str) -> bool:
    """Whether a sentence is no prose to ask from: set in capitals, or a flattened table row.

    "HUYỆN HẢI HÀ ĐẶT MỤC TIÊU ..." (a lead or sub-heading in capitals) would
    shout its question; "Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 | ..." and
    "Tiền sử dụng đất 2.000 2.104,6 105,2%" and "Chỉ tiêu: ... - Kế hoạch: 850 tỷ đồng -
    Kết quả: ..." are a table's rows, whose cells only
    make sense under their headers.
    """
    if text.count("|") >= 2 or (_ADJACENT_FIGURES_RE.search(text) and _BARE_ROW_RE.search(text)):
        return True
    if text.count(" - ") >= 2 and len(_FIELD_RE.findall(text)) >= 2:
        return True  # "Chỉ tiêu: Thu ngân sách - Kế hoạch: 850 tỷ đồng - Kết quả: ..."
    cells = _CELL_SEP_RE.split(text) if " – " in text or " - " in text else [text]
    if (
        len(cells) >= 3
        and all(len(cell.split()) <= _MAX_CELL_WORDS for cell in cells)
        and sum(1 for cell in cells if cell.strip()[:1].isdigit()) >= 2
    ):
        return True  # "Phường Tân An – 168,2 tỷ đồng – 121,4% dự toán": a row of short cells
    if sum(map(str.islower, text[:_SAMPLE_CHARS])) > _SAMPLE_LOWER:
        return False  # prose: most sentences tell at once
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper >= _MIN_SHOUTED_LETTERS and upper >= _SHOUTED_SHARE * (upper + lower)


# How a fronted adverbial opens: a source, a document carried out, an occasion ...
_ADVERBIAL_RE = re.compile(
    r"(?i:theo|thực hiện|triển khai|căn cứ|hưởng ứng|sau|nhân(?! (?:dân|viên|lực|rộng))|dịp"
    r"|với mục tiêu)(?!\w)"
)
# ... or a time, which may be followed by its clause with no comma ("năm 2023 toàn
# huyện đón ..."), so only a short one counts: "khoảng 21 giờ ngày 18/1/2024".
_TIME_RE = re.compile(
    r"(?i:trong|từ|đến|tính đến|vào|ngày|sáng(?! kiến| tạo)|chiều(?! dài| rộng| cao)"
    r"|tối(?! đa| thiểu)|trưa|đêm|khoảng|năm(?! học)|tháng|quý|giai đoạn"
    r"|(?:đầu|cuối|giữa) (?:năm|tháng|quý|tuần))(?!\w)"
)
_MAX_TIME_WORDS = 10
# A clause that only says why or for what, whatever verbs it holds.
_SUBORDINATE_RE = re.compile(r"(?i:nhờ|để|do|vì|khi)(?!\w)")
# A main clause's predicate: "năm 2023 có ...", "đến ngày 30/9 toàn huyện có ...".
_PREDICATE_RE = re.compile(r"(?<!\w)(?:có|đạt|đã|đang|sẽ|là|chiếm|tăng|giảm|còn|gồm)(?!\w)")
# A document named with its issuer and its subject says what is asked in full.
_DOCUMENT_TOPIC_RE = re.compile(r"(?<!\w)của (?:\S+ )+?về(?!\w)")


_ISSUED_RE = re.compile(
    rf"(?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Kết luận|Hướng dẫn|Công văn|Công điện|Nghị định"
    rf"|Thông tư|Đề án|Quy định)\s(?:[^,]*\s)?của\s{UPPER_CLASS}"
)


def names_issued_document(body: str, mid: str) -> bool:
    """Whether the comma-part asked in names a document and who issued it.

    "Thực hiện Nghị quyết số 17-NQ/TU ngày nào của Ban Chấp hành Đảng bộ tỉnh": still
    a fair question when no main clause fits; "Thực hiện Chỉ thị số 35-CT/TW ngày nào"
    is not.
    """
    return any(mid.strip() in part and _ISSUED_RE.search(part) for part in _comma_parts(body))


def is_adverbial_only(body: str, mid: str) -> bool:
    """Whether every comma-part of ``body`` is a fronted adverbial: the main clause is gone.

    "Theo Quyết định số nào ngày 28/7/2023 của UBND thành phố", "ngày nào, nhân
    Ngày Pháp luật": cut before the comma that leads to what was decided or done.
    Not "Thực hiện Kế hoạch số nào của UBND tỉnh về ...": a document with its subject.
    Only meaningful for a body cut short of its clause (the caller knows).
    """
    return all(_is_adverbial(part, mid) for part in _comma_parts(body) if part)


def _comma_parts(body: str) -> list[str]:
    """``body`` split at its commas outside quotes and brackets."""
    outside = outside_quotes(body)
    depth, start, parts = 0, 0, []
    for i, char in enumerate(body):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0 and outside[i]:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    return parts


def _is_adverbial(part: str, mid: str) -> bool:
    if _SUBORDINATE_RE.match(part):
        return True
    if _PREDICATE_RE.search(part):
        return False
    if not _ADVERBIAL_RE.match(part):
        time = _TIME_RE.match(part)
        if time is None or len(part.split()) > _MAX_TIME_WORDS:
            return False
        # "năm 2023 huyện thành lập bao nhiêu HTX": a count asked further on is the clause's.
        words = [w for w in part[time.end() :].split() if w not in ("tổng", "số")]
        return "bao" not in words[1:]  # but "trong tổng số bao nhiêu người" is no clause
    return not (mid.strip() in part and _DOCUMENT_TOPIC_RE.search(part))


_PAUSE_RE = re.compile(r"\s*(?:[,;.:!?]|(?:và|với|nhưng|để|nhằm|còn|song)\s)")
_MIN_QUOTE_TAIL_WORDS = 2
_MIN_CUT_QUOTE_WORDS = 4


def cuts_quote_short(body: str, mid: str, fact: Fact) -> bool:
    """Whether the stem asks inside someone's words and stops right after the question.

    "Ông Lê Văn Bảy cho biết: “Trước đây bao nhiêu ha ruộng”?" kept of "“Trước đây 1,5
    ha ruộng của gia đình mỗi năm làm 3 vụ lúa ...”": what the figure was is cut off.
    """
    at = body.find(mid)
    if at < 0 or body.count("“", 0, at) <= body.count("”", 0, at):
        return False  # not asked inside a quotation
    kept = body[at + len(mid) :].strip(' ”"?.')
    if len(WORD_RE.findall(kept)) >= _MIN_QUOTE_TAIL_WORDS:
        return False
    text = fact.sentence.text
    close = text.find("”", fact.phrase_end)
    said = text[fact.phrase_end : close if close >= 0 else len(text)]
    if _PAUSE_RE.match(said):
        return False  # cut where the speaker paused: "... làm bao nhiêu vụ lúa, trừ chi phí"
    # Cut before the next figure ("Trường tôi có bao nhiêu lớp | với 836 học sinh") is the
    # usual stop; four words or more before it are what the figure was of.
    before_figure = re.split(r"\d", said, maxsplit=1)[0]
    return len(WORD_RE.findall(before_figure)) >= _MIN_CUT_QUOTE_WORDS
