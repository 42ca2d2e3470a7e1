"""Names the stored schema and the code agree on, importable without SQLAlchemy.

The fast start of the home screen (:mod:`studyapp.db.home_read`) checks a
database against these before SQLAlchemy is loaded.
"""

from __future__ import annotations

# The newest revision in migrations/versions. Opening an up-to-date database
# compares against this and never loads Alembic, which is most of the cost of
# opening; tests/db/test_migrations.py keeps it equal to the scripts' head.
HEAD_REVISION = "0003"

# The learner used when ``--learner`` is not given; created on first use.
DEFAULT_LEARNER = "local"
