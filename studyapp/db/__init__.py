"""Storage: SQLAlchemy 2 models, engine set-up, migrations and queries.

Queries here never commit; services own the transaction.
"""
