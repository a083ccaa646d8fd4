"""Sending: a reply in the same conversation, a private 1:1 message, with retries on 429/5xx."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aiohttp
from microsoft_agents.activity import (
    Activity,
    ActivityTypes,
    Attachment,
    ConversationAccount,
    ConversationParameters,
)
from microsoft_agents.hosting.core import ConnectorClientBase, TurnContext

from bot.teams.cards import CARD_CONTENT_TYPE, Reply

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 3
BASE_DELAY = 0.5
MAX_DELAY = 8.0


def message(reply: Reply) -> Activity:
    """A message activity: our markdown text, or one Adaptive Card (no draft text elsewhere)."""
    if reply.card is not None:
        card = Attachment(content_type=CARD_CONTENT_TYPE, content=reply.card)
        return Activity(type=ActivityTypes.message, attachments=[card])
    return Activity(type=ActivityTypes.message, text=reply.text, text_format="markdown")


async def with_retries(send: Callable[[], Awaitable[T]], *, base_delay: float = BASE_DELAY) -> T:
    """Retry when Teams says 429 or 5xx (honouring Retry-After) or the connection drops."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await send()
        except (aiohttp.ClientResponseError, aiohttp.ClientConnectionError) as exc:
            status = getattr(exc, "status", 0)
            retryable = not status or status == 429 or status >= 500
            if attempt == ATTEMPTS or not retryable:
                raise
            delay = _retry_after(exc) or base_delay * 2 ** (attempt - 1)
            log.warning("teams : envoi refusé (%s), nouvel essai dans %.1f s", status, delay)
            await asyncio.sleep(min(delay, MAX_DELAY))
    raise AssertionError("unreachable")


async def reply(context: TurnContext, answer: Reply) -> None:
    """Answer in the conversation the activity came from (a thread reply in a channel)."""
    await with_retries(lambda: context.send_activity(message(answer)))


async def send_private(context: TurnContext, answer: Reply) -> bool:
    """Open (or find) the 1:1 chat with the author and post there; False if Teams refused."""
    incoming = context.activity
    connector = connector_of(context)
    if connector is None or incoming.from_property is None or incoming.recipient is None:
        return False
    tenant = incoming.conversation.tenant_id if incoming.conversation else None
    parameters = ConversationParameters(
        is_group=False,
        agent=incoming.recipient,
        members=[incoming.from_property],
        tenant_id=tenant,
        channel_data={"tenant": {"id": tenant}} if tenant else None,
    )
    try:
        created = await with_retries(
            lambda: connector.conversations.create_conversation(parameters)
        )
        outgoing = message(answer)
        outgoing.conversation = ConversationAccount(id=created.id, tenant_id=tenant)
        outgoing.from_property, outgoing.recipient = incoming.recipient, incoming.from_property
        outgoing.channel_id, outgoing.service_url = incoming.channel_id, incoming.service_url
        await with_retries(
            lambda: connector.conversations.send_to_conversation(created.id, outgoing)
        )
    except (aiohttp.ClientError, ValueError) as exc:
        log.warning("teams : conversation privée impossible (%s)", type(exc).__name__)
        return False
    return True


def connector_of(context: TurnContext) -> ConnectorClientBase | None:
    """The turn's connector client (authenticated, or anonymous in local mode)."""
    return context.services.get(ConnectorClientBase)  # type: ignore[type-abstract]


def _retry_after(error: Exception) -> float | None:
    headers = getattr(error, "headers", None) or {}
    value = headers.get("Retry-After") if hasattr(headers, "get") else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
