"""One draft from a chat (Slack or Teams) to its guidance: the steps both platforms share.

Rate limit, not-ready model, the person's allow-list and form of address, the review in a
thread, the content-free trace. Each platform turns the outcome into its own message (Slack
blocks, a Teams card) with its own copy module; nothing here logs or keeps the text.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from bot.allow_list import allowable_hash, review_allowing
from bot.db.personal import PersonState
from bot.db.records import CheckTrace, record_check
from bot.limits import RateLimiter
from bot.runtime import Runtime
from coaching.address import AddressForm
from coaching.copy_fr.lines import Line
from coaching.drafts import DraftError
from coaching.guidance import Guidance, draft_error_message

log = logging.getLogger(__name__)


class RefusalCopy(Protocol):
    """The sentences a platform says when it cannot review (coaching.copy_fr.slack/teams)."""

    RATE_LIMITED: Line
    NOT_READY: Line
    APOLOGY: Line


@dataclass(frozen=True, slots=True)
class Asker:
    """Who sent the draft, as the platform knows them (pseudonymous hash, settings)."""

    platform: str
    user_hash: str
    person: PersonState
    form: AddressForm
    workspace_id: Callable[[], Awaitable[int | None]]


@dataclass(frozen=True, slots=True)
class Outcome:
    """Either a guidance with the allow-list hash of each finding, or a kind sentence."""

    guidance: Guidance | None = None
    hashes: tuple[str | None, ...] = ()
    refusal: str = ""


async def review_for(
    runtime: Runtime,
    limiter: RateLimiter,
    secret: str,
    asker: Asker,
    text: str,
    copy: RefusalCopy,
) -> Outcome:
    """The outcome of one draft; never raises, never logs the text."""
    if not limiter.allow(asker.user_hash):
        return Outcome(refusal=copy.RATE_LIMITED.say(asker.form))
    coach = runtime.coach
    if coach is None:
        return Outcome(refusal=copy.NOT_READY.say(asker.form))
    policy = dataclasses.replace(coach.policy, address_form=asker.form)
    draft_id = str(uuid.uuid4())
    try:
        guidance = await asyncio.to_thread(
            review_allowing,
            coach,
            text,
            secret=secret,
            allowed=asker.person.allowed_terms,
            policy=policy,
        )
    except DraftError as error:
        return Outcome(refusal=draft_error_message(error, policy))
    except Exception as exc:
        log.error(
            "%s : relecture impossible (draft_id=%s) : %s",
            asker.platform,
            draft_id,
            type(exc).__name__,
        )
        return Outcome(refusal=copy.APOLOGY.say(asker.form))
    await _record(runtime, asker, draft_id, guidance)
    hashes = tuple(allowable_hash(secret, finding) for finding in guidance.findings)
    return Outcome(guidance, hashes)


async def _record(runtime: Runtime, asker: Asker, draft_id: str, guidance: Guidance) -> None:
    trace = CheckTrace(
        draft_id=draft_id,
        user_hash=asker.user_hash,
        platform=asker.platform,
        flags={str(axis): bool(flag) for axis, flag in guidance.flags.items()},
        finding_kinds=tuple(str(finding.kind) for finding in guidance.findings),
        workspace_id=await asker.workspace_id(),
    )
    await asyncio.to_thread(record_check, runtime.sessions, trace)
