"""When a channel's weekly tip is due: its weekday and hour in its own IANA zone, DST-correct.

Weeks are ISO weeks in the channel's zone ("2026-W11"). The local slot is turned into an
instant with zoneinfo, so 9:00 in Toronto is 14:00 UTC in winter and 13:00 UTC in summer.
A slot that falls in a spring-forward gap is sent at the first instant after it.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.db.tips import DEFAULT_TIMEZONE, SubscriptionView

log = logging.getLogger(__name__)


def zone_of(subscription: SubscriptionView) -> ZoneInfo:
    try:
        return ZoneInfo(subscription.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning(
            "fuseau inconnu pour l'abonnement %s : %s utilisé", subscription.id, DEFAULT_TIMEZONE
        )
        return ZoneInfo(DEFAULT_TIMEZONE)


def week_of(moment: datetime, zone: ZoneInfo) -> str:
    """The ISO week of an instant, in a zone: "2026-W03"."""
    year, week, _ = moment.astimezone(zone).isocalendar()
    return f"{year}-W{week:02d}"


def slot(week: str, weekday: int, hour: int, zone: ZoneInfo) -> datetime:
    """The instant (UTC) of a week's local send time."""
    year, number = week.split("-W")
    day = date.fromisocalendar(int(year), int(number), weekday + 1)
    local = datetime.combine(day, time(hour), tzinfo=zone)
    return local.astimezone(UTC)


def due_week(subscription: SubscriptionView, now: datetime) -> str | None:
    """The current week if its slot has passed (catch-up included), else None."""
    zone = zone_of(subscription)
    week = week_of(now, zone)
    if now >= slot(week, subscription.weekday, subscription.hour, zone):
        return week
    return None


def following_week(week: str) -> str:
    year, number = week.split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1) + timedelta(days=7)
    next_year, next_number, _ = monday.isocalendar()
    return f"{next_year}-W{next_number:02d}"
