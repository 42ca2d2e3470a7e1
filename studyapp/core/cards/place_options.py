"""Options for "huyện nào", "xã nào", "tỉnh nào": the article's places first, then made-up ones.

A place is offered places of its own tier from the article (of the same
province, unlike the national pools' northern districts), never a province or
a city the size of one for a district or a commune ("Cần Thơ" is no "quận"),
and a foreign place only other foreign places ("Toyama" among "Thái Bình" and
"Sơn La" would give itself away).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence

from studyapp.core.cards import pools
from studyapp.core.cards.districts import DISTRICTS_OF, PROVINCE_OF
from studyapp.core.facts import Fact
from studyapp.core.vietnamese import fold

# Made-up places of the level asked: "thành phố nào" gets cities, not communes.
_PLACE_POOLS = {
    "tỉnh": pools.PROVINCES,
    "thành phố": pools.CITIES,
    "huyện": pools.DISTRICTS,
    "quận": pools.DISTRICTS,
    "thị xã": pools.DISTRICTS,
}
_PLACE_TIERS = (
    ("huyện", "quận", "thị xã", "thành phố"),
    ("xã", "phường", "thị trấn"),
)
_WIDE = frozenset({"tỉnh", "thành phố"})
_PROVINCES = frozenset(pools.PROVINCES)
_VOWELS = frozenset("aeiouy")


def place_options(
    fact: Fact, group: Callable[[str], Sequence[Fact]], rng: random.Random
) -> Iterator[str]:
    """Candidate options for a place, best first (``group`` gives the article's facts)."""
    if is_foreign(fact.answer):
        yield from (f.answer for f in group(fact.group) if is_foreign(f.answer))
        return
    own = list(_own_size(fact, (f.answer for f in group(fact.group))))
    for tier in _PLACE_TIERS:
        if fact.unit in tier:
            for level in tier:
                if level != fact.unit:  # its own level was offered just above
                    own += _own_size(fact, (f.answer for f in group("place:" + level)))
    yield from own
    fallback = list(_PLACE_POOLS.get(fact.unit, pools.PLACE_NAMES))
    if fact.unit in _DISTRICT_LEVELS:
        # The province's own districts; a far one beside the answer alone gives it away,
        # beside two of the article's own it only makes a fourth.
        home = [name for province in _home_provinces(group) for name in DISTRICTS_OF[province]]
        rng.shuffle(home)
        yield from home
        if len(set(own) - {fact.answer}) < _OWN_ENOUGH:
            return
    rng.shuffle(fallback)
    yield from fallback


_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã"})
_OWN_ENOUGH = 2  # the article's own options that make one made-up option harmless


def _home_provinces(group: Callable[[str], Sequence[Fact]]) -> list[str]:
    """The provinces of :mod:`districts` the article is in: named, or those of its districts."""
    home = {f.answer for f in group("place:tỉnh") if f.answer in DISTRICTS_OF}
    for level in _DISTRICT_LEVELS:
        home.update(
            province for f in group("place:" + level) if (province := PROVINCE_OF.get(f.answer))
        )
    return sorted(home)


def is_foreign(name: str) -> bool:
    """Whether a place's name is no Vietnamese one: a word of two syllables ("Toyama", "Asan").

    Vietnamese writes one syllable per word, and a syllable has one run of vowels.
    """
    for word in fold(name).replace("-", " ").split():
        runs = sum(
            1
            for i, ch in enumerate(word)
            if ch in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS)
        )
        if runs > 1:
            return True
    return False


def _own_size(fact: Fact, names: Iterator[str]) -> Iterator[str]:
    """The names, without provinces when a district or a commune is asked."""
    wide = fact.unit in _WIDE
    return (name for name in names if wide or name not in _PROVINCES)
