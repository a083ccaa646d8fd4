"""`tips on|off` in a Teams channel: the subscription row and the conversation reference.

The weekly-tips scheduler reads `tip_subscriptions` (platform "teams", active) and sends
each tip with `app.state.teams.send_to_conversation(row.conversation_reference, tip)`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import TipSubscription
from bot.teams.services import PLATFORM


def subscribe(
    sessions: sessionmaker[Session], channel_id: str, reference_json: str, workspace_id: int | None
) -> None:
    """Create or re-activate the channel's subscription, with a fresh conversation reference."""
    with session_scope(sessions) as session:
        row = _find(session, channel_id)
        if row is None:
            row = TipSubscription(platform=PLATFORM, channel_id=channel_id[:128])
            session.add(row)
        row.conversation_reference, row.active = reference_json, True
        row.workspace_id = workspace_id if workspace_id is not None else row.workspace_id


def unsubscribe(sessions: sessionmaker[Session], channel_id: str) -> bool:
    """Stop the tips; True if the channel had subscribed."""
    with session_scope(sessions) as session:
        row = _find(session, channel_id)
        if row is None:
            return False
        row.active = False
        return True


def _find(session: Session, channel_id: str) -> TipSubscription | None:
    query = select(TipSubscription).where(
        TipSubscription.platform == PLATFORM, TipSubscription.channel_id == channel_id[:128]
    )
    return session.scalar(query)
