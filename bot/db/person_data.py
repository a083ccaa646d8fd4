"""Each person's rights: see everything kept about them (`mes-donnees`), erase it (`oublie-moi`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import AllowedTerm, CheckRecord, Feedback, PersonPreference

EXPORT_VERSION = 1


def export_person(sessions: sessionmaker[Session], user_hash: str) -> dict[str, Any]:
    """Everything stored under `user_hash`, newest check first, as plain JSON-ready data."""
    with session_scope(sessions) as session:
        return {
            "format": EXPORT_VERSION,
            "user_hash": user_hash,
            "checks": _checks(session, user_hash),
            "feedback": _feedback(session, user_hash),
            "allowed_terms": session.scalar(
                select(func.count()).where(AllowedTerm.user_hash == user_hash)
            ),
            "preferences": _preferences(session, user_hash),
        }


def forget_person(sessions: sessionmaker[Session], user_hash: str) -> dict[str, int]:
    """Delete every row stored under `user_hash`; the counts say what went."""
    tables: dict[str, type[CheckRecord | Feedback | AllowedTerm | PersonPreference]] = {
        "checks": CheckRecord,
        "feedback": Feedback,
        "allowed_terms": AllowedTerm,
        "preferences": PersonPreference,
    }
    counts: dict[str, int] = {}
    with session_scope(sessions) as session:
        for name, table in tables.items():
            result = session.execute(delete(table).where(table.user_hash == user_hash))
            counts[name] = int(getattr(result, "rowcount", 0) or 0)
    return counts


def _checks(session: Session, user_hash: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(CheckRecord)
        .where(CheckRecord.user_hash == user_hash)
        .order_by(CheckRecord.created_at.desc(), CheckRecord.id.desc())
    )
    return [
        {
            "draft_id": row.draft_id,
            "at": row.created_at.isoformat(),
            "platform": row.platform,
            "tone": row.tone,
            "confidentiality": row.confidentiality,
            "authenticity": row.authenticity,
            "finding_kinds": [kind for kind in row.finding_kinds.split(",") if kind],
        }
        for row in rows
    ]


def _feedback(session: Session, user_hash: str) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Feedback.axis, Feedback.finding_kind, Feedback.useful, func.count())
        .where(Feedback.user_hash == user_hash)
        .group_by(Feedback.axis, Feedback.finding_kind, Feedback.useful)
        .order_by(Feedback.axis, Feedback.finding_kind, Feedback.useful)
    )
    return [
        {"axis": axis, "finding_kind": kind, "useful": useful, "count": count}
        for axis, kind, useful, count in rows
    ]


def _preferences(session: Session, user_hash: str) -> dict[str, str] | None:
    row = session.scalar(select(PersonPreference).where(PersonPreference.user_hash == user_hash))
    if row is None:
        return None
    return {"address_form": row.address_form, "reply_language": row.reply_language}
