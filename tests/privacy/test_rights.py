"""Each person's rights: `mes-donnees` shows exactly their rows (found by the HMAC of their
id), `oublie-moi` deletes all of them and nobody else's, on Slack and on Teams."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import build_engine, session_scope
from bot.db.person_data import export_person, forget_person
from bot.db.records import hash_user
from bot.db.tables import AllowedTerm, CheckRecord, Feedback, PersonPreference
from bot.settings import Settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import address_choice, block_actions
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.privacy.stack import (
    Stack,
    card_actions,
    card_of,
    serve_stack,
    slack_button,
    slack_export,
    stack_settings,
    teams_export,
)

PERSONAL = (CheckRecord, Feedback, AllowedTerm, PersonPreference)
"""Every table holding a row about one person (by user_hash)."""
NOT_RELEVANT = "checkpost_feedback_not_relevant"
ALICE, BRUNO = "U0ALICE01", "U0BRUNO02"
TEAMS_ALICE, TEAMS_BRUNO = "29:alice-0001", "29:bruno-0002"


def _secret(settings: Settings) -> str:
    assert settings.secret_key is not None
    return settings.secret_key.get_secret_value()


def _rows_of(sessions: sessionmaker[Session], user_hash: str) -> dict[str, int]:
    with session_scope(sessions) as session:
        return {
            table.__tablename__: int(
                session.scalar(select(func.count()).where(table.user_hash == user_hash)) or 0
            )
            for table in PERSONAL
        }


def _draft_ids(sessions: sessionmaker[Session], user_hash: str) -> set[str]:
    with session_scope(sessions) as session:
        query = select(CheckRecord.draft_id).where(CheckRecord.user_hash == user_hash)
        return set(session.scalars(query))


def _wait(condition: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.fixture
def settings(tmp_path: Path, fake_slack: FakeSlack) -> Settings:
    return stack_settings(tmp_path, f"sqlite:///{tmp_path / 'checkpost.db'}", fake_slack)


@pytest.fixture
def stack(
    settings: Settings, fake_slack: FakeSlack, teams_fake: FakeBotFramework
) -> Iterator[Stack]:
    yield from serve_stack(settings, fake_slack, teams_fake)


# Slack ------------------------------------------------------------------------------------


def _slack_person(stack: Stack, user: str, tag: str, *, prefers_vous: bool) -> None:
    """Two checks, one « Pas pertinent » (a feedback row and an allowed term), a preference."""
    fake = stack.fake_slack
    stack.slash(f"Le projet Zéphyr sort ce trimestre ({tag})", user=user, reply=f"check-{tag}")
    before = len(fake.sent("chat.postMessage"))
    stack.dm(f"Écris à {tag}@acme.com pour les chiffres secrets du trimestre.", user=user)
    call = fake.wait_sent("chat.postMessage", before + 1)[-1]
    block_id, value = slack_button(call.params["blocks"], "email", NOT_RELEVANT)
    message = {"type": "message", "ts": "1.1", "text": "", "blocks": call.params["blocks"]}
    url = fake.response_url(f"click-{tag}")
    stack.slack.form(
        block_actions(NOT_RELEVANT, value, block_id, response_url=url, message=message, user=user)
    )
    if prefers_vous:
        stack.slack.form(address_choice("vous", user=user))


def _slack_answer(stack: Stack, text: str, user: str, name: str) -> dict[str, Any]:
    stack.slash(text, user=user, reply=name)
    fake = stack.fake_slack
    assert fake.wait(lambda: any(item[0] == name for item in fake.responses))
    return next(body for reply, body, _ in fake.responses if reply == name)


def test_slack_data_export_and_erasure_are_exactly_the_persons(
    stack: Stack, settings: Settings
) -> None:
    sessions = stack.runtime.sessions
    alice, bruno = (hash_user(_secret(settings), "slack", user) for user in (ALICE, BRUNO))
    _slack_person(stack, ALICE, "alice", prefers_vous=True)
    _slack_person(stack, BRUNO, "bruno", prefers_vous=False)
    everything = {"check_records": 2, "feedback": 1, "allowed_terms": 1, "person_preferences": 1}
    _wait(lambda: _rows_of(sessions, alice) == everything)
    _wait(lambda: _rows_of(sessions, bruno) == {**everything, "person_preferences": 0})
    bruno_before = _rows_of(sessions, bruno)

    exported = slack_export(_slack_answer(stack, "mes-donnees", ALICE, "data"))
    assert exported == export_person(sessions, alice)
    assert exported["user_hash"] == alice
    assert {check["draft_id"] for check in exported["checks"]} == _draft_ids(sessions, alice)
    assert exported["feedback"] == [
        {"axis": "confidentiality", "finding_kind": "email", "useful": False, "count": 1}
    ]
    assert exported["allowed_terms"] == 1 and exported["preferences"]["address_form"] == "vous"
    assert bruno not in json.dumps(exported) and "bruno" not in json.dumps(exported)

    forgotten = _slack_answer(stack, "oublie-moi", ALICE, "forget")
    assert "2 relecture" in forgotten["text"]
    assert _rows_of(sessions, alice) == dict.fromkeys(_rows_of(sessions, alice), 0)
    assert _rows_of(sessions, bruno) == bruno_before
    empty = slack_export(_slack_answer(stack, "mes-donnees", ALICE, "again"))
    assert empty["checks"] == [] and empty["feedback"] == [] and empty["preferences"] is None


# Teams ------------------------------------------------------------------------------------


def _teams_person(stack: Stack, user: str, tag: str) -> None:
    """Two checks and one « Pas pertinent » (a feedback row and an allowed term)."""
    assert stack.teams_message(f"Le projet Zéphyr sort ce trimestre ({tag})", user=user)
    assert stack.teams_message(
        f"Écris à {tag}@acme.com pour les chiffres secrets du trimestre.", user=user
    )
    card = card_of(stack.teams.messages()[-1])
    [action] = [
        a
        for a in card_actions(card)
        if a["data"].get("kind") == "email" and not a["data"]["useful"]
    ]
    assert stack.teams_click(dict(action["data"]), user=user).is_success


def _teams_answer(stack: Stack, text: str, user: str) -> str:
    assert stack.teams_message(text, user=user).is_success
    answer: str = stack.teams.messages()[-1].body["text"]
    return answer


def test_teams_data_export_and_erasure_are_exactly_the_persons(
    stack: Stack, settings: Settings
) -> None:
    sessions = stack.runtime.sessions
    alice, bruno = (hash_user(_secret(settings), "teams", u) for u in (TEAMS_ALICE, TEAMS_BRUNO))
    _teams_person(stack, TEAMS_ALICE, "alice")
    _teams_person(stack, TEAMS_BRUNO, "bruno")
    assert _rows_of(sessions, alice) == {
        "check_records": 2,
        "feedback": 1,
        "allowed_terms": 1,
        "person_preferences": 0,
    }
    bruno_before = _rows_of(sessions, bruno)

    assert stack.teams_message("mes-donnees", user=TEAMS_ALICE).is_success
    exported = teams_export(stack.teams.messages()[-1])
    assert exported == export_person(sessions, alice)
    assert {check["draft_id"] for check in exported["checks"]} == _draft_ids(sessions, alice)
    assert bruno not in json.dumps(exported) and "bruno" not in json.dumps(exported)

    assert "2 relecture" in _teams_answer(stack, "oublie-moi", TEAMS_ALICE)
    assert set(_rows_of(sessions, alice).values()) == {0}
    assert _rows_of(sessions, bruno) == bruno_before
    assert stack.teams_message("mes-données", user=TEAMS_ALICE).is_success
    assert teams_export(stack.teams.messages()[-1])["checks"] == []


# The repository functions both bots call, on SQLite and PostgreSQL ------------------------


def test_export_and_erasure_select_by_hash_only(fresh_database_url: str) -> None:
    from bot.db import migrate

    migrate.upgrade(fresh_database_url)
    engine = build_engine(fresh_database_url)
    sessions = sessionmaker(engine)
    alice, bruno = "a" * 64, "b" * 64
    with session_scope(sessions) as session:
        for number in range(6):
            who = alice if number % 2 else bruno
            session.add(CheckRecord(draft_id=f"d{number}", user_hash=who, platform="slack"))
            session.add(Feedback(user_hash=who, platform="slack", axis="tone", useful=True))
        session.add_all(AllowedTerm(user_hash=who, term_hash=who) for who in (alice, bruno))
        session.add_all(PersonPreference(user_hash=who) for who in (alice, bruno))
    exported = export_person(sessions, alice)
    assert {check["draft_id"] for check in exported["checks"]} == {"d1", "d3", "d5"}
    assert exported["feedback"][0]["count"] == 3 and exported["allowed_terms"] == 1
    counts = forget_person(sessions, alice)
    assert counts == {"checks": 3, "feedback": 3, "allowed_terms": 1, "preferences": 1}
    assert set(_rows_of(sessions, alice).values()) == {0}
    assert _rows_of(sessions, bruno) == {
        "check_records": 3,
        "feedback": 3,
        "allowed_terms": 1,
        "person_preferences": 1,
    }
    engine.dispose()
