"""« Utile » / « Pas pertinent »: one row per click, axis and finding kind, never text."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import Feedback


@dataclass(frozen=True, slots=True)
class FeedbackTrace:
    user_hash: str
    platform: str
    axis: str
    finding_kind: str
    useful: bool
    workspace_id: int | None = None


def record_feedback(sessions: sessionmaker[Session], trace: FeedbackTrace) -> None:
    with session_scope(sessions) as session:
        session.add(
            Feedback(
                user_hash=trace.user_hash,
                platform=trace.platform,
                axis=trace.axis[:32],
                finding_kind=trace.finding_kind[:64],
                useful=trace.useful,
                workspace_id=trace.workspace_id,
            )
        )
