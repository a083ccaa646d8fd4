"""« Utile » / « Pas pertinent »: count it (axis, kind), maybe allow the term, say thanks."""

from __future__ import annotations

import asyncio
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.clicks import Click, checked_click, store_click
from bot.slack.blocks import USEFUL, Message, notice, thank_in_place
from bot.slack.delivery import post_response
from bot.slack.services import PLATFORM, Services
from coaching.address import AddressForm
from coaching.copy_fr import slack as copy


def parse_click(action: dict[str, Any]) -> Click:
    """The button's `axis|kind|term-hash` value; anything unexpected is dropped, not stored."""
    axis, kind, hashed = ([*str(action.get("value", "")).split("|"), "", ""])[:3]
    return checked_click(axis, kind, hashed, action.get("action_id") == USEFUL)


async def handle_click(
    services: Services, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
) -> None:
    user_id = str(body.get("user", {}).get("id", ""))
    click = parse_click(action)
    _, form = await services.person(user_id)
    await _store(services, user_id, str(body.get("team", {}).get("id", "")), click)
    thanks = _thanks(click, form)
    await _replace_buttons(body, str(action.get("block_id", "")), thanks, client)


async def _store(services: Services, user_id: str, team_id: str, click: Click) -> None:
    workspace_id = await services.workspace_id(team_id)
    user_hash = services.user_hash(user_id)
    sessions = services.runtime.sessions
    await asyncio.to_thread(store_click, sessions, user_hash, PLATFORM, workspace_id, click)


def _thanks(click: Click, form: AddressForm) -> str:
    if click.useful:
        return copy.THANKS_USEFUL.say(form)
    if click.term_hash:
        return copy.THANKS_NOT_RELEVANT.say(form)
    return copy.THANKS_NOT_RELEVANT_GENERAL.say(form)


async def _replace_buttons(
    body: dict[str, Any], block_id: str, thanks: str, client: AsyncWebClient
) -> None:
    """chat.update on a DM; response_url for an ephemeral answer (a new line if no blocks)."""
    message = body.get("message") or {}
    container = body.get("container") or {}
    response_url = body.get("response_url")
    blocks = message.get("blocks")
    if not blocks:
        if response_url:
            await post_response(response_url, notice(thanks))
        return
    updated = Message(str(message.get("text", "")), thank_in_place(blocks, block_id, thanks))
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    if container.get("is_ephemeral") or not channel:
        if response_url:
            await post_response(response_url, updated, replace_original=True)
        return
    await client.chat_update(channel=channel, ts=str(message.get("ts", "")), **updated.payload())
