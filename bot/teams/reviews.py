"""One draft from Teams to its guidance: rate limit, review in a thread, trace, card."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import uuid

from bot.allow_list import allowable_hash, review_allowing
from bot.db.records import CheckTrace, record_check
from bot.teams.cards import Reply, guidance_card
from bot.teams.services import PLATFORM, Author, TeamsServices
from coaching.copy_fr import teams as copy
from coaching.drafts import DraftError
from coaching.guidance import Guidance, draft_error_message

log = logging.getLogger(__name__)


async def review_draft(services: TeamsServices, author: Author, text: str) -> Reply:
    """The answer to a draft; never raises, never logs the text."""
    person, form = await services.person(author)
    if not services.limiter.allow(services.user_hash(author)):
        return Reply(copy.RATE_LIMITED.say(form))
    coach = services.runtime.coach
    if coach is None:
        return Reply(copy.NOT_READY.say(form))
    policy = dataclasses.replace(coach.policy, address_form=form)
    draft_id = str(uuid.uuid4())
    try:
        guidance = await asyncio.to_thread(
            review_allowing,
            coach,
            text,
            secret=services.secret,
            allowed=person.allowed_terms,
            policy=policy,
        )
    except DraftError as error:
        return Reply(draft_error_message(error, policy))
    except Exception as exc:
        log.error("teams : relecture impossible (draft_id=%s) : %s", draft_id, type(exc).__name__)
        return Reply(copy.APOLOGY.say(form))
    await _record(services, author, draft_id, guidance)
    hashes = [allowable_hash(services.secret, finding) for finding in guidance.findings]
    return Reply(card=guidance_card(guidance, hashes, form))


async def _record(
    services: TeamsServices, author: Author, draft_id: str, guidance: Guidance
) -> None:
    trace = CheckTrace(
        draft_id=draft_id,
        user_hash=services.user_hash(author),
        platform=PLATFORM,
        flags={str(axis): bool(flag) for axis, flag in guidance.flags.items()},
        finding_kinds=tuple(str(finding.kind) for finding in guidance.findings),
        workspace_id=await services.workspace_id(author.tenant_id),
    )
    await asyncio.to_thread(record_check, services.runtime.sessions, trace)
