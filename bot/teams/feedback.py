"""« Utile » / « Pas pertinent » from a card: count it (axis, kind), maybe allow the term."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.clicks import Click, checked_click, store_click
from bot.teams.services import PLATFORM, Author, TeamsServices
from coaching.copy_fr import teams as copy


def parse_click(data: Any) -> Click:
    """The card's action data; anything unexpected is dropped, never stored."""
    values = data if isinstance(data, dict) else {}
    axis, kind, term = (str(values.get(key, "")) for key in ("axis", "kind", "term"))
    return checked_click(axis, kind, term, values.get("useful") is True)


async def record_click(services: TeamsServices, author: Author, data: Any) -> str:
    """Store the click (counts only) and return the thank-you sentence."""
    click = parse_click(data)
    _, form = await services.person(author)
    user_hash = services.user_hash(author)
    workspace_id = await services.workspace_id(author.tenant_id)
    sessions = services.runtime.sessions
    await asyncio.to_thread(store_click, sessions, user_hash, PLATFORM, workspace_id, click)
    if click.useful:
        return copy.THANKS_USEFUL.say(form)
    line = copy.THANKS_NOT_RELEVANT if click.term_hash else copy.THANKS_NOT_RELEVANT_GENERAL
    return line.say(form)
