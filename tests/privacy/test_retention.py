"""Retention: the running server's scheduler deletes check records and feedback older than
CHECKPOST_RETENTION_DAYS; Slack's event receipts go after two hours."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.app import create_app
from bot.db import migrate
from bot.db.engine import build_engine, session_scope
from bot.db.receipts import KEEP, claim_event, purge_receipts
from bot.db.tables import AllowedTerm, CheckRecord, EventReceipt, Feedback, PersonPreference, utcnow
from bot.settings import Settings
from tests.bot.conftest import serve_in_thread
from tests.bot.conftest import test_settings as make_settings
from tests.fakes import KeywordClassifier, NoNames

DAYS = 30


def _seed(settings: Settings) -> None:
    engine = build_engine(settings.effective_database_url)
    sessions = sessionmaker(engine)
    now = utcnow()
    with session_scope(sessions) as session:
        for age, name in ((DAYS + 1, "old"), (DAYS - 1, "recent")):
            when = now - timedelta(days=age)
            session.add(
                CheckRecord(draft_id=name, user_hash="a" * 64, platform="slack", created_at=when)
            )
            session.add(
                Feedback(
                    user_hash="a" * 64, platform="slack", axis=name, useful=True, created_at=when
                )
            )
        session.add(
            AllowedTerm(
                user_hash="a" * 64, term_hash="t" * 64, created_at=now - timedelta(days=400)
            )
        )
        session.add(PersonPreference(user_hash="a" * 64, updated_at=now - timedelta(days=400)))
    engine.dispose()


def test_the_servers_scheduler_applies_the_retention(
    fresh_database_url: str, tmp_path: Path
) -> None:
    settings = make_settings(
        tmp_path,
        DATABASE_URL=fresh_database_url,
        CHECKPOST_SCHEDULER=True,
        CHECKPOST_SCHEDULER_INTERVAL=0.05,
        CHECKPOST_RETENTION_DAYS=DAYS,
    )
    migrate.upgrade(fresh_database_url)
    _seed(settings)
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames())
    sessions = app.state.runtime.sessions

    def kept() -> tuple[list[str], list[str]]:
        with session_scope(sessions) as session:
            checks = sorted(session.scalars(select(CheckRecord.draft_id)))
            clicks = sorted(session.scalars(select(Feedback.axis)))
        return checks, clicks

    for _server in serve_in_thread(app):
        deadline = time.monotonic() + 10
        while kept() != (["recent"], ["recent"]) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert kept() == (["recent"], ["recent"])
    with session_scope(sessions) as session:
        assert session.scalars(select(AllowedTerm)).all(), (
            "a person's settings stay until oublie-moi"
        )
        assert session.scalars(select(PersonPreference)).all()
    app.state.runtime.engine.dispose()


def test_event_receipts_are_kept_two_hours(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'receipts.db'}"
    migrate.upgrade(url)
    engine = build_engine(url)
    sessions = sessionmaker(engine)
    assert claim_event(sessions, "slack", "Ev-old") and claim_event(sessions, "slack", "Ev-new")
    with session_scope(sessions) as session:
        old = session.scalars(select(EventReceipt).where(EventReceipt.event_id == "Ev-old")).one()
        old.received_at = utcnow() - KEEP - timedelta(minutes=1)
    purge_receipts(sessions)
    with session_scope(sessions) as session:
        assert list(session.scalars(select(EventReceipt.event_id))) == ["Ev-new"]
    assert KEEP.total_seconds() == 2 * 3600
    columns = set(EventReceipt.__table__.columns.keys())
    assert columns == {"id", "platform", "event_id", "received_at"}, "no person, no text"
    engine.dispose()
