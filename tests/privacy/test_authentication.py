"""Authentication on every request: Slack's signature (5-minute window), Teams' JWT, the
/admin session and its CSRF token. A bad request is a 4xx (401/403 when unauthenticated),
never a 5xx, whatever its body."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from tests.bot.slack import signing
from tests.privacy.routes import GUARDS, log_in
from tests.privacy.stack import Stack

CHALLENGE = signing.json_body({"type": "url_verification", "challenge": "c-42", "token": "t"})


@pytest.fixture
def stack(shared_stack: Stack) -> Iterator[Stack]:
    shared_stack.http.cookies.clear()
    yield shared_stack


@pytest.mark.parametrize(
    ("age", "status"),
    [(0, 200), (290, 200), (-290, 200), (310, 401), (-310, 401), (86_400, 401)],
)
def test_slack_signatures_hold_five_minutes(stack: Stack, age: int, status: int) -> None:
    """A signed request older (or newer) than five minutes is a replay: refused."""
    stamp = int(time.time()) - age
    headers = signing.signed_headers(CHALLENGE, content_type=signing.JSON, timestamp=stamp)
    response = stack.http.post("/slack/events", content=CHALLENGE, headers=headers)
    assert response.status_code == status
    if status == 200:
        assert "c-42" in response.text


def _form(payload: object) -> bytes:
    return signing.form_body({"payload": json.dumps(payload)})


MALFORMED_SLACK = [
    (b"", signing.JSON),
    (b"{", signing.JSON),
    (b"{not json", signing.JSON),
    (b"[]", signing.JSON),
    (b"null", signing.JSON),
    (b'"text"', signing.JSON),
    (b"12", signing.JSON),
    (b'{"type": 5}', signing.JSON),
    (b'{"type": "event_callback"}', signing.JSON),
    (b'{"type": "event_callback", "event": "x"}', signing.JSON),
    (b'{"type": "event_callback", "event": []}', signing.JSON),
    (b'{"type": "event_callback", "event": {"type": "message"}}', signing.JSON),
    (
        b'{"type": "event_callback", "event": {"type": "message", "channel_type": "im"}}',
        signing.JSON,
    ),
    (b'{"enterprise": 5, "team": []}', signing.JSON),
    (b'{"authorizations": "x"}', signing.JSON),
    (b'{"type": "url_verification"}', signing.JSON),
    (b"payload=", signing.FORM),
    (b"payload=%7B", signing.FORM),
    (_form([]), signing.FORM),
    (_form({}), signing.FORM),
    (_form({"type": "block_actions"}), signing.FORM),
    (_form({"type": "block_actions", "actions": "x", "user": 3}), signing.FORM),
    (_form({"type": "message_action", "callback_id": "checkpost_review"}), signing.FORM),
    (_form({"type": "view_submission", "view": None}), signing.FORM),
    (b"command=%2Fcheckpost", signing.FORM),
    (b"command=%2Fcheckpost&text=Bonjour", signing.FORM),
    (b"command=%2Fautre&text=x&user_id=U1", signing.FORM),
    (b"a=b&a=c&&=&%%", signing.FORM),
    (b"\x00\x01\x02", signing.FORM),
    (b"text=caf\xe9", signing.FORM),
    (b"<xml/>", "text/xml"),
]


@pytest.mark.parametrize(("body", "content_type"), MALFORMED_SLACK)
def test_slack_bad_bodies_are_4xx_signed_or_401_unsigned(
    stack: Stack, body: bytes, content_type: str
) -> None:
    unsigned = stack.http.post(
        "/slack/events", content=body, headers={"content-type": content_type}
    )
    assert unsigned.status_code == 401
    headers = signing.signed_headers(body, content_type=content_type)
    signed = stack.http.post("/slack/events", content=body, headers=headers)
    assert signed.status_code < 500, signed.text


MALFORMED_TEAMS = [
    b"",
    b"{",
    b"[]",
    b"null",
    b'"x"',
    b"\xff\xfe",
    b'{"type": 3}',
    b'{"type": "message"}',
    b'{"type": "message", "conversation": 1, "from": "x"}',
    b'{"type": "message", "text": 5, "serviceUrl": "http://127.0.0.1:1/"}',
    b'{"type": "invoke", "name": "adaptiveCard/action", "value": "x"}',
    b'{"type": "conversationUpdate", "membersAdded": "everyone"}',
]


@pytest.mark.parametrize("body", MALFORMED_TEAMS)
def test_teams_bad_bodies_are_4xx_with_a_token_or_401_without(stack: Stack, body: bytes) -> None:
    json_type = {"content-type": "application/json"}
    anonymous = stack.http.post("/api/messages", content=body, headers=json_type)
    assert anonymous.status_code == 401
    token = stack.teams.channel_token()
    headers = {**json_type, "Authorization": f"Bearer {token}"}
    response = stack.http.post("/api/messages", content=body, headers=headers)
    assert response.status_code < 500, response.text


ADMIN_ROUTES = [
    *sorted(
        (method, path)
        for method, path in GUARDS
        if path.startswith("/admin") and path != "/admin/login" and "{" not in path
    ),
    ("POST", "/admin/channels/1"),
]


@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES)
def test_admin_pages_need_a_session(stack: Stack, method: str, path: str) -> None:
    response = stack.http.request(method, path, data={"csrf_token": "guess"})
    assert response.status_code == 303 and response.headers["location"] == "/admin/login"


@pytest.mark.parametrize("path", ["/admin/context", "/admin/logout", "/admin/channels/1"])
def test_admin_forms_need_the_csrf_token_even_signed_in(stack: Stack, path: str) -> None:
    assert log_in(stack.http).status_code == 303
    assert stack.http.post(path, data={"code_names": "X"}).status_code == 403
    assert stack.http.post(path, data={"csrf_token": "forged"}).status_code == 403


def test_every_guarded_post_route_refuses_an_anonymous_caller(stack: Stack) -> None:
    """The inventory's guarded POST routes, called with no credential at all."""
    refused = {"/slack/events": 401, "/api/messages": 401, "/admin/login": 403}
    for method, path in GUARDS:
        if method != "POST" or GUARDS[(method, path)].startswith("public"):
            continue
        url = path.replace("{subscription_id}", "1")
        response = stack.http.post(url, json={"type": "message"})
        expected = refused.get(path, 303)
        assert response.status_code == expected, (path, response.status_code)


def test_a_teams_token_for_another_bot_is_refused(stack: Stack) -> None:
    token = stack.teams.channel_token(aud="11111111-2222-3333-4444-555555555555")
    body = {"type": "message", "text": "Bonjour", "serviceUrl": stack.teams.service_url}
    response = stack.http.post(
        "/api/messages", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401
