"""The real app (create_app + bolt + slack_sdk) on loopback, pointed at the fake Slack."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import create_app
from bot.db import migrate
from bot.settings import Settings
from coaching.policy import Policy
from tests.bot.conftest import LiveServer, serve_in_thread, test_settings, wait_ready
from tests.bot.slack import signing
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import event_callback
from tests.fakes import KeywordClassifier

BOT_TOKEN = "xoxb-1234-5678-test-token"
POLICY = Policy(company_name="Acme", code_names=("Zéphyr",))


class NoNames:
    """A NameFinder that finds nobody (the tests do not load spaCy)."""

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        return []


@dataclass
class SlackSender:
    """Posts requests to /slack/events signed as Slack signs them."""

    http: httpx.Client

    def post(self, body: bytes, content_type: str, **headers: str) -> httpx.Response:
        signed = signing.signed_headers(body, content_type=content_type, extra=headers)
        return self.http.post("/slack/events", content=body, headers=signed)

    def form(self, fields: dict[str, str], **headers: str) -> httpx.Response:
        return self.post(signing.form_body(fields), signing.FORM, **headers)

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, **headers: str
    ) -> httpx.Response:
        body = signing.json_body(event_callback(event, event_id=event_id))
        return self.post(body, signing.JSON, **headers)


def slack_settings(tmp_path: Path, fake: FakeSlack, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": signing.SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        **overrides,
    }
    built = test_settings(tmp_path, **values)
    migrate.upgrade(built.effective_database_url)
    return built


def secret_of(settings: Settings) -> str:
    assert settings.secret_key is not None
    return settings.secret_key.get_secret_value()


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def settings(tmp_path: Path, fake_slack: FakeSlack) -> Settings:
    return slack_settings(tmp_path, fake_slack)


@pytest.fixture
def slack_server(settings: Settings) -> Iterator[LiveServer]:
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=POLICY)
    for server in serve_in_thread(app):
        with server.client() as client:
            assert wait_ready(client).status_code == 200
        yield server


@pytest.fixture
def slack(slack_server: LiveServer) -> Iterator[SlackSender]:
    with slack_server.client() as http:
        yield SlackSender(http)
