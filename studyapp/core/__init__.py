"""Pure domain code: text -> facts -> cards, answer checking, scheduling rules.

Nothing in this package may import textual or sqlalchemy, read the clock or
touch the database; ``tests/unit/test_architecture.py`` enforces it.
"""
