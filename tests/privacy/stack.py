"""The whole bot on loopback: create_app with Slack (against the fake Web API) and Teams
(against the fake Bot Framework, real JWTs), served by uvicorn; a driver for each door."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bot.app import create_app
from bot.db import migrate
from bot.runtime import Runtime
from bot.settings import Settings
from bot.teams.mount import mount_teams
from coaching.policy import Policy
from tests.bot.conftest import LiveServer, serve_in_thread, test_settings
from tests.bot.slack import signing
from tests.bot.slack.conftest import BOT_TOKEN, SlackSender
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, slash_command
from tests.bot.teams.conftest import AUTHENTICATED, feedback_submit, personal_message
from tests.bot.teams.fake_botframework import FakeBotFramework, Posted
from tests.fakes import KeywordClassifier, NoNames

POLICY = Policy(company_name="Acme", code_names=("Zéphyr",), competitors=("Zorg",))
TEAMS_USER = "29:1a2b3c-user"


def stack_settings(
    tmp_path: Path, database_url: str, fake_slack: FakeSlack, **overrides: object
) -> Settings:
    """Slack on (single workspace, the fake's Web API), the database migrated."""
    values: dict[str, object] = {
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": signing.SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url,
        **overrides,
    }
    settings = test_settings(tmp_path, **values)
    migrate.upgrade(settings.effective_database_url)
    return settings


@dataclass
class Stack:
    server: LiveServer
    http: httpx.Client
    fake_slack: FakeSlack
    teams: FakeBotFramework

    @property
    def runtime(self) -> Runtime:
        runtime: Runtime = self.server.app.state.runtime
        return runtime

    @property
    def slack(self) -> SlackSender:
        return SlackSender(self.http)

    def slash(self, text: str, *, user: str, reply: str) -> httpx.Response:
        """`/checkpost <text>`; the answer goes to the fake's response_url named `reply`."""
        return self.slack.form(slash_command(text, self.fake_slack.response_url(reply), user=user))

    def dm(self, text: str, *, user: str) -> httpx.Response:
        return self.slack.event(direct_message(text, user=user))

    def teams_message(self, text: str, *, user: str = TEAMS_USER) -> httpx.Response:
        return self.teams_activity(personal_message(self.teams.service_url, text), user=user)

    def teams_click(self, data: dict[str, Any], *, user: str = TEAMS_USER) -> httpx.Response:
        return self.teams_activity(feedback_submit(self.teams.service_url, data), user=user)

    def teams_activity(self, body: dict[str, Any], *, user: str = TEAMS_USER) -> httpx.Response:
        """Post an activity with a valid JWT (as `user` when the activity has a sender)."""
        if isinstance(body.get("from"), dict):
            body["from"] = {**body["from"], "id": user}
        token = self.teams.channel_token()
        return self.http.post(
            "/api/messages", json=body, headers={"Authorization": f"Bearer {token}"}
        )


def serve_stack(
    settings: Settings, fake_slack: FakeSlack, teams: FakeBotFramework, **app_args: Any
) -> Iterator[Stack]:
    """Serve create_app(...) + mount_teams(...) until the generator is closed."""
    app_args.setdefault("classifier", KeywordClassifier())
    app_args.setdefault("names", NoNames())
    app_args.setdefault("policy", POLICY)
    app = create_app(settings, **app_args)
    mount_teams(app, app.state.runtime, options=AUTHENTICATED)
    try:
        for server in serve_in_thread(app):
            wait_loaded(server.app.state.runtime)
            with server.client() as http:
                yield Stack(server, http, fake_slack, teams)
    finally:
        app.state.runtime.engine.dispose()


def wait_loaded(runtime: Runtime, timeout: float = 15) -> None:
    """Until the coach is installed or failed to load (readiness also needs the database)."""
    deadline = time.monotonic() + timeout
    while not runtime.ready.is_set() and time.monotonic() < deadline:
        time.sleep(0.02)


def card_of(posted: Posted) -> dict[str, Any]:
    [attachment] = posted.body["attachments"]
    content: dict[str, Any] = attachment["content"]
    return content


def card_actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every Action.* of an Adaptive Card, wherever it is nested."""
    found: list[dict[str, Any]] = []
    stack: list[Any] = [card]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Action."):
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def slack_button(blocks: list[dict[str, Any]], kind: str, action_id: str) -> tuple[str, str]:
    """(block_id, value) of the `action_id` button about a finding of `kind`."""
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id and f"|{kind}|" in element.get("value", ""):
                return str(block["block_id"]), str(element["value"])
    raise AssertionError(f"no {action_id} button for {kind}")


def teams_export(posted: Posted) -> dict[str, Any]:
    """The JSON of a `mes-donnees` answer on Teams."""
    found = re.search(r"```json\n(.*)\n```", posted.body["text"], re.S)
    assert found is not None, posted.body
    export: dict[str, Any] = json.loads(found.group(1))
    return export


def slack_export(body: dict[str, Any]) -> dict[str, Any]:
    """The JSON of a `mes-donnees` answer on Slack (code blocks after the intro)."""
    raw = "".join(block["text"]["text"].strip("`") for block in body["blocks"][1:])
    raw = raw.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    export: dict[str, Any] = json.loads(raw)
    return export
