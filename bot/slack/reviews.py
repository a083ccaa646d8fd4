"""One draft from Slack to its guidance: rate limit, review in a thread, trace, blocks."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import uuid

from bot.allow_list import allowable_hash, review_allowing
from bot.db.records import CheckTrace, record_check
from bot.slack.blocks import Message, guidance_message, notice
from bot.slack.markup import escape, plain_text
from bot.slack.services import PLATFORM, Author, Services
from coaching.copy_fr import slack as copy
from coaching.drafts import DraftError
from coaching.guidance import Guidance, draft_error_message

log = logging.getLogger(__name__)


async def review_message(services: Services, author: Author, markup: str) -> Message:
    """The reply to a draft written in Slack markup; never raises, never logs the text."""
    person, form = await services.person(author.user_id)
    if not services.limiter.allow(services.user_hash(author.user_id)):
        return notice(copy.RATE_LIMITED.say(form))
    coach = services.runtime.coach
    if coach is None:
        return notice(copy.NOT_READY.say(form))
    policy = dataclasses.replace(coach.policy, address_form=form)
    draft_id = str(uuid.uuid4())
    try:
        guidance = await asyncio.to_thread(
            review_allowing,
            coach,
            plain_text(markup),
            secret=services.secret,
            allowed=person.allowed_terms,
            policy=policy,
        )
    except DraftError as error:
        return notice(escape(draft_error_message(error, policy)))
    except Exception as exc:
        log.error("slack : relecture impossible (draft_id=%s) : %s", draft_id, type(exc).__name__)
        return notice(copy.APOLOGY.say(form))
    await _record(services, author, draft_id, guidance)
    hashes = [allowable_hash(services.secret, finding) for finding in guidance.findings]
    return guidance_message(guidance, hashes, form)


async def _record(services: Services, author: Author, draft_id: str, guidance: Guidance) -> None:
    trace = CheckTrace(
        draft_id=draft_id,
        user_hash=services.user_hash(author.user_id),
        platform=PLATFORM,
        flags={str(axis): bool(flag) for axis, flag in guidance.flags.items()},
        finding_kinds=tuple(str(finding.kind) for finding in guidance.findings),
        workspace_id=await services.workspace_id(author.team_id),
    )
    await asyncio.to_thread(record_check, services.runtime.sessions, trace)
