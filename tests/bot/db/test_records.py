"""Check records keep verdicts, never text; a database that is down loses nothing visible."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.db import migrate
from bot.db.engine import build_engine
from bot.db.records import CheckTrace, hash_user, record_check
from bot.db.tables import CheckRecord


def test_user_hash_is_keyed_and_stable() -> None:
    first = hash_user("secret", "slack", "U123")
    assert first == hash_user("secret", "slack", "U123")
    assert first != hash_user("other", "slack", "U123")
    assert "U123" not in first


def test_record_stores_verdicts(database_url: str) -> None:
    migrate.upgrade(database_url)
    engine = build_engine(database_url)
    sessions = sessionmaker(engine)
    trace = CheckTrace("d-1", "h" * 64, "slack", {"tone": True}, ("insult", "figure", "insult"))
    assert record_check(sessions, trace)
    with sessions() as session:
        row = session.scalars(select(CheckRecord)).one()
    assert (row.tone, row.confidentiality, row.finding_kinds) == (True, False, "figure,insult")
    engine.dispose()


def test_database_down_is_reported_not_raised(tmp_path: object) -> None:
    engine = build_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    trace = CheckTrace("d-2", "h" * 64, "web", {}, ())
    assert record_check(sessionmaker(engine), trace) is False
