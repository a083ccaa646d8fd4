"""Run Alembic from code: `checkpost db upgrade`, and the migration tests."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from bot.db.engine import build_engine, normalise_url

# Inside the package (bot/migrations): found the same way from a checkout and from a wheel.
MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    build_engine(url).dispose()  # creates the SQLite folder when needed
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)


def check(url: str) -> None:
    """Raise if the tables in code and the migrations disagree (`alembic check`)."""
    command.check(alembic_config(url))
