"""Articles of the genre written for the tests, in the shapes copied news pages take.

None is copied from a newspaper; the seed article is in ``decks/``.
"""
