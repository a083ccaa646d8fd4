"""Aggregate statistics for /admin: counts per week and shares, never per person.

k-anonymity: a count below `K_ANONYMITY` never leaves this module; it becomes None
(« moins de 10 »), and so does every share computed from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import CheckRecord, Feedback
from coaching.axes import Axis

K_ANONYMITY = 10
WEEKS = 12


@dataclass(frozen=True, slots=True)
class WeekCount:
    start: datetime
    """Monday 00:00 UTC."""
    checks: int | None
    """None when the week had fewer than K_ANONYMITY checks (hidden, not zero)."""


@dataclass(frozen=True, slots=True)
class Stats:
    since: datetime
    enough: bool
    """At least K_ANONYMITY checks over the whole window; if not, everything below is None."""
    weeks: tuple[WeekCount, ...]
    flagged_share: dict[Axis, float] | None
    """Share of the window's checks with a flag on each axis."""
    useful_share: float | None
    """Share of feedback clicks that said « Utile », if at least K_ANONYMITY clicks."""


def week_start(moment: datetime) -> datetime:
    day = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def aggregate_stats(
    sessions: sessionmaker[Session], now: datetime | None = None, weeks: int = WEEKS
) -> Stats:
    starts = _week_starts(now or datetime.now(UTC), weeks)
    with session_scope(sessions) as session:
        total, per_week, per_axis = _check_counts(session, starts)
        clicks, useful = _feedback_counts(session, starts[0])
    if total < K_ANONYMITY:
        hidden = tuple(WeekCount(start, None) for start in starts)
        return Stats(starts[0], False, hidden, None, None)
    return Stats(
        since=starts[0],
        enough=True,
        weeks=tuple(WeekCount(s, _visible(n)) for s, n in zip(starts, per_week, strict=True)),
        flagged_share={axis: count / total for axis, count in per_axis.items()},
        useful_share=useful / clicks if clicks >= K_ANONYMITY else None,
    )


def _week_starts(now: datetime, weeks: int) -> list[datetime]:
    current = week_start(now)
    return [current - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def _check_counts(
    session: Session, starts: list[datetime]
) -> tuple[int, list[int], dict[Axis, int]]:
    """One aggregate query: the window's total, a count per week, a flag count per axis."""
    bounds = [*starts[1:], starts[-1] + timedelta(weeks=1)]
    created = CheckRecord.created_at
    weekly = [_count_if((created >= a) & (created < b)) for a, b in zip(starts, bounds)]
    axes = [_count_if(getattr(CheckRecord, axis.value).is_(True)) for axis in Axis]
    query = select(func.count(CheckRecord.id), *weekly, *axes).where(
        created >= starts[0], created < bounds[-1]
    )
    total, *counts = session.execute(query).one()
    per_week = [int(n or 0) for n in counts[: len(starts)]]
    per_axis = {axis: int(n or 0) for axis, n in zip(Axis, counts[len(starts) :])}
    return int(total), per_week, per_axis


def _feedback_counts(session: Session, since: datetime) -> tuple[int, int]:
    query = select(func.count(Feedback.id), _count_if(Feedback.useful.is_(True))).where(
        Feedback.created_at >= since
    )
    clicks, useful = session.execute(query).one()
    return int(clicks), int(useful or 0)


def _count_if(condition: ColumnElement[Any]) -> ColumnElement[Any]:
    return func.sum(case((condition, 1), else_=0))


def _visible(count: int) -> int | None:
    return count if count >= K_ANONYMITY else None
