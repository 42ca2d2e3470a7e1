"""All models, importable from one place (Alembic's target metadata uses this)."""

from studyapp.db.base import Base
from studyapp.db.models.content import ArticleParagraph, Card, Deck, Note
from studyapp.db.models.progress import (
    CardState,
    Learner,
    ReviewActivity,
    ReviewActivityByDeck,
    ReviewLog,
)

__all__ = [
    "ArticleParagraph",
    "Base",
    "Card",
    "CardState",
    "Deck",
    "Learner",
    "Note",
    "ReviewActivity",
    "ReviewActivityByDeck",
    "ReviewLog",
]
