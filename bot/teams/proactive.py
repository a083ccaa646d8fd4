"""Proactive messages (the weekly tips): post to a stored conversation reference."""

from __future__ import annotations

import logging
from typing import Any

from microsoft_agents.activity import ConversationReference
from microsoft_agents.hosting.core import ClaimsIdentity, TurnContext
from microsoft_agents.hosting.fastapi import CloudAdapter

from bot.teams.cards import Reply
from bot.teams.delivery import connector_of, message, with_retries
from bot.teams.options import TeamsOptions

log = logging.getLogger(__name__)


class ProactiveSender:
    """`app.state.teams.send_to_conversation(reference_json, text_or_card)` for the scheduler."""

    def __init__(self, adapter: CloudAdapter, options: TeamsOptions) -> None:
        self._adapter = adapter
        self._options = options

    async def send_to_conversation(
        self, reference_json: str, text_or_card: str | dict[str, Any]
    ) -> None:
        """Post a new message (not a reply) to the conversation; raises if Teams refuses."""
        reference = ConversationReference.model_validate_json(reference_json)
        reference.activity_id = None  # a new post, not a reply
        reply = Reply(card=text_or_card) if isinstance(text_or_card, dict) else Reply(text_or_card)
        outgoing = message(reply)

        async def deliver(context: TurnContext) -> None:
            connector = connector_of(context)
            if connector is None:
                raise RuntimeError("no connector client in a proactive turn")
            outgoing.apply_conversation_reference(reference)
            conversation_id = reference.conversation.id
            await with_retries(
                lambda: connector.conversations.send_to_conversation(conversation_id, outgoing)
            )

        await self._adapter.continue_conversation_with_claims(
            self._identity(), reference.get_continuation_activity(), deliver
        )

    def _identity(self) -> ClaimsIdentity:
        """Our own app's identity (MSAL token for Bot Framework), or anonymous for local use."""
        if self._options.anonymous:
            return ClaimsIdentity()
        return self._adapter.create_claims_identity(self._options.app_id)
