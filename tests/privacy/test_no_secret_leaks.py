"""No secret reaches a log line or an error response, even when everything fails: bad
signatures, refused tokens, Slack and Teams outages, a failed OAuth exchange, wrong admin
passwords, an exception whose message quotes every secret. Logs are read at DEBUG, both raw
(caplog) and as checkpost's JSON handler writes them."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.bot.slack import signing
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, event_callback, slash_command
from tests.bot.teams.conftest import personal_message
from tests.bot.teams.fake_botframework import FakeBotFramework, new_key
from tests.privacy.conftest import log_everything
from tests.privacy.known_secrets import SECRETS, install, leaks_of, oauth, secret_settings
from tests.privacy.routes import csrf_of, log_in
from tests.privacy.stack import Stack, serve_stack

# slack_sdk 3.47 builds aiohttp.BasicAuth for oauth.v2.access (deprecated in aiohttp 3.14).
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


def _signed(stack: Stack, body: bytes, content_type: str, **fields: Any) -> httpx.Response:
    headers = signing.signed_headers(
        body, content_type=content_type, secret=SECRETS["SLACK_SIGNING_SECRET"], **fields
    )
    return stack.http.post("/slack/events", content=body, headers=headers)


def _add_failing_route(app: FastAPI) -> None:
    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError(" ".join(SECRETS.values()))  # a message quoting every secret


def _provoke_slack(stack: Stack, fake: FakeSlack) -> list[httpx.Response]:
    draft = signing.form_body(slash_command("Le projet Zéphyr", fake.response_url("x")))
    event = signing.json_body(event_callback(direct_message("Le projet Zéphyr")))
    stale = int(time.time()) - 600
    fake.fail_next("chat.postMessage", 500, times=2)
    fake.fail_next("auth.test", 401)
    answers = [
        stack.http.post("/slack/events", content=draft, headers={"content-type": signing.FORM}),
        stack.http.post(
            "/slack/events",
            content=event,
            headers=signing.signed_headers(event, content_type=signing.JSON, secret="wrong"),
        ),
        _signed(stack, event, signing.JSON, timestamp=stale),
        _signed(stack, b"text=caf\xe9", signing.FORM),
        _signed(stack, b"{not json", signing.JSON),
        _signed(stack, b"payload=%7Bnot", signing.FORM),
        _signed(stack, event, signing.JSON),  # auth.test 401: bolt's authorization error
        _signed(stack, event, signing.JSON),  # chat.postMessage keeps failing
        _signed(stack, draft, signing.FORM),
    ]
    fake.wait(lambda: len(fake.attempts("chat.postMessage")) >= 3, 15)
    return answers


def _provoke_teams(stack: Stack, teams: FakeBotFramework) -> list[httpx.Response]:
    body = personal_message(teams.service_url, "Le projet Zéphyr")
    teams.fail_next(500, 503)
    bad = teams.channel_token(key=new_key())
    return [
        stack.http.post("/api/messages", json=body),
        stack.http.post("/api/messages", json=body, headers={"Authorization": f"Bearer {bad}"}),
        stack.http.post("/api/messages", json=body, headers={"Authorization": "Basic abc"}),
        stack.teams_activity({"type": "message", "text": "x"}),
        stack.teams_message("Le projet Zéphyr sort ce trimestre"),  # the connector fails
    ]


def _provoke_web(stack: Stack) -> list[httpx.Response]:
    answers = [
        stack.http.get("/boom"),
        stack.http.post("/api/check", content=b"{", headers={"content-type": "application/json"}),
        stack.http.post("/api/check", json={"text": "x" * 60_000}),
        stack.http.post("/admin/login", data={"password": "wrong"}),
        log_in(stack.http, "wrong-password"),
        stack.http.get("/slack/oauth_redirect", params={"code": "c", "state": "forged"}),
        stack.http.get("/slack/oauth_redirect", params={"error": "access_denied"}),
    ]
    answers.append(log_in(stack.http, SECRETS["CHECKPOST_ADMIN_PASSWORD"]))
    page = stack.http.get("/admin")
    answers += [
        page,
        stack.http.post(
            "/admin/context", data={"csrf_token": csrf_of(page.text), "threshold_tone": "9"}
        ),
    ]
    return answers


def _shown(responses: list[httpx.Response]) -> str:
    return "\n".join(f"{r.status_code} {dict(r.headers)} {r.text}" for r in responses)


def test_no_secret_in_logs_or_error_responses(
    tmp_path: Path,
    fake_slack: FakeSlack,
    teams_fake: FakeBotFramework,
    debug_logs: io.StringIO,
    caplog: pytest.LogCaptureFixture,
) -> None:
    responses: list[httpx.Response] = []
    settings = secret_settings(tmp_path / "one", fake_slack)
    for stack in serve_stack(settings, fake_slack, teams_fake):
        _add_failing_route(stack.server.app)
        log_everything(caplog)
        responses += _provoke_slack(stack, fake_slack)
        responses += _provoke_teams(stack, teams_fake)
        responses += _provoke_web(stack)
    fake_slack.fail_next("oauth.v2.access", 400)
    multi = secret_settings(tmp_path / "two", fake_slack, **oauth(), SLACK_BOT_TOKEN=None)
    for stack in serve_stack(multi, fake_slack, teams_fake):
        log_everything(caplog)
        responses.append(install(stack.http))
    statuses = {r.url.path: r.status_code for r in responses if r.url.path != "/boom"}
    assert max(statuses.values()) < 500, statuses
    boom = next(r for r in responses if r.url.path == "/boom")
    assert boom.status_code == 500 and "request_id" in boom.json()
    assert leaks_of(_shown(responses)) == []
    assert leaks_of(debug_logs.getvalue()) == [], "checkpost's log lines"
    assert leaks_of(caplog.text) == [], "the raw records, before any masking"
