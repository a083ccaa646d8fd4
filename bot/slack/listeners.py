"""The bolt listeners: thin. Each acknowledges at once and does the work in a lazy function.

Only direct messages to the bot, the slash command, the message shortcut, the buttons
and the App Home reach checkpost; a message in a channel is never read.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks import NOT_RELEVANT, USEFUL, help_message, notice
from bot.slack.commands import Kind, command_reply, parse_command
from bot.slack.delivery import post_response
from bot.slack.feedback import handle_click
from bot.slack.home import change_address_form, publish_home
from bot.slack.reviews import review_message
from bot.slack.services import Author, Services
from bot.slack.views import ADDRESS_FORM_ACTION
from coaching.copy_fr import slack as copy

log = logging.getLogger(__name__)
REVIEW_SHORTCUT = "checkpost_review"
Lazy = Callable[..., Awaitable[None]]


def guarded(function: Lazy) -> Lazy:
    """Log a failure by its type only (never a payload), so no draft reaches the logs."""

    @functools.wraps(function)
    async def run(**kwargs: Any) -> None:
        try:
            await function(**kwargs)
        except Exception as exc:
            log.error("slack : %s a échoué : %s", function.__name__, type(exc).__name__)

    return run


async def just_ack(ack: AsyncAck) -> None:
    await ack()


async def is_direct_message(event: dict[str, Any]) -> bool:
    """A person's new message in their DM with the bot (no edit, no bot, no channel)."""
    person = "user" in event and "bot_id" not in event and not event.get("subtype")
    return person and event.get("channel_type") == "im"


async def ignore() -> None:
    """Acknowledged (so Slack does not redeliver it), never read."""


def register_listeners(app: AsyncApp, services: Services) -> None:
    _register_direct_messages(app, services)
    _register_command(app, services)
    _register_shortcut(app, services)
    _register_buttons(app, services)
    _register_home(app, services)
    app.event(re.compile(".*"))(ignore)  # any other event: a 200, not bolt's 404


def _register_direct_messages(app: AsyncApp, services: Services) -> None:
    @guarded
    async def answer_direct_message(
        event: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        author = Author(str(event["user"]), str(context.team_id or event.get("team", "")))
        parsed = parse_command(str(event.get("text") or ""))
        reply = await command_reply(services, author, parsed, str(event["channel"]))
        thread = {"thread_ts": event["thread_ts"]} if event.get("thread_ts") else {}
        await client.chat_postMessage(channel=event["channel"], **thread, **reply.payload())

    app.event("message", matchers=[is_direct_message])(ack=just_ack, lazy=[answer_direct_message])
    app.event("message")(ignore)


def _register_command(app: AsyncApp, services: Services) -> None:
    async def ack_command(ack: AsyncAck, command: dict[str, Any]) -> None:
        kind = parse_command(str(command.get("text") or "")).kind
        form = services.known_form(str(command.get("user_id", "")))
        if kind is Kind.HELP:
            await ack(**help_message(form, services.command).payload())
        elif kind is Kind.REVIEW:
            await ack(text=copy.ACK_REVIEW.say(form))
        else:
            await ack()

    @guarded
    async def answer_command(command: dict[str, Any]) -> None:
        parsed = parse_command(str(command.get("text") or ""))
        if parsed.kind is Kind.HELP:
            return
        author = Author(str(command["user_id"]), str(command.get("team_id", "")))
        reply = await command_reply(services, author, parsed, str(command.get("channel_id", "")))
        await post_response(command["response_url"], reply)

    app.command(services.command)(ack=ack_command, lazy=[answer_command])


def _register_shortcut(app: AsyncApp, services: Services) -> None:
    @guarded
    async def review_shortcut(shortcut: dict[str, Any]) -> None:
        user_id = str(shortcut["user"]["id"])
        message = shortcut.get("message") or {}
        if message.get("user") != user_id:
            reply = notice(copy.NOT_YOUR_MESSAGE.say(services.known_form(user_id)))
        elif not str(message.get("text") or "").strip():
            reply = notice(copy.NO_TEXT.say(services.known_form(user_id)))
        else:
            author = Author(user_id, str((shortcut.get("team") or {}).get("id", "")))
            reply = await review_message(services, author, str(message["text"]))
        await post_response(shortcut["response_url"], reply)

    app.shortcut(REVIEW_SHORTCUT)(ack=just_ack, lazy=[review_shortcut])


def _register_buttons(app: AsyncApp, services: Services) -> None:
    @guarded
    async def record_click(
        body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await handle_click(services, body, action, client)

    @guarded
    async def choose_address_form(
        body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        value = str((action.get("selected_option") or {}).get("value", ""))
        await change_address_form(services, client, str(body["user"]["id"]), value)

    app.action(USEFUL)(ack=just_ack, lazy=[record_click])
    app.action(NOT_RELEVANT)(ack=just_ack, lazy=[record_click])
    app.action(ADDRESS_FORM_ACTION)(ack=just_ack, lazy=[choose_address_form])


def _register_home(app: AsyncApp, services: Services) -> None:
    @guarded
    async def open_home(event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab", "home") == "home":
            await publish_home(services, client, str(event["user"]))

    app.event("app_home_opened")(ack=just_ack, lazy=[open_home])
