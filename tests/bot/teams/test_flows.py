"""Personal chat, channel mention, install, card feedback, commands, proactive tips.

All of it through the SDK's real JWT validation and real MSAL client-credential calls,
answered by the loopback fake Bot Framework.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.app import create_app
from bot.db.tables import AllowedTerm, CheckRecord, Feedback, TipSubscription
from bot.settings import Settings
from bot.teams.mount import mount_teams
from coaching.copy_fr import teams as teams_copy
from tests.bot.conftest import LiveServer, serve_in_thread
from tests.bot.conftest import test_settings as make_settings
from tests.bot.teams.conftest import (
    AUTHENTICATED,
    CHANNEL_ID,
    POLICY,
    USER_ID,
    NoNames,
    activity,
    channel_mention,
    feedback_invoke,
    feedback_submit,
    installed,
    personal_message,
    post_activity,
)
from tests.bot.teams.fake_botframework import APP_ID, FakeBotFramework, Posted
from tests.fakes import KeywordClassifier

DRAFT = "Le projet Zéphyr sort ce trimestre, quelle bande d'abrutis chez Zorg, marqueur-7c1e"
MARKER = "marqueur-7c1e"


def _send(server: LiveServer, fake: FakeBotFramework, body: dict[str, Any]) -> int:
    response = post_activity(server, body, fake.channel_token())
    assert response.status_code in (200, 202), response.text
    return response.status_code


def _card(posted: Posted) -> dict[str, Any]:
    [attachment] = posted.body["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    content: dict[str, Any] = attachment["content"]
    return content


def _rows(settings: Settings, table: type[Any]) -> list[Any]:
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        rows = list(session.scalars(select(table)))
    engine.dispose()
    return rows


def _export(posted: Posted) -> dict[str, Any]:
    found = re.search(r"```json\n(.*)\n```", posted.body["text"], re.S)
    assert found is not None
    export: dict[str, Any] = json.loads(found.group(1))
    return export


def _actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Action."):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


def test_personal_draft_gets_a_card_and_a_content_free_trace(
    teams_app: LiveServer, fake: FakeBotFramework, teams_settings: Settings
) -> None:
    _send(teams_app, fake, personal_message(fake.service_url, DRAFT))
    [posted] = fake.messages()
    assert posted.conversation_id == "a:personal-chat"
    assert posted.authorization and posted.authorization.startswith("Bearer ")
    card = _card(posted)
    assert "Zéphyr" in json.dumps(card, ensure_ascii=False)  # quoted back to the author only
    for action in _actions(card):
        assert set(action["data"]) <= {"verb", "useful", "axis", "kind", "term"}
        assert MARKER not in json.dumps(action) and "Zéphyr" not in json.dumps(action)
    [record] = _rows(teams_settings, CheckRecord)
    assert record.platform == "teams" and record.confidentiality and record.tone
    assert USER_ID not in record.user_hash
    raw = (teams_settings.var_dir / "checkpost.db").read_bytes()
    assert MARKER.encode() not in raw and "Zéphyr".encode() not in raw
    assert fake.token_requests[-1]["client_id"] == [APP_ID]


def test_channel_mention_answers_privately(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    _send(teams_app, fake, channel_mention(fake.service_url, DRAFT))
    [created] = fake.created
    assert created["members"][0]["id"] == USER_ID and created["isGroup"] is False
    private, note = fake.messages()
    assert private.conversation_id == f"a:personal-{USER_ID}"
    assert "Zéphyr" in json.dumps(_card(private), ensure_ascii=False)
    assert note.conversation_id.startswith(CHANNEL_ID)
    assert note.body["text"] == "Je t'ai répondu en privé."
    assert not note.body.get("attachments")
    assert MARKER not in json.dumps(note.body)


def test_channel_mention_never_falls_back_to_the_channel(
    teams_app: LiveServer, fake: FakeBotFramework
) -> None:
    fake.fail_next(403)  # Teams refuses to open the 1:1 chat
    _send(teams_app, fake, channel_mention(fake.service_url, DRAFT))
    [note] = fake.messages()
    assert note.conversation_id.startswith(CHANNEL_ID)
    assert "en privé" in note.body["text"] and MARKER not in json.dumps(note.body)
    assert not note.body.get("attachments")


def test_install_welcome_states_the_privacy_promise(
    teams_app: LiveServer, fake: FakeBotFramework
) -> None:
    _send(teams_app, fake, installed(fake.service_url))
    [welcome] = fake.messages()
    text = welcome.body["text"]
    assert "Ma promesse" in text and "je ne garde pas tes brouillons" in text
    assert "mes-donnees" in text and "oublie-moi" in text and "90 jours" in text


def test_a_colleague_joining_gets_no_welcome(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    body = installed(fake.service_url, personal=False)
    body["membersAdded"] = [{"id": "29:someone-else"}]
    _send(teams_app, fake, body)
    assert fake.messages() == []


def test_invoke_feedback_is_stored_as_counts(
    teams_app: LiveServer, fake: FakeBotFramework, teams_settings: Settings
) -> None:
    data = {"verb": "checkpost.feedback", "useful": True, "axis": "tone", "kind": "insult"}
    response = post_activity(
        teams_app, feedback_invoke(fake.service_url, data), fake.channel_token()
    )
    assert response.status_code == 200
    assert response.json()["value"].startswith("Merci")
    [row] = _rows(teams_settings, Feedback)
    assert (row.platform, row.axis, row.finding_kind, row.useful) == (
        "teams",
        "tone",
        "insult",
        True,
    )


def test_submit_feedback_not_relevant_allows_the_term(
    teams_app: LiveServer, fake: FakeBotFramework, teams_settings: Settings
) -> None:
    term = "a" * 64
    data = {
        "verb": "checkpost.feedback",
        "useful": False,
        "axis": "confidentiality",
        "kind": "code_name",
        "term": term,
        "quote": "smuggled text",
    }
    _send(teams_app, fake, feedback_submit(fake.service_url, data))
    [thanks] = fake.messages()
    assert thanks.body["text"] == teams_copy.THANKS_NOT_RELEVANT.tu
    [row] = _rows(teams_settings, Feedback)
    assert (row.axis, row.finding_kind, row.useful) == ("confidentiality", "code_name", False)
    assert [item.term_hash for item in _rows(teams_settings, AllowedTerm)] == [term]
    raw = (teams_settings.var_dir / "checkpost.db").read_bytes()
    assert b"smuggled text" not in raw


def test_forged_feedback_values_are_not_stored(
    teams_app: LiveServer, fake: FakeBotFramework, teams_settings: Settings
) -> None:
    data = {"verb": "checkpost.feedback", "useful": "yes", "axis": "<b>x</b>", "kind": "DROP"}
    _send(teams_app, fake, feedback_submit(fake.service_url, data))
    [row] = _rows(teams_settings, Feedback)
    assert (row.axis, row.finding_kind, row.useful) == ("", "", False)


def test_help_data_and_forget_in_personal_chat(
    teams_app: LiveServer, fake: FakeBotFramework, teams_settings: Settings
) -> None:
    _send(teams_app, fake, personal_message(fake.service_url, DRAFT))
    for text in ("aide", "mes-donnees", "oublie-moi", "mes-données"):
        _send(teams_app, fake, personal_message(fake.service_url, text))
    _, help_, data, forgotten, empty = fake.messages()
    assert "oublie-moi" in help_.body["text"]
    export = _export(data)
    assert len(export["checks"]) == 1 and export["checks"][0]["platform"] == "teams"
    assert MARKER not in data.body["text"]
    assert "1 relecture(s)" in forgotten.body["text"]
    assert _rows(teams_settings, CheckRecord) == []
    assert _export(empty)["checks"] == []


def test_data_asked_in_a_channel_is_answered_privately(
    teams_app: LiveServer, fake: FakeBotFramework
) -> None:
    _send(teams_app, fake, channel_mention(fake.service_url, "mes-donnees"))
    private, note = fake.messages()
    assert private.conversation_id == f"a:personal-{USER_ID}" and "```json" in private.body["text"]
    assert note.body["text"] == "Je t'ai répondu en privé."


def test_tips_on_stores_the_channel_reference_and_proactive_send_uses_it(
    teams_app: LiveServer, fake: FakeBotFramework, teams_settings: Settings
) -> None:
    _send(teams_app, fake, channel_mention(fake.service_url, "tips on"))
    assert "conseil de la semaine" in fake.messages()[0].body["text"]
    [row] = _rows(teams_settings, TipSubscription)
    assert (row.platform, row.channel_id, row.active) == ("teams", CHANNEL_ID, True)
    reference = json.loads(row.conversation_reference)
    assert reference["conversation"]["id"] == CHANNEL_ID and "user" not in reference
    sender = teams_app.app.state.teams
    asyncio.run(sender.send_to_conversation(row.conversation_reference, "Conseil : relis-toi."))
    tip = fake.messages()[-1]
    assert tip.conversation_id == CHANNEL_ID and tip.reply_to is None
    assert tip.body["text"] == "Conseil : relis-toi." and tip.authorization
    _send(teams_app, fake, channel_mention(fake.service_url, "tips off"))
    assert [item.active for item in _rows(teams_settings, TipSubscription)] == [False]


def test_proactive_card(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    reference = json.dumps(
        {
            "conversation": {"id": CHANNEL_ID},
            "serviceUrl": fake.service_url,
            "channelId": "msteams",
            "bot": {"id": "28:" + APP_ID},
        }
    )
    card = {"type": "AdaptiveCard", "version": "1.4", "body": []}
    asyncio.run(teams_app.app.state.teams.send_to_conversation(reference, card))
    assert _card(fake.messages()[-1]) == card


def test_teams_429_and_503_are_retried(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    fake.fail_next(429, 503)
    _send(teams_app, fake, personal_message(fake.service_url, DRAFT))
    assert len(fake.messages()) == 1


def test_unknown_activities_are_ignored(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    for kind in ("messageReaction", "typing", "event", "installationUpdate", "somethingNew"):
        _send(teams_app, fake, activity(kind, fake.service_url))
    response = post_activity(
        teams_app, activity("invoke", fake.service_url, name="unknown/x"), fake.channel_token()
    )
    assert response.status_code < 500
    assert fake.messages() == []


@pytest.mark.parametrize("text", ["   ", "🎉🎉🎉", "x" * 40_000, "\x00\x01\x02", "<script>"])
def test_odd_drafts_get_an_answer(teams_app: LiveServer, fake: FakeBotFramework, text: str) -> None:
    _send(teams_app, fake, personal_message(fake.service_url, text))
    [answer] = fake.messages()
    assert answer.body.get("text") or answer.body.get("attachments")


def test_drafts_never_reach_the_logs(
    teams_app: LiveServer, fake: FakeBotFramework, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("microsoft_agents", "msal", "bot", "uvicorn"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake.fail_next(500)
    _send(teams_app, fake, personal_message(fake.service_url, DRAFT))
    _send(teams_app, fake, channel_mention(fake.service_url, DRAFT))
    post_activity(teams_app, {"type": "message", "text": DRAFT}, fake.channel_token())
    assert caplog.records, "logs were captured"
    assert MARKER not in caplog.text and "Zéphyr" not in caplog.text


def test_database_down_still_gives_guidance(tmp_path: Path, fake: FakeBotFramework) -> None:
    dead = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = create_app(
        make_settings(tmp_path),
        classifier=KeywordClassifier(),
        engine=dead,
        names=NoNames(),
        policy=POLICY,
    )
    mount_teams(app, app.state.runtime, options=AUTHENTICATED)
    for server in serve_in_thread(app):
        deadline = time.monotonic() + 10
        while app.state.runtime.coach is None and time.monotonic() < deadline:
            time.sleep(0.05)
        _send(server, fake, personal_message(fake.service_url, DRAFT))
        _send(server, fake, personal_message(fake.service_url, "mes-donnees"))
    card, data = fake.messages()
    assert _card(card)["body"]
    assert "base de données" in data.body["text"]
