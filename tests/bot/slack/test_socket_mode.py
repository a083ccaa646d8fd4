"""Socket Mode: a local WebSocket server sends `hello` and envelopes; the same listeners answer."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from bot.app import create_app
from bot.settings import Settings
from tests.bot.conftest import LiveServer, serve_in_thread
from tests.bot.slack.conftest import POLICY, NoNames, slack_settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, event_callback, slash_command
from tests.fakes import KeywordClassifier

APP_TOKEN = "xapp-1-A0CHECKPOST-1234-socket"


@pytest.fixture
def settings(tmp_path: Path, fake_slack: FakeSlack) -> Settings:
    return slack_settings(
        tmp_path,
        fake_slack,
        SLACK_SIGNING_SECRET=None,
        SLACK_APP_TOKEN=APP_TOKEN,
        SLACK_SOCKET_MODE=True,
    )


@pytest.fixture
def socket_server(settings: Settings, fake_slack: FakeSlack) -> Iterator[LiveServer]:
    assert settings.slack_enabled
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=POLICY)
    yield from serve_in_thread(app)


def _envelope(kind: str, payload: Mapping[str, object], number: int) -> dict[str, object]:
    return {
        "envelope_id": f"env-{number}",
        "type": kind,
        "payload": payload,
        "accepts_response_payload": kind != "events_api",
        "retry_attempt": 0,
        "retry_reason": "",
    }


def test_direct_message_over_socket_mode(socket_server: LiveServer, fake_slack: FakeSlack) -> None:
    assert fake_slack.wait(lambda: fake_slack.hellos_sent == 1)
    [opened] = fake_slack.sent("apps.connections.open")
    assert opened.token == APP_TOKEN
    with socket_server.client() as http:  # no HTTP endpoint without a signing secret
        assert http.post("/slack/events", content=b"{}").status_code == 404
    _wait_for_coach(socket_server)
    fake_slack.send_envelope(
        _envelope("events_api", event_callback(direct_message("Le projet Zéphyr arrive")), 1)
    )
    [reply] = fake_slack.wait_sent("chat.postMessage")
    assert "« Zéphyr »" in reply.raw
    assert fake_slack.wait(
        lambda: (
            {"envelope_id": "env-1"}
            in [{"envelope_id": ack.get("envelope_id")} for ack in fake_slack.socket_acks]
        )
    )


def test_slash_command_over_socket_mode(socket_server: LiveServer, fake_slack: FakeSlack) -> None:
    assert fake_slack.wait(lambda: fake_slack.hellos_sent == 1)
    _wait_for_coach(socket_server)
    command = slash_command("Le projet Zéphyr arrive", fake_slack.response_url("socket"))
    fake_slack.send_envelope(_envelope("slash_commands", command, 2))
    assert fake_slack.wait(
        lambda: any(ack.get("envelope_id") == "env-2" for ack in fake_slack.socket_acks)
    )
    [ack] = [ack for ack in fake_slack.socket_acks if ack.get("envelope_id") == "env-2"]
    assert "Je relis ton brouillon" in str(ack.get("payload"))
    [body] = fake_slack.wait_responses()
    assert "« Zéphyr »" in str(body)


def _wait_for_coach(server: LiveServer) -> None:
    deadline = time.monotonic() + 10
    while server.app.state.runtime.coach is None and time.monotonic() < deadline:
        time.sleep(0.05)
