"""The bot served over loopback HTTP, the SDK's real auth pointed at a fake Bot Framework."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bot.app import create_app
from bot.db import migrate
from bot.settings import Settings
from bot.teams.mount import mount_teams
from bot.teams.options import TeamsOptions
from coaching.policy import Policy
from tests.bot.conftest import LiveServer, serve_in_thread, test_settings, wait_ready
from tests.bot.teams.fake_botframework import (
    APP_ID,
    APP_PASSWORD,
    TENANT_ID,
    FakeBotFramework,
)
from tests.fakes import KeywordClassifier


class NoNames:
    """A NameFinder that finds nobody (these tests do not load spaCy)."""

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        return []


def build_app(settings: Settings) -> FastAPI:
    return create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=POLICY)


BOT_ID = f"28:{APP_ID}"
POLICY = Policy(company_name="Acme", code_names=("Zéphyr",), competitors=("Zorg",))
USER_ID = "29:1a2b3c-user"
CHANNEL_ID = "19:general0123456789@thread.tacv2"


@pytest.fixture
def fake(botframework: FakeBotFramework, monkeypatch: pytest.MonkeyPatch) -> FakeBotFramework:
    """The fake, reset, reachable under the real sign-in host names through its proxy."""
    botframework.reset()
    for name, value in botframework.proxy_environment().items():
        monkeypatch.setenv(name, value)
    return botframework


@pytest.fixture
def teams_settings(tmp_path: Path) -> Settings:
    built = test_settings(tmp_path)
    migrate.upgrade(built.effective_database_url)
    return built


AUTHENTICATED = TeamsOptions(
    app_id=APP_ID, password=APP_PASSWORD, tenant_id=TENANT_ID, trust_any_service_url=True
)


@pytest.fixture
def teams_app(teams_settings: Settings, fake: FakeBotFramework) -> Iterator[LiveServer]:
    """create_app (Teams off in settings) + mount_teams with the single-tenant options."""
    app = build_app(teams_settings)
    mount_teams(app, app.state.runtime, options=AUTHENTICATED)
    for server in serve_in_thread(app):
        with server.client() as client:
            wait_ready(client)
        yield server


def post_activity(
    server: LiveServer, activity: dict[str, Any], token: str | None
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with server.client() as client:
        return client.post("/api/messages", json=activity, headers=headers)


def activity(
    kind: str, service_url: str, *, personal: bool = True, **fields: Any
) -> dict[str, Any]:
    """A Teams activity as the channel sends it (personal chat, or a channel thread)."""
    conversation: dict[str, Any] = (
        {"id": "a:personal-chat", "conversationType": "personal", "tenantId": TENANT_ID}
        if personal
        else {
            "id": f"{CHANNEL_ID};messageid=1700000000000",
            "conversationType": "channel",
            "isGroup": True,
            "tenantId": TENANT_ID,
        }
    )
    body: dict[str, Any] = {
        "type": kind,
        "id": str(uuid.uuid4()),
        "timestamp": "2026-11-22T10:00:00.000Z",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": USER_ID, "name": "Camille", "aadObjectId": str(uuid.uuid4())},
        "conversation": conversation,
        "recipient": {"id": BOT_ID, "name": "checkpost"},
        "channelData": {"tenant": {"id": TENANT_ID}},
        "locale": "fr-FR",
    }
    body.update(fields)
    return body


def personal_message(service_url: str, text: str) -> dict[str, Any]:
    return activity("message", service_url, text=text, textFormat="plain")


def channel_mention(service_url: str, text: str) -> dict[str, Any]:
    mention = {
        "type": "mention",
        "text": "<at>checkpost</at>",
        "mentioned": {"id": BOT_ID, "name": "checkpost"},
    }
    return activity(
        "message",
        service_url,
        personal=False,
        text=f"<at>checkpost</at> {text}",
        textFormat="plain",
        entities=[mention],
        channelData={
            "tenant": {"id": TENANT_ID},
            "teamsChannelId": CHANNEL_ID,
            "channel": {"id": CHANNEL_ID},
            "team": {"id": CHANNEL_ID},
        },
    )


def installed(service_url: str, *, personal: bool = True) -> dict[str, Any]:
    return activity(
        "conversationUpdate",
        service_url,
        personal=personal,
        membersAdded=[{"id": BOT_ID}],
        channelData={"tenant": {"id": TENANT_ID}, "eventType": "teamMemberAdded"},
    )


def feedback_invoke(service_url: str, data: dict[str, Any]) -> dict[str, Any]:
    value = {"action": {"type": "Action.Execute", "verb": "checkpost.feedback", "data": data}}
    return activity("invoke", service_url, name="adaptiveCard/action", value=value)


def feedback_submit(service_url: str, data: dict[str, Any]) -> dict[str, Any]:
    return activity("message", service_url, value=data, replyToId="card-activity-id")
