"""Tip subscriptions (one row per channel) and the aggregate reads the weekly tips need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Select, case, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import CheckRecord, Feedback, TipDelivery, TipSubscription, Workspace
from coaching.axes import Axis
from coaching.week_theme import WeekCounts

DEFAULT_TIMEZONE = "America/Toronto"


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    """What a sender needs to post a tip in a channel (no ORM object leaves the session)."""

    id: int
    platform: str
    channel_id: str
    weekday: int
    hour: int
    timezone: str
    workspace_id: int | None = None
    team_id: str | None = None
    """The workspace's platform id (Slack team, Teams tenant), when known."""
    conversation_reference: str | None = None


def subscribe(
    sessions: sessionmaker[Session],
    platform: str,
    channel_id: str,
    *,
    workspace_id: int | None = None,
    weekday: int = 0,
    hour: int = 9,
    timezone: str | None = None,
    conversation_reference: str | None = None,
) -> SubscriptionView:
    """Subscribe (or re-activate) a channel. No `timezone`: the workspace's, else Toronto.
    Raises ValueError for a day outside 0-6 (Monday = 0), an hour outside 0-23 or an
    unknown IANA zone."""
    _check_schedule(weekday, hour, timezone)
    wanted = TipSubscription(
        platform=platform,
        channel_id=channel_id[:128],
        workspace_id=workspace_id,
        weekday=weekday,
        hour=hour,
        timezone=timezone or None,
        conversation_reference=conversation_reference,
    )
    try:
        return _upsert(sessions, wanted)
    except IntegrityError:  # another replica created the row meanwhile: update it
        return _upsert(sessions, wanted)


def _upsert(sessions: sessionmaker[Session], wanted: TipSubscription) -> SubscriptionView:
    """`wanted` is a detached template: its values are copied, it is never added."""
    with session_scope(sessions) as session:
        row = session.scalar(_channel_query(wanted.platform, wanted.channel_id))
        if row is None:
            row = TipSubscription(platform=wanted.platform, channel_id=wanted.channel_id)
            session.add(row)
        row.workspace_id = wanted.workspace_id or row.workspace_id
        row.weekday, row.hour, row.active = wanted.weekday, wanted.hour, True
        row.timezone = wanted.timezone or _workspace_zone(session, row.workspace_id)
        row.conversation_reference = wanted.conversation_reference or row.conversation_reference
        session.flush()
        return _view(session, row)


def unsubscribe(sessions: sessionmaker[Session], platform: str, channel_id: str) -> bool:
    """Stop the tips in a channel; True if it was subscribed."""
    with session_scope(sessions) as session:
        row = session.scalar(_channel_query(platform, channel_id[:128]))
        if row is None or not row.active:
            return False
        row.active = False
        return True


def active_subscriptions(
    sessions: sessionmaker[Session], channel_id: str | None = None
) -> list[SubscriptionView]:
    """Every active subscription (or those of one channel id, on any platform)."""
    query = select(TipSubscription).where(TipSubscription.active.is_(True))
    if channel_id is not None:
        query = query.where(TipSubscription.channel_id == channel_id)
    with session_scope(sessions) as session:
        rows = session.scalars(query.order_by(TipSubscription.id)).all()
        return [_view(session, row) for row in rows]


def sent_history(session: Session, subscription_id: int) -> list[str]:
    """The tip ids a channel received, oldest first."""
    query = (
        select(TipDelivery.tip_id)
        .where(TipDelivery.subscription_id == subscription_id, TipDelivery.status == "sent")
        .order_by(TipDelivery.iso_week, TipDelivery.id)
    )
    return list(session.scalars(query))


def week_counts(
    session: Session, workspace_id: int, since: datetime, until: datetime
) -> WeekCounts:
    """A workspace's totals between two instants: checks, distinct authors, flags per axis.
    Only aggregates leave the database; nothing is grouped by person."""
    columns = {axis: getattr(CheckRecord, axis.value) for axis in Axis}
    query = select(
        func.count(CheckRecord.id),
        func.count(func.distinct(CheckRecord.user_hash)),
        *(func.sum(case((column.is_(True), 1), else_=0)) for column in columns.values()),
    ).where(
        CheckRecord.workspace_id == workspace_id,
        CheckRecord.created_at >= since,
        CheckRecord.created_at < until,
    )
    checks, authors, *flags = session.execute(query).one()
    flagged = {axis: int(count or 0) for axis, count in zip(columns, flags)}
    return WeekCounts(int(checks), int(authors), flagged)


def purge_checks(sessions: sessionmaker[Session], before: datetime) -> int:
    """Delete the check records and feedback clicks older than `before` (retention);
    the number of check records deleted."""
    with session_scope(sessions) as session:
        result = session.execute(delete(CheckRecord).where(CheckRecord.created_at < before))
        session.execute(delete(Feedback).where(Feedback.created_at < before))
        return int(getattr(result, "rowcount", 0) or 0)


def _channel_query(platform: str, channel_id: str) -> Select[TipSubscription]:
    return select(TipSubscription).where(
        TipSubscription.platform == platform, TipSubscription.channel_id == channel_id
    )


def _workspace_zone(session: Session, workspace_id: int | None) -> str:
    if workspace_id is None:
        return DEFAULT_TIMEZONE
    zone = session.scalar(select(Workspace.timezone).where(Workspace.id == workspace_id))
    return zone or DEFAULT_TIMEZONE


def _view(session: Session, row: TipSubscription) -> SubscriptionView:
    team_id = None
    if row.workspace_id is not None:
        team_id = session.scalar(
            select(Workspace.external_id).where(Workspace.id == row.workspace_id)
        )
    return SubscriptionView(
        row.id,
        row.platform,
        row.channel_id,
        row.weekday,
        row.hour,
        row.timezone,
        row.workspace_id,
        team_id,
        row.conversation_reference,
    )


def _check_schedule(weekday: int, hour: int, timezone: str | None) -> None:
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday}")
    if not 0 <= hour <= 23:
        raise ValueError(f"hour must be 0 to 23, not {hour}")
    if timezone:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone: {timezone!r}") from exc
