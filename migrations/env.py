"""Alembic environment: the app's models and the app's database settings."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from studyapp.db.engine import make_engine, resolve_url, writer
from studyapp.db.models import Base

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    # Called from the app, the engine comes ready; from the alembic command
    # line, the URL follows the app's rules (--db is not there: STUDYAPP_DB).
    engine = config.attributes.get("engine")
    if isinstance(engine, Engine):
        return engine
    url = config.get_main_option("sqlalchemy.url")
    return make_engine(resolve_url(url))


def run_migrations_offline() -> None:
    """Emit SQL to stdout instead of running it."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or str(resolve_url(None)),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run every pending migration in one transaction: all or nothing."""
    with writer(_engine()).connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
