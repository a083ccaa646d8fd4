"""Slack redelivers an event it thinks was missed (`X-Slack-Retry-Num`): answer it once.

The first delivery of an `event_id` claims it, in memory and in the database (so another
replica also sees it); any later delivery is acknowledged and dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.response import BoltResponse
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.receipts import claim_event, purge_receipts

log = logging.getLogger(__name__)
Next = Callable[[], Awaitable[BoltResponse]]
_REMEMBERED = 10_000
_PURGE_EVERY = 500
_CLAIM_SECONDS = 1.0


class DeliveryLog:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._claims = 0

    async def first_delivery(self, event_id: str) -> bool:
        if event_id in self._seen:
            return False
        self._seen[event_id] = None
        if len(self._seen) > _REMEMBERED:
            self._seen.popitem(last=False)
        try:
            claim = asyncio.to_thread(self._claim, event_id)
            return await asyncio.wait_for(claim, timeout=_CLAIM_SECONDS)
        except (SQLAlchemyError, TimeoutError) as exc:  # the ack must not wait on a slow database
            log.warning("slack : reçu d'événement non enregistré (%s)", type(exc).__name__)
            return True

    def _claim(self, event_id: str) -> bool:
        self._claims += 1
        if self._claims % _PURGE_EVERY == 0:
            purge_receipts(self._sessions)
        return claim_event(self._sessions, "slack", event_id)


def skip_redeliveries(deliveries: DeliveryLog) -> Callable[..., Awaitable[BoltResponse]]:
    """A bolt middleware: a known `event_id` is acknowledged (200) without a second reply."""

    async def skip_redelivered_events(body: dict[str, Any], next: Next) -> BoltResponse:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if isinstance(event_id, str) and not await deliveries.first_delivery(event_id):
            log.info("slack : événement déjà traité, nouvelle livraison ignorée")
            return BoltResponse(status=200, body="")
        return await next()

    return skip_redelivered_events
