"""Bad input gets a clear answer, never a crash: odd drafts through every door, malformed
bodies on every POST route, unknown event and activity types."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.bot.slack import signing
from tests.bot.slack.payloads import event_callback
from tests.bot.teams.conftest import activity
from tests.privacy.routes import post_routes
from tests.privacy.stack import Stack

ODD_DRAFTS = {
    "empty": "",
    "whitespace": " \t\n\u00a0\u2003 ",
    "40 000 characters": "Le projet avance bien. " * 1_740,
    "emoji only": "🎉🚀🔥👍🏽🇫🇷",
    "control characters": "\x00\x01\x07\x1b[31mrouge\x1b[0m\x7f\u200b\u202e",
    "English": "Our Q3 revenue was 30 M$, the launch is next Tuesday, don't tell anyone.",
    "Arabic": "مشروعنا الجديد سيطلق الأسبوع المقبل، لا تخبر أحدا",
    "Chinese": "我们的新项目下周发布，请保密。",
    "Russian": "Наш новый проект выходит на следующей неделе, никому не говорите.",
    "HTML injection": "<img src=x onerror=alert(1)><b>gras</b></textarea><script>x</script>",
    "markdown injection": "# Titre\n**gras** [lien](javascript:alert(1)) ![i](http://x/i.png)",
    "template injection": "{{7*7}} ${7*7} {% raw %} {{TIME(2017-02-14T06:08:39Z)}}",
}
CASES = list(ODD_DRAFTS.items())
IDS = list(ODD_DRAFTS)


def _slack_text(text: str) -> str:
    """What Slack delivers when someone types `text` (entities for &, <, >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.parametrize(("name", "text"), CASES, ids=IDS)
def test_slash_command_answers_any_draft(shared_stack: Stack, name: str, text: str) -> None:
    fake = shared_stack.fake_slack
    reply = f"odd-{IDS.index(name)}"
    ack = shared_stack.slash(_slack_text(text), user="U0ODDSLASH", reply=reply)
    assert ack.status_code == 200
    if not text.strip():
        assert ack.json()["blocks"], "a blank command is answered with the help, at once"
        return
    assert fake.wait(lambda: any(item[0] == reply for item in fake.responses), 15)
    body = next(body for got, body, _ in fake.responses if got == reply)
    assert body.get("text") or body.get("blocks")


@pytest.mark.parametrize(("name", "text"), CASES, ids=IDS)
def test_direct_message_answers_any_draft(shared_stack: Stack, name: str, text: str) -> None:
    fake = shared_stack.fake_slack
    before = len(fake.sent("chat.postMessage"))
    assert shared_stack.dm(_slack_text(text), user="U0ODDDM").status_code == 200
    [answer] = fake.wait_sent("chat.postMessage", before + 1, timeout=15)[before:]
    assert answer.params.get("text") or answer.params.get("blocks")


@pytest.mark.parametrize(("name", "text"), CASES, ids=IDS)
def test_teams_answers_any_draft(shared_stack: Stack, name: str, text: str) -> None:
    before = len(shared_stack.teams.messages())
    response = shared_stack.teams_message(text, user="29:odd-drafts")
    assert response.status_code in (200, 202), response.text
    [answer] = shared_stack.teams.messages()[before:]
    assert answer.body.get("text") or answer.body.get("attachments")


@pytest.mark.parametrize(("name", "text"), CASES, ids=IDS)
def test_web_answers_any_draft(shared_stack: Stack, name: str, text: str) -> None:
    api = shared_stack.http.post("/api/check", json={"text": text})
    assert api.status_code in (200, 422), api.text
    body = api.json()
    assert body.get("guidance") or body.get("error")
    page = shared_stack.http.post("/playground/reply", data={"text": text})
    assert page.status_code in (200, 422) and page.text.strip()


BAD_BODIES: list[tuple[str, bytes, str]] = [
    (
        "invalid UTF-8 form",
        b"text=caf\xe9&csrf_token=\xff\xfe",
        "application/x-www-form-urlencoded",
    ),
    ("invalid UTF-8 JSON", b'{"text": "caf\xe9"}', "application/json"),
    ("malformed JSON", b'{"text": ', "application/json"),
    ("JSON array", b"[1, 2]", "application/json"),
    ("missing fields", b"{}", "application/json"),
    ("wrong types", b'{"text": 42, "draft_id": [], "useful": "maybe"}', "application/json"),
    ("lone surrogate", b'{"text": "\\ud800 et \\udfff"}', "application/json"),
    ("deep nesting", b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "application/json"),
    ("no content type", b"text=bonjour", ""),
    ("multipart garbage", b"--x\r\nContent-Disposition: form-data\r\n\r\n", "multipart/form-data"),
]


@pytest.mark.parametrize(
    ("name", "body", "content_type"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES]
)
def test_malformed_bodies_on_every_post_route_are_client_errors(
    shared_stack: Stack, name: str, body: bytes, content_type: str
) -> None:
    statuses: dict[str, int] = {}
    for path in post_routes(shared_stack.server.app):
        url = path.replace("{subscription_id}", "1")
        headers = {"content-type": content_type} if content_type else {}
        statuses[path] = shared_stack.http.post(url, content=body, headers=headers).status_code
    assert max(statuses.values()) < 500, statuses


UNKNOWN_SLACK: list[dict[str, Any]] = [
    event_callback({"type": "reaction_added", "user": "U1", "reaction": "tada"}),
    event_callback({"type": "team_join", "user": {"id": "U2"}}),
    event_callback({"type": "something_new_from_slack", "payload": [1, 2, 3]}),
    {"type": "app_rate_limited", "team_id": "T0ACME", "minute_rate_limited": 1},
    {"type": "a_type_that_does_not_exist"},
]


@pytest.mark.parametrize(
    "body", UNKNOWN_SLACK, ids=lambda body: str(body.get("event", body)["type"])
)
def test_unknown_slack_events_are_acknowledged_quietly(
    shared_stack: Stack, body: dict[str, Any]
) -> None:
    fake = shared_stack.fake_slack
    before = len(fake.outgoing())
    response = shared_stack.slack.post(signing.json_body(body), signing.JSON)
    assert response.status_code in (200, 404), response.text  # 404: bolt's "unhandled request"
    assert len(fake.outgoing()) == before, "nothing is said about an unknown event"


@pytest.mark.parametrize("kind", ["messageReaction", "typing", "event", "handoff", "newType"])
def test_unknown_teams_activities_are_ignored(shared_stack: Stack, kind: str) -> None:
    before = len(shared_stack.teams.messages())
    body = activity(kind, shared_stack.teams.service_url, value={"x": [1, {"y": None}]})
    response = shared_stack.teams_activity(body)
    assert response.status_code < 500
    assert len(shared_stack.teams.messages()) == before
    assert json.dumps(body)  # the activity itself was well-formed JSON
