"""The weekly delivery row: a claim first, then « sent » or « failed »; safe with replicas.

The unique (subscription_id, iso_week) row is the lock. A replica INSERTs it before
sending; the replica whose INSERT fails lets it be. A failed send, or a claim whose lease
ran out (its replica died mid-send), is taken over with a compare-and-set UPDATE on
(status, attempts), so exactly one replica retries it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import TipDelivery

SENDING = "sending"
SENT = "sent"
FAILED = "failed"
"""Failed with `next_attempt_at` set: retried then; with None: given up for the week."""

TipChooser = Callable[[Session], str]
"""Chooses the tip id inside the claiming transaction (it reads the channel's history)."""


@dataclass(frozen=True, slots=True)
class Claim:
    delivery_id: int
    tip_id: str
    attempts: int


@dataclass(frozen=True, slots=True)
class WeekDelivery:
    status: str
    tip_id: str


def claim_week(
    sessions: sessionmaker[Session],
    subscription_id: int,
    week: str,
    now: datetime,
    *,
    lease: timedelta,
    max_attempts: int,
    choose: TipChooser,
) -> Claim | None:
    """Claim this week's delivery; None when it is sent, in flight, waiting or given up."""
    try:
        with session_scope(sessions) as session:
            row = session.scalar(_week_query(subscription_id, week))
            if row is None:
                row = TipDelivery(subscription_id=subscription_id, iso_week=week)
                return _insert(session, row, choose(session), now + lease)
            if row.status == SENT or row.attempts >= max_attempts:
                return None
            return _take_over(session, row, now, lease)
    except IntegrityError:  # another replica inserted the row first: it is theirs
        return None


def _insert(session: Session, row: TipDelivery, tip_id: str, lease_end: datetime) -> Claim:
    """The first claim of the week; the unique constraint fails it if another replica won."""
    row.tip_id, row.status, row.attempts, row.next_attempt_at = tip_id, SENDING, 1, lease_end
    session.add(row)
    session.flush()
    return Claim(row.id, tip_id, 1)


def _take_over(session: Session, row: TipDelivery, now: datetime, lease: timedelta) -> Claim | None:
    """Compare-and-set: retry a due failure or an expired claim, if nobody did meanwhile."""
    result = session.execute(
        update(TipDelivery)
        .where(
            TipDelivery.id == row.id,
            TipDelivery.status == row.status,
            TipDelivery.attempts == row.attempts,
            TipDelivery.next_attempt_at.is_not(None),
            TipDelivery.next_attempt_at <= now,
        )
        .values(status=SENDING, attempts=row.attempts + 1, next_attempt_at=now + lease)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        return None
    return Claim(row.id, row.tip_id, row.attempts + 1)


def mark_sent(sessions: sessionmaker[Session], delivery_id: int, now: datetime) -> None:
    with session_scope(sessions) as session:
        session.execute(
            update(TipDelivery)
            .where(TipDelivery.id == delivery_id)
            .values(status=SENT, sent_at=now, next_attempt_at=None)
        )


def mark_failed(
    sessions: sessionmaker[Session], delivery_id: int, retry_at: datetime | None
) -> None:
    """A failed attempt: retried at `retry_at`, or never again this week when None."""
    with session_scope(sessions) as session:
        session.execute(
            update(TipDelivery)
            .where(TipDelivery.id == delivery_id)
            .values(status=FAILED, next_attempt_at=retry_at)
        )


def week_delivery(session: Session, subscription_id: int, week: str) -> WeekDelivery | None:
    """The week's delivery (status and tip), or None when nothing was claimed yet."""
    row = session.scalar(_week_query(subscription_id, week))
    return WeekDelivery(row.status, row.tip_id) if row is not None else None


def _week_query(subscription_id: int, week: str) -> Select[TipDelivery]:
    return select(TipDelivery).where(
        TipDelivery.subscription_id == subscription_id, TipDelivery.iso_week == week
    )
