"""Content-free check records and feedback: never the draft, never a raw user id."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import CheckRecord
from bot.metrics import count_check, count_lost_record

log = logging.getLogger(__name__)


def hash_user(secret: str, platform: str, user_id: str) -> str:
    """HMAC-SHA256 of the platform user id with the server secret."""
    message = f"{platform}:{user_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class CheckTrace:
    draft_id: str
    user_hash: str
    platform: str
    flags: dict[str, bool]
    finding_kinds: tuple[str, ...]
    workspace_id: int | None = None


def record_check(sessions: sessionmaker[Session], trace: CheckTrace) -> bool:
    """Store the trace; a database fault is logged without content and never reaches the person.

    Every platform's check ends here, so this is also where it is counted (bot.metrics).
    """
    count_check(trace.platform, trace.flags)
    try:
        with session_scope(sessions) as session:
            session.add(_row(trace))
    except SQLAlchemyError as exc:
        log.warning(
            "trace de vérification non enregistrée (draft_id=%s): %s",
            trace.draft_id,
            type(exc).__name__,
            extra={"draft_id": trace.draft_id},
        )
        count_lost_record(trace.platform)
        return False
    return True


def _row(trace: CheckTrace) -> CheckRecord:
    return CheckRecord(
        draft_id=trace.draft_id,
        user_hash=trace.user_hash,
        platform=trace.platform,
        workspace_id=trace.workspace_id,
        tone=trace.flags.get("tone", False),
        confidentiality=trace.flags.get("confidentiality", False),
        authenticity=trace.flags.get("authenticity", False),
        finding_kinds=_kinds(trace.finding_kinds),
    )


def _kinds(kinds: Iterable[str]) -> str:
    return ",".join(sorted(set(kinds)))[:400]
