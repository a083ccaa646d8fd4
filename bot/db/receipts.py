"""Event receipts: the first delivery of a platform event claims it, retries find it taken."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import EventReceipt, utcnow

KEEP = timedelta(hours=2)
"""Slack retries within minutes; receipts older than this are purged as new ones arrive."""


def claim_event(sessions: sessionmaker[Session], platform: str, event_id: str) -> bool:
    """True for the first delivery of `event_id`, False when it was already claimed."""
    try:
        with session_scope(sessions) as session:
            session.add(EventReceipt(platform=platform, event_id=event_id[:128]))
    except IntegrityError:
        return False
    return True


def purge_receipts(sessions: sessionmaker[Session]) -> None:
    with session_scope(sessions) as session:
        session.execute(delete(EventReceipt).where(EventReceipt.received_at < utcnow() - KEEP))
