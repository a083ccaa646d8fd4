"""« Utile » / « Pas pertinent » from a card: count it (axis, kind), maybe allow the term."""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.db.feedback import FeedbackTrace, record_feedback
from bot.db.personal import allow_term
from bot.teams.services import PLATFORM, Author, TeamsServices
from coaching.axes import Axis
from coaching.copy_fr import teams as copy
from coaching.findings import FindingKind

log = logging.getLogger(__name__)
_HASH = re.compile(r"[0-9a-f]{64}")
_AXES = {axis.value for axis in Axis}
_KINDS = {kind.value for kind in FindingKind}


@dataclass(frozen=True, slots=True)
class Click:
    axis: str
    kind: str
    term_hash: str | None
    useful: bool


def parse_click(data: Any) -> Click:
    """The card's action data; anything unexpected is dropped, never stored."""
    values = data if isinstance(data, dict) else {}
    axis, kind, term = (str(values.get(key, "")) for key in ("axis", "kind", "term"))
    return Click(
        axis if axis in _AXES else "",
        kind if kind in _KINDS else "",
        term if _HASH.fullmatch(term) else None,
        values.get("useful") is True,
    )


async def record_click(services: TeamsServices, author: Author, data: Any) -> str:
    """Store the click (counts only) and return the thank-you sentence."""
    click = parse_click(data)
    _, form = await services.person(author)
    user_hash = services.user_hash(author)
    trace = FeedbackTrace(
        user_hash,
        PLATFORM,
        click.axis,
        click.kind,
        click.useful,
        await services.workspace_id(author.tenant_id),
    )
    try:
        await asyncio.to_thread(record_feedback, services.runtime.sessions, trace)
        if not click.useful and click.term_hash:
            await asyncio.to_thread(
                allow_term, services.runtime.sessions, user_hash, click.term_hash
            )
    except SQLAlchemyError as exc:
        log.warning("teams : retour non enregistré (%s)", type(exc).__name__)
    if click.useful:
        return copy.THANKS_USEFUL.say(form)
    line = copy.THANKS_NOT_RELEVANT if click.term_hash else copy.THANKS_NOT_RELEVANT_GENERAL
    return line.say(form)
