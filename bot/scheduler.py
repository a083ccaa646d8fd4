"""Weekly tips inside the server process: wake every minute, send what is due, once.

Safe with several replicas: every send is preceded by a claim on the unique
(subscription, ISO week) row (bot.db.tip_claims), so a week's tip leaves once whatever
the number of processes. After downtime, a tick catches up the current week's slot.
A failed send is retried with backoff within the week; the log names the subscription,
the week and the error code, never the text. Each tick also applies the retention of
check records.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.tip_claims import Claim, claim_week, mark_failed, mark_sent
from bot.db.tips import SubscriptionView, active_subscriptions, purge_checks
from bot.runtime import Runtime
from bot.tip_calendar import due_week
from bot.tips_service import TipSender, TipSendError, choose_tip
from coaching.tips import tip_by_id, tip_text

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
RETRY_DELAYS = tuple(timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 180, 360, 720))
"""The wait after the 1st, 2nd... failed attempt; after the last one, the week is given up."""


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Delivery:
    """One attempt this replica made (what `tick` returns, for logs and tests)."""

    subscription_id: int
    week: str
    tip_id: str
    attempt: int
    sent: bool


class TipScheduler:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        senders: Mapping[str, TipSender],
        *,
        clock: Clock = utc_now,
        interval: float = 60.0,
        retention_days: int | None = None,
        lease: timedelta = timedelta(minutes=10),
        retry_delays: Sequence[timedelta] = RETRY_DELAYS,
        send_timeout: float = 60.0,
    ) -> None:
        self.sessions, self.senders, self.clock = sessions, dict(senders), clock
        self.interval, self.retention_days, self.lease = interval, retention_days, lease
        self.retry_delays, self.send_timeout = tuple(retry_delays), send_timeout

    async def run(self) -> None:
        """Tick forever (until cancelled); one bad tick never stops the next."""
        while True:
            try:
                await self.tick()
            except SQLAlchemyError as exc:
                log.warning("conseils : base de données indisponible (%s)", type(exc).__name__)
            except Exception:
                log.exception("conseils : tour du planificateur interrompu")
            await asyncio.sleep(self.interval)

    async def tick(self) -> list[Delivery]:
        """Purge old check records, then send every tip whose slot has passed this week."""
        now = self._now()
        if self.retention_days is not None:
            cutoff = now - timedelta(days=self.retention_days)
            await asyncio.to_thread(purge_checks, self.sessions, cutoff)
        deliveries = []
        for subscription in await asyncio.to_thread(active_subscriptions, self.sessions):
            week = due_week(subscription, now)
            if week is None or subscription.platform not in self.senders:
                continue  # a platform without a sender waits, unclaimed, until it has one
            delivery = await self.deliver(subscription, week)
            if delivery is not None:
                deliveries.append(delivery)
        return deliveries

    async def deliver(self, subscription: SubscriptionView, week: str) -> Delivery | None:
        """Claim the week and send; None when another replica (or an earlier tick) has it."""
        now = self._now()
        choose = partial(_chosen_id, subscription=subscription, week=week, now=now)
        claim = await asyncio.to_thread(
            claim_week,
            self.sessions,
            subscription.id,
            week,
            now,
            lease=self.lease,
            max_attempts=len(self.retry_delays) + 1,
            choose=choose,
        )
        if claim is None:
            return None
        sent = await self._send(subscription, week, claim)
        return Delivery(subscription.id, week, claim.tip_id, claim.attempts, sent)

    async def _send(self, subscription: SubscriptionView, week: str, claim: Claim) -> bool:
        sender = self.senders[subscription.platform]
        try:
            tip = tip_by_id(claim.tip_id)
            if tip is None:
                raise TipSendError("unknown_tip", permanent=True)
            await asyncio.wait_for(sender.send_tip(subscription, tip_text(tip)), self.send_timeout)
        except Exception as exc:
            retry_at = self._retry_at(claim.attempts, exc)
            log.warning(
                "conseil non envoyé : abonnement %s, semaine %s, tentative %d (%s) ; %s",
                subscription.id,
                week,
                claim.attempts,
                _describe(exc),
                f"nouvel essai à {retry_at:%Y-%m-%d %H:%M} UTC" if retry_at else "abandon",
            )
            await asyncio.to_thread(mark_failed, self.sessions, claim.delivery_id, retry_at)
            return False
        await asyncio.to_thread(mark_sent, self.sessions, claim.delivery_id, self._now())
        log.info("conseil envoyé : abonnement %s, semaine %s", subscription.id, week)
        return True

    def _retry_at(self, attempts: int, error: Exception) -> datetime | None:
        if isinstance(error, TipSendError) and error.permanent:
            return None
        if attempts > len(self.retry_delays):
            return None
        return self._now() + self.retry_delays[attempts - 1]

    def _now(self) -> datetime:
        return self.clock().astimezone(UTC)


def _chosen_id(
    session: Session, *, subscription: SubscriptionView, week: str, now: datetime
) -> str:
    return choose_tip(session, subscription, week, now).id


def _describe(error: Exception) -> str:
    if isinstance(error, TipSendError):
        return error.code
    if isinstance(error, TimeoutError):
        return "timeout"
    return type(error).__name__


def start_scheduler(runtime: Runtime, senders: Mapping[str, TipSender]) -> asyncio.Task[None]:
    """The scheduler of a running server (called from the app's lifespan)."""
    settings = runtime.settings
    scheduler = TipScheduler(
        runtime.sessions,
        senders,
        interval=settings.scheduler_interval,
        retention_days=settings.retention_days,
    )
    log.info("conseils : planificateur démarré (plateformes : %s)", ", ".join(senders) or "aucune")
    return asyncio.create_task(scheduler.run(), name="checkpost-tips")


async def stop_scheduler(task: asyncio.Task[None] | None) -> None:
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
