"""indexes: one on card states for the queue and statistics; buried cards; retired notes

Revision 0002 added a covering index for the statistics next to the queue's
own index, so every answer moved a card in two indexes of ``card_states``.
Keeping the index in SQLite's pages costs more than anything else in an
answer's transaction, and the two can be one: with ``suspended`` before
``due`` the queue (one state, not suspended, in due order) is a range scan
of the covering index, and the statistics still read it without a sort.
Dropping the second index takes about a third off each answer's write.

Two small partial indexes let the deck list count buried cards and retired
notes without reading every card state and note; answers leave
``buried_until`` empty, so they never write to the first.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 12:15:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX_COLUMNS = [
    "learner_id",
    "deck_id",
    "state",
    "suspended",
    "due",
    "leech",
    "last_review",
    "stability",
    "lapses",
    "card_id",
]
_OLD_STATS_COLUMNS = [
    "learner_id",
    "deck_id",
    "state",
    "suspended",
    "leech",
    "due",
    "last_review",
    "stability",
    "lapses",
    "card_id",
]


def upgrade() -> None:
    with op.batch_alter_table("card_states", schema=None) as batch_op:
        batch_op.drop_index("ix_card_states_queue")
        batch_op.drop_index("ix_card_states_stats")
        batch_op.create_index("ix_card_states_schedule", INDEX_COLUMNS, unique=False)
        buried = sa.text("buried_until IS NOT NULL")
        batch_op.create_index(
            "ix_card_states_buried",
            ["learner_id", "buried_until"],
            unique=False,
            sqlite_where=buried,
            postgresql_where=buried,
        )
    retired = sa.text("retired_at IS NOT NULL")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_notes_retired",
            ["deck_id"],
            unique=False,
            sqlite_where=retired,
            postgresql_where=retired,
        )


def downgrade() -> None:
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index("ix_notes_retired")
    with op.batch_alter_table("card_states", schema=None) as batch_op:
        batch_op.drop_index("ix_card_states_buried")
        batch_op.drop_index("ix_card_states_schedule")
        batch_op.create_index("ix_card_states_stats", _OLD_STATS_COLUMNS, unique=False)
        batch_op.create_index(
            "ix_card_states_queue", ["learner_id", "deck_id", "state", "due"], unique=False
        )
