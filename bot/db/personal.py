"""What checkpost keeps per person besides check records: preferences and allowed terms."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import AllowedTerm, PersonPreference, utcnow


@dataclass(frozen=True, slots=True)
class PersonState:
    """What a review needs to know about its author."""

    address_form: str | None = None
    allowed_terms: frozenset[str] = frozenset()


def load_person(sessions: sessionmaker[Session], user_hash: str) -> PersonState:
    with session_scope(sessions) as session:
        form = session.scalar(
            select(PersonPreference.address_form).where(PersonPreference.user_hash == user_hash)
        )
        terms = session.scalars(
            select(AllowedTerm.term_hash).where(AllowedTerm.user_hash == user_hash)
        )
        return PersonState(form, frozenset(terms))


def save_address_form(sessions: sessionmaker[Session], user_hash: str, form: str) -> None:
    with session_scope(sessions) as session:
        row = session.scalar(
            select(PersonPreference).where(PersonPreference.user_hash == user_hash)
        )
        if row is None:
            session.add(PersonPreference(user_hash=user_hash, address_form=form))
        else:
            row.address_form, row.updated_at = form, utcnow()


def allow_term(sessions: sessionmaker[Session], user_hash: str, hashed_term: str) -> None:
    """Add one HMAC to the person's list; adding it twice changes nothing."""
    values = {"user_hash": user_hash, "term_hash": hashed_term, "created_at": utcnow()}
    with session_scope(sessions) as session:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(AllowedTerm).values(**values).on_conflict_do_nothing()
        session.execute(statement)
