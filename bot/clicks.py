"""A feedback click from any platform: checked, counted, and « Pas pertinent » remembered.

Slack and Teams may not import each other; both call this instead of keeping a copy.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.feedback import FeedbackTrace, record_feedback
from bot.db.personal import allow_term
from coaching.axes import Axis
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


def checked_click(axis: str, kind: str, term_hash: str, useful: bool) -> Click:
    """What a button carried; anything unexpected is dropped, never stored."""
    return Click(
        axis if axis in _AXES else "",
        kind if kind in _KINDS else "",
        term_hash if _HASH.fullmatch(term_hash) else None,
        useful,
    )


def store_click(
    sessions: sessionmaker[Session],
    user_hash: str,
    platform: str,
    workspace_id: int | None,
    click: Click,
) -> None:
    """Count the click; on « Pas pertinent » with a term, add it to the person's allow-list."""
    trace = FeedbackTrace(user_hash, platform, click.axis, click.kind, click.useful, workspace_id)
    try:
        record_feedback(sessions, trace)
        if not click.useful and click.term_hash:
            allow_term(sessions, user_hash, click.term_hash)
    except SQLAlchemyError as exc:
        log.warning("%s : retour non enregistré (%s)", platform, type(exc).__name__)
