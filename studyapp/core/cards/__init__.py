"""Facts to notes: stems, cloze, stored choices, stable guids, and the deck rules.

Rules enforced here:

* no question gives its answer away (:mod:`studyapp.core.cards.giveaway`);
* no two notes ask the same thing: one note per identical question, per
  figure (kind, value, what is counted), per name or person, at most two per
  place; body text is preferred over captions and sub-headings;
* a note has four stored options (answer + three distractors) in an order
  fixed by an RNG seeded from its guid; if three distractors cannot be found
  the note simply has no multiple-choice card.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from studyapp.core.cards.article_context import build_context
from studyapp.core.cards.distractors import FactPool, choose_distractors
from studyapp.core.cards.giveaway import gives_away
from studyapp.core.cards.giveaway import text_key as comparable
from studyapp.core.cards.guid import make_guid, seed_for
from studyapp.core.cards.stem_checks import is_unaskable_text
from studyapp.core.cards.stem_context import StemContext
from studyapp.core.cards.stems import stem_variants
from studyapp.core.facts import Fact
from studyapp.core.facts.tables import TABLE
from studyapp.core.model import ALL_CARD_TYPES, NUMERIC_KINDS, CardType, FactKind, NoteDraft

__all__ = ["build_notes", "make_guid"]

_MIN_STEM_WORDS = 4
_CAPITAL_DATE_WORDS = frozenset({"Tháng", "Ngày", "Năm", "Quý"})
_MAX_PER_PLACE = 2
# A "sentence" longer than this is unsplittable text, not prose worth asking about.
_MAX_SENTENCE_CHARS = 3000
_MAX_HEADING_WORDS = 10


def _question(fact: Fact, ctx: StemContext) -> str | None:
    for stem in stem_variants(fact, ctx):
        if len(stem.split()) >= _MIN_STEM_WORDS and not gives_away(stem, fact):
            return stem
    return None


def _topic_key(fact: Fact) -> tuple[str, ...]:
    """What a note is about, for the "no two notes ask the same thing" rule."""
    answer = comparable(fact.answer)
    if fact.kind in NUMERIC_KINDS:
        # A range's low end is its value; "31,5 đến 38,75 điểm" is not "31,5 điểm".
        return (fact.kind.value, str(fact.value), comparable(fact.unit), *fact.extra)
    if fact.kind in (FactKind.NAME, FactKind.PERSON, FactKind.PLACE):
        return (fact.kind.value, answer)
    return (fact.kind.value, answer, comparable(fact.unit))


def _cloze(fact: Fact) -> str:
    text = fact.sentence.text
    return text[: fact.start] + "{{c1::" + fact.answer + "}}" + text[fact.end :]


def build_notes(
    facts: Sequence[Fact],
    *,
    slug: str,
    title: str = "",
    paper: str = "",
    speakers: Mapping[int, str] | None = None,
    targets: Mapping[int, str] | None = None,
    labels: Mapping[int, str] | None = None,
    year: int = 0,
) -> tuple[NoteDraft, ...]:
    """Turn an article's facts into notes, in reading order.

    ``title`` (the article's headline) tells which place the article is about;
    ``paper`` (the publisher's or site's name, "Báo Nam Định") its province;
    ``speakers`` who answers in each paragraph of an interview; ``targets`` the
    paragraphs that are items of a list of targets, with the time they are for;
    ``labels`` the lead of each item that opens with a label ("Xã A: 97,8%");
    ``year`` the year it was published, if known.
    """
    ctx = replace(
        build_context(facts, title, paper),
        speakers=speakers or {},
        targets=targets or {},
        labels=labels or {},
        year=year,
    )
    pool = FactPool(facts)
    askable = [
        fact
        for fact in facts
        if fact.askable
        and fact.answer.strip()
        and "}}" not in fact.answer
        and "::" not in fact.answer
        and len(fact.sentence.text) <= _MAX_SENTENCE_CHARS
        and (fact.group == TABLE or not is_unaskable_text(fact.sentence.text))
        and not _year_of_the_title(fact, title)
        and not _next_of_reviewed(fact)
    ]
    # A sub-heading's figure sums up the body's ("Hơn 1.300 hộ dân nằm trong vùng nguy
    # cơ" above "1.346 hộ dân ..."): where the body counts the same thing, it asks.
    in_body = {
        _counted(f) for f in askable if f.kind in NUMERIC_KINDS and not _is_heading(f.sentence.text)
    }
    askable = [
        f
        for f in askable
        if not (f.kind in NUMERIC_KINDS and _counted(f) in in_body and _is_heading(f.sentence.text))
    ]
    # Body text first, so a fact repeated in a caption or a sub-heading is
    # asked from the body; a topic already asked is skipped before any stem is
    # built for it.
    preferred = sorted(
        range(len(askable)),
        key=lambda i: (askable[i].is_caption, _is_heading(askable[i].sentence.text), i),
    )
    topics: dict[tuple[str, ...], int] = {}
    candidates: dict[int, str] = {}
    for i in preferred:
        fact = askable[i]
        topic = _topic_key(fact)
        limit = _MAX_PER_PLACE if fact.kind is FactKind.PLACE else 1
        if topics.get(topic, 0) >= limit:
            continue
        question = _question(fact, ctx)
        if question is not None:
            topics[topic] = topics.get(topic, 0) + 1
            candidates[i] = question

    answers_by_question: dict[str, set[str]] = {}
    for i, question in candidates.items():
        answers_by_question.setdefault(comparable(question), set()).add(
            comparable(askable[i].answer)
        )
    questions: set[str] = set()
    kept: list[int] = []
    for i in preferred:
        if i not in candidates:
            continue
        q_key = comparable(candidates[i])
        if len(answers_by_question[q_key]) > 1 or q_key in questions:
            continue  # the same question with different answers is ambiguous
        questions.add(q_key)
        kept.append(i)

    notes: list[NoteDraft] = []
    guids: set[str] = set()
    for i in sorted(kept):
        fact, question = askable[i], candidates[i]
        guid = make_guid(slug, fact)
        salt = 1
        while guid in guids:
            salt += 1
            guid = make_guid(slug, fact, salt=str(salt))
        guids.add(guid)
        notes.append(_note(fact, question, guid, pool))
    return tuple(notes)


def _note(fact: Fact, question: str, guid: str, pool: FactPool) -> NoteDraft:
    rng = random.Random(seed_for(guid))
    answer = fact.answer.strip()
    if fact.kind is FactKind.DATE and answer.split(" ", 1)[0] in _CAPITAL_DATE_WORDS:
        # "Tháng 3 năm 2024" opened its sentence; among "tháng 2 năm 2024" ... it stood out.
        answer = answer[:1].lower() + answer[1:]
    distractors = choose_distractors(fact, question, pool, rng)
    card_types: tuple[CardType, ...] = ALL_CARD_TYPES
    choices: tuple[str, ...] = ()
    if len(distractors) == 3:
        options = [answer, *distractors]
        rng.shuffle(options)
        choices = tuple(options)
    else:
        card_types = tuple(t for t in ALL_CARD_TYPES if t is not CardType.CHOICE)
    tags = (fact.kind.value, "caption") if fact.is_caption else (fact.kind.value,)
    return NoteDraft(
        guid=guid,
        kind=fact.kind,
        question=question,
        answer=answer,
        cloze=_cloze(fact),
        choices=choices,
        source_sentence=fact.sentence.text,
        paragraph_index=fact.paragraph_index,
        as_of=fact.as_of,
        from_caption=fact.is_caption,
        tags=tags,
        card_types=card_types,
    )


def _year_of_the_title(fact: Fact, title: str) -> bool:
    """A bare year the headline states ("Lễ hội ... năm 2024"): "năm nào?" teaches nothing."""
    return (
        fact.kind is FactKind.DATE
        and fact.group == "year"
        and re.search(rf"(?<!\d){re.escape(fact.answer)}(?!\d)", title) is not None
    )


def _next_of_reviewed(fact: Fact) -> bool:
    """Whether the year asked is the one after (or before) the one its sentence reviews.

    "tổng kết năm học 2024 – 2025, triển khai nhiệm vụ năm học nào?": the next one. Not
    asked at all, since every cut of its sentence that hides the other year says nothing.
    """
    text = fact.sentence.norm
    if fact.kind not in (FactKind.DATE, FactKind.PERIOD) or "nhiệm vụ" not in text:
        return False
    if "tổng kết" not in text:
        return False
    years = [int(y) for y in _YEAR_RE.findall(fact.answer)]
    if not years:
        return False
    shown = {int(y) for y in _YEAR_RE.findall(text[: fact.start] + text[fact.end :])}
    return all(y - 1 in shown for y in years) or all(y + 1 in shown for y in years)


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _counted(fact: Fact) -> tuple[FactKind, str]:
    """What a figure counts, by the head of its noun: "hộ dân" of "hộ dân nằm trong ..."."""
    return fact.kind, " ".join(fact.unit.casefold().split()[:2])


def _is_heading(text: str) -> bool:
    """A sub-heading: a few words with no full stop ("Dự án 286,4 tỷ đồng")."""
    return len(text.split()) <= _MAX_HEADING_WORDS and not text.rstrip(' ”"').endswith(
        (".", "!", "?", "…", ":", ";")
    )
