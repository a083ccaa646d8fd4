"""One check from the web (JSON API or playground): review, record the content-free trace."""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass

from bot.db.records import CheckTrace, hash_user, record_check
from bot.logs import bind_draft_id
from bot.runtime import Runtime
from coaching.copy_fr import shell
from coaching.drafts import DraftError
from coaching.guidance import Guidance, draft_error_message

log = logging.getLogger(__name__)
PLATFORM = "web"
MAX_DRAFT_CHARS = 50_000


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """Either a guidance (status 200) or a kind French sentence with its HTTP status."""

    status: int
    draft_id: str = ""
    guidance: Guidance | None = None
    error: str = ""


async def run_check(runtime: Runtime, text: str) -> CheckOutcome:
    """Never raises: bad drafts, a loading model and faults all become a kind sentence."""
    coach = runtime.coach
    if coach is None:
        return CheckOutcome(503, error=_not_ready_message(runtime.model_error))
    draft_id = str(uuid.uuid4())
    bind_draft_id(draft_id)  # log lines from here on carry it
    try:
        guidance = await asyncio.to_thread(coach.review, text)
    except DraftError as error:
        log.info("brouillon illisible : %s", type(error).__name__)
        return CheckOutcome(422, error=draft_error_message(error, coach.policy))
    except Exception:
        log.exception("relecture web en échec (draft_id=%s)", draft_id)  # never the text
        return CheckOutcome(500, error=shell.APOLOGY)
    trace = web_trace(runtime, draft_id, guidance)
    log.info("relecture web : axes signalés %s", sorted(k for k, on in trace.flags.items() if on))
    await asyncio.to_thread(record_check, runtime.sessions, trace)
    return CheckOutcome(200, draft_id, guidance)


def web_user_hash(runtime: Runtime) -> str:
    """Everyone on the playground shares one pseudonym: nothing tells people apart."""
    secret = runtime.settings.secret_key
    return hash_user(secret.get_secret_value() if secret else "", PLATFORM, "playground")


def web_trace(runtime: Runtime, draft_id: str, guidance: Guidance) -> CheckTrace:
    return CheckTrace(
        draft_id=draft_id,
        user_hash=web_user_hash(runtime),
        platform=PLATFORM,
        flags={str(axis): bool(flag) for axis, flag in guidance.flags.items()},
        finding_kinds=tuple(str(finding.kind) for finding in guidance.findings),
    )


def _not_ready_message(model_error: str | None) -> str:
    if model_error is None:
        return shell.MODEL_LOADING
    return shell.MODEL_BROKEN if model_error == "model_broken" else shell.MODEL_MISSING
