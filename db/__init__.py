"""The project store: SQLAlchemy models, engine and sessions, Alembic migrations (no Qt)."""
