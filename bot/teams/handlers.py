"""The Teams listeners: parse, call the coach or a command, render, reply."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from microsoft_agents.activity import (
    Activity,
    ActivityTypes,
    AdaptiveCardInvokeResponse,
    InvokeResponse,
)
from microsoft_agents.hosting.core import TurnContext, TurnState
from sqlalchemy.exc import SQLAlchemyError

from bot.teams.activities import (
    author_of,
    bot_was_added,
    channel_key,
    channel_reference,
    is_personal,
)
from bot.teams.cards import Reply
from bot.teams.commands import Command, Kind, parse_command
from bot.teams.delivery import reply, send_private
from bot.teams.feedback import record_click
from bot.teams.people import forget_me, my_data
from bot.teams.reviews import review_draft
from bot.teams.services import Author, TeamsServices
from bot.teams.subscriptions import subscribe, unsubscribe
from coaching.address import AddressForm
from coaching.copy_fr import teams as copy

log = logging.getLogger(__name__)
MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message"


class Handlers:
    def __init__(self, services: TeamsServices) -> None:
        self.services = services

    async def on_message(self, context: TurnContext, state: TurnState) -> None:
        """Personal chat: answer here. Channel or group chat: answer privately, note it."""
        activity = context.activity
        author, command = author_of(activity), parse_command(activity.text or "")
        if is_personal(activity):
            await reply(context, await self._answer(author, command))
            return
        form = await self.services.form(author)
        if command.kind in (Kind.HELP, Kind.TIPS_ON, Kind.TIPS_OFF, Kind.TIPS_USAGE):
            await reply(context, await self._in_channel(context, author, command, form))
            return
        sent = await send_private(context, await self._answer(author, command))
        note = copy.ANSWERED_PRIVATELY if sent else copy.PRIVATE_CHAT_UNAVAILABLE
        await reply(context, Reply(note.say(form)))

    async def on_members_added(self, context: TurnContext, state: TurnState) -> None:
        """The welcome, with the privacy promise, when checkpost itself is installed."""
        if bot_was_added(context.activity):
            settings, policy = self.services.runtime.settings, self.services.runtime.policy
            welcome = copy.WELCOME.say(policy.address_form).format(days=settings.retention_days)
            await reply(context, Reply(welcome))

    async def on_feedback(self, context: TurnContext, state: TurnState, data: Any) -> None:
        """Action.Submit (a message carrying the button's data)."""
        thanks = await record_click(self.services, author_of(context.activity), data)
        await reply(context, Reply(thanks))

    async def on_feedback_invoke(
        self, context: TurnContext, state: TurnState, data: Any
    ) -> AdaptiveCardInvokeResponse:
        """Action.Execute (an `adaptiveCard/action` invoke): the thanks is the response."""
        thanks = await record_click(self.services, author_of(context.activity), data)
        return AdaptiveCardInvokeResponse(status_code=200, type=MESSAGE_RESPONSE, value=thanks)

    async def on_other(self, context: TurnContext, state: TurnState) -> None:
        """Anything else is ignored; an unknown invoke still gets a plain 200, not a 501."""
        log.debug("teams : activité ignorée (%s)", context.activity.type)
        if context.activity.type == ActivityTypes.invoke:
            done = InvokeResponse(status=200)
            await context.send_activity(Activity(type=ActivityTypes.invoke_response, value=done))

    async def on_error(self, context: TurnContext, error: Exception) -> None:
        """Logged by type only (never the text); the person gets a short apology."""
        log.error("teams : erreur pendant un échange (%s)", type(error).__name__)
        try:
            form = await self.services.form(author_of(context.activity))
            await reply(context, Reply(copy.APOLOGY.say(form)))
        except Exception as exc:
            log.warning("teams : excuse non envoyée (%s)", type(exc).__name__)

    async def _answer(self, author: Author, command: Command) -> Reply:
        """What to say to this person, privately."""
        if command.kind is Kind.REVIEW:
            return await review_draft(self.services, author, command.draft)
        if command.kind is Kind.DATA:
            return await my_data(self.services, author)
        if command.kind is Kind.FORGET:
            return await forget_me(self.services, author)
        form = await self.services.form(author)
        if command.kind is Kind.HELP:
            return Reply(copy.HELP.say(form))
        return Reply(copy.TIPS_IN_CHANNELS_ONLY.say(form))

    async def _in_channel(
        self, context: TurnContext, author: Author, command: Command, form: AddressForm
    ) -> Reply:
        """Help and the weekly tips switch, answered in the channel itself."""
        if command.kind is Kind.HELP:
            return Reply(copy.HELP.say(form))
        if command.kind is Kind.TIPS_USAGE:
            return Reply(copy.TIPS_USAGE.say(form))
        sessions, channel = self.services.runtime.sessions, channel_key(context.activity)
        try:
            if command.kind is Kind.TIPS_ON:
                workspace = await self.services.workspace_id(author.tenant_id)
                reference = channel_reference(context.activity)
                await asyncio.to_thread(subscribe, sessions, channel, reference, workspace)
                return Reply(copy.TIPS_ON.say(form))
            await asyncio.to_thread(unsubscribe, sessions, channel)
        except SQLAlchemyError as exc:
            log.warning("teams : abonnement non enregistré (%s)", type(exc).__name__)
            return Reply(copy.DATA_UNAVAILABLE.say(form))
        return Reply(copy.TIPS_OFF.say(form))
