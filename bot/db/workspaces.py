"""Workspaces (Slack teams, Teams tenants): found or created on first use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import Workspace


def ensure_workspace(
    sessions: sessionmaker[Session], platform: str, external_id: str, name: str = ""
) -> int:
    """The id of the (platform, external_id) workspace, created if it is new."""
    query = select(Workspace.id).where(
        Workspace.platform == platform, Workspace.external_id == external_id
    )
    with session_scope(sessions) as session:
        found = session.scalar(query)
        if found is not None:
            return found
    try:
        with session_scope(sessions) as session:
            row = Workspace(platform=platform, external_id=external_id[:64], name=name[:200])
            session.add(row)
            session.flush()
            return row.id
    except IntegrityError:  # another worker created it meanwhile
        with session_scope(sessions) as session:
            return int(session.scalar(query) or 0)
