"""The weekly tips, as the rest of the bot sees them: subscribe, unsubscribe, choose, send.

Slack and Teams call `subscribe` / `unsubscribe` for `tips on|off` (Slack can pass
`slack_tips_toggle(runtime)` as bolt's tips hook). Each platform delivers through a
`TipSender`; the scheduler (bot.scheduler) decides when.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.tip_claims import SENT, week_delivery
from bot.db.tips import (
    SubscriptionView,
    active_subscriptions,
    sent_history,
    subscribe,
    unsubscribe,
    week_counts,
)
from bot.db.workspaces import ensure_workspace
from bot.runtime import Runtime
from bot.tip_calendar import following_week, slot, week_of, zone_of
from coaching.address import AddressForm
from coaching.copy_fr import tips as copy
from coaching.tip_bank import Tip
from coaching.tips import pick_tip, tip_by_id
from coaching.week_theme import standout_axis

__all__ = [
    "SubscriptionView",
    "TipSendError",
    "TipSender",
    "Upcoming",
    "active_subscriptions",
    "choose_tip",
    "slack_tips_toggle",
    "subscribe",
    "unsubscribe",
    "upcoming",
]
log = logging.getLogger(__name__)
THEME_WINDOW = timedelta(days=7)
"""The theme of the week reads the workspace's checks of the seven days before the send."""


class TipSender(Protocol):
    """Posts one tip in one channel; raises (TipSendError ideally) when it could not."""

    async def send_tip(self, subscription: SubscriptionView, text: str) -> None: ...


class TipSendError(Exception):
    """A send that failed; `code` is logged (never the text); permanent ones are not retried."""

    def __init__(self, code: str, *, permanent: bool = False) -> None:
        super().__init__(code)
        self.code = code
        self.permanent = permanent


def choose_tip(session: Session, subscription: SubscriptionView, week: str, now: datetime) -> Tip:
    """This week's tip for a channel: its history, and the workspace's theme of the week."""
    preferred = None
    if subscription.workspace_id is not None:
        counts = week_counts(session, subscription.workspace_id, now - THEME_WINDOW, now)
        preferred = standout_axis(counts)
    history = sent_history(session, subscription.id)
    channel = f"{subscription.platform}:{subscription.channel_id}"
    return pick_tip(history, week, channel=channel, preferred_axis=preferred)


@dataclass(frozen=True, slots=True)
class Upcoming:
    """A channel's next tip: when (UTC) and which (the preview, or an admin page)."""

    subscription: SubscriptionView
    week: str
    at: datetime
    tip: Tip


def upcoming(sessions: sessionmaker[Session], now: datetime) -> list[Upcoming]:
    """The next tip of every subscribed channel: this week's unless already sent."""
    found = []
    for subscription in active_subscriptions(sessions):
        with sessions() as session:
            found.append(_next_for(session, subscription, now))
    return found


def _next_for(session: Session, subscription: SubscriptionView, now: datetime) -> Upcoming:
    zone = zone_of(subscription)
    week = week_of(now, zone)
    delivery = week_delivery(session, subscription.id, week)
    if delivery is not None and delivery.status == SENT:
        week, delivery = following_week(week), None
    at = slot(week, subscription.weekday, subscription.hour, zone)
    claimed = tip_by_id(delivery.tip_id) if delivery is not None else None
    tip = claimed or choose_tip(session, subscription, week, now)
    return Upcoming(subscription, week, at, tip)


class TipsToggleRequest(Protocol):
    """What Slack's `/checkpost tips on|off` hands over (bot.slack.services.TipsRequest)."""

    @property
    def team_id(self) -> str: ...
    @property
    def channel_id(self) -> str: ...
    @property
    def enable(self) -> bool: ...
    @property
    def form(self) -> AddressForm: ...


def slack_tips_toggle(
    runtime: Runtime, command: str = "/checkpost"
) -> Callable[[TipsToggleRequest], Awaitable[str]]:
    """The `tips=` hook of `bot.slack.mount_slack`: subscribe or unsubscribe, then the reply."""

    async def toggle(request: TipsToggleRequest) -> str:
        try:
            return await asyncio.to_thread(_toggle, runtime.sessions, request, command)
        except SQLAlchemyError as exc:
            log.warning("conseils : abonnement non modifié (%s)", type(exc).__name__)
            return copy.UNAVAILABLE.say(request.form)

    return toggle


def _toggle(sessions: sessionmaker[Session], request: TipsToggleRequest, command: str) -> str:
    if not request.enable:
        changed = unsubscribe(sessions, "slack", request.channel_id)
        line = copy.UNSUBSCRIBED if changed else copy.NOT_SUBSCRIBED
        return line.say(request.form).format(command=command)
    workspace_id = ensure_workspace(sessions, "slack", request.team_id) if request.team_id else None
    view = subscribe(sessions, "slack", request.channel_id, workspace_id=workspace_id)
    return copy.SUBSCRIBED.say(request.form).format(
        day=copy.WEEKDAYS[view.weekday], hour=view.hour, timezone=view.timezone, command=command
    )
