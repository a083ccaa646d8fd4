"""`mes-donnees` and `oublie-moi` on Teams, over the shared bot.db.person_data."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.db.person_data import export_person, forget_person
from bot.teams.cards import Reply
from bot.teams.services import Author, TeamsServices
from coaching.copy_fr import teams as copy

log = logging.getLogger(__name__)
MAX_CHECKS_SHOWN = 100
"""A Teams message stays under ~28 KB: the newest checks are shown, the total is said."""


async def my_data(services: TeamsServices, author: Author) -> Reply:
    form = await services.form(author)
    user_hash = services.user_hash(author)
    try:
        export = await asyncio.to_thread(export_person, services.runtime.sessions, user_hash)
    except SQLAlchemyError as exc:
        log.warning("teams : export impossible (%s)", type(exc).__name__)
        return Reply(copy.DATA_UNAVAILABLE.say(form))
    return Reply(data_text(export, copy.DATA_INTRO.say(form)))


async def forget_me(services: TeamsServices, author: Author) -> Reply:
    form = await services.form(author)
    user_hash = services.user_hash(author)
    try:
        counts = await asyncio.to_thread(forget_person, services.runtime.sessions, user_hash)
    except SQLAlchemyError as exc:
        log.warning("teams : effacement impossible (%s)", type(exc).__name__)
        return Reply(copy.DATA_UNAVAILABLE.say(form))
    return Reply(
        copy.FORGOTTEN.say(form).format(
            checks=counts.get("checks", 0),
            feedback=counts.get("feedback", 0),
            terms=counts.get("allowed_terms", 0),
        )
    )


def data_text(export: dict[str, Any], intro: str) -> str:
    """The intro, then the export as a JSON code block (the newest checks if there are many)."""
    checks = list(export.get("checks") or [])
    shown = {**export, "checks": checks[:MAX_CHECKS_SHOWN]}
    parts = [intro, "```json\n" + json.dumps(shown, ensure_ascii=False, indent=2) + "\n```"]
    if len(checks) > MAX_CHECKS_SHOWN:
        parts.append(copy.DATA_CUT.tu.format(shown=MAX_CHECKS_SHOWN, total=len(checks)))
    return "\n\n".join(parts)
