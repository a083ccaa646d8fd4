"""The company context edited on /admin: one row holding the policy as JSON."""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import CompanyContext, utcnow
from coaching.policy import Policy, policy_from_mapping

log = logging.getLogger(__name__)
CONTEXT_ID = 1


def policy_mapping(policy: Policy) -> dict[str, Any]:
    """The plain mapping `policy_from_mapping` reads back into the same policy."""
    return {
        "company_name": policy.company_name,
        "code_names": list(policy.code_names),
        "clients": list(policy.clients),
        "competitors": list(policy.competitors),
        "unannounced_products": list(policy.unannounced_products),
        "public_facts": list(policy.public_facts),
        "internal_hosts": list(policy.internal_hosts),
        "address_form": policy.address_form.value,
        "reply_language": policy.reply_language,
        "thresholds": {axis.value: value for axis, value in policy.thresholds.items()},
    }


def stored_policy(sessions: sessionmaker[Session]) -> Policy | None:
    """The policy saved on /admin, or None when nobody saved one yet.
    Raises PolicyError if the stored mapping no longer describes a policy."""
    with session_scope(sessions) as session:
        row = session.get(CompanyContext, CONTEXT_ID)
        if row is None:
            return None
        data = json.loads(row.policy_json)
    return policy_from_mapping(data)


def save_policy(sessions: sessionmaker[Session], policy: Policy) -> None:
    payload = json.dumps(policy_mapping(policy), ensure_ascii=False, sort_keys=True)
    with session_scope(sessions) as session:
        row = session.get(CompanyContext, CONTEXT_ID)
        if row is None:
            session.add(CompanyContext(id=CONTEXT_ID, policy_json=payload, updated_at=utcnow()))
        else:
            row.policy_json, row.updated_at = payload, utcnow()


def startup_policy(sessions: sessionmaker[Session], fallback: Policy) -> Policy:
    """The policy saved on /admin if there is one (it wins over the YAML file), else
    `fallback`; an unreachable database or an unreadable row also give `fallback`."""
    try:
        stored = stored_policy(sessions)
    except (SQLAlchemyError, ValueError) as exc:  # PolicyError and bad JSON are ValueErrors
        log.warning("contexte d'entreprise en base illisible (%s) : fichier YAML utilisé", exc)
        return fallback
    if stored is None:
        return fallback
    log.info("contexte d'entreprise : celui enregistré dans /admin")
    return stored
