"""Multi-workspace install: /slack/install -> /slack/oauth_redirect -> tokens encrypted at rest."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.app import create_app
from bot.db.tables import SlackBot, SlackInstallation
from bot.settings import Settings
from bot.slack.tokens import TokenCipher
from tests.bot.conftest import LiveServer, serve_in_thread, wait_ready
from tests.bot.slack import signing
from tests.bot.slack.conftest import POLICY, NoNames, SlackSender, secret_of, slack_settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, event_callback
from tests.fakes import KeywordClassifier

ISSUED = "xoxb-issued-by-oauth"
# slack_sdk 3.47 builds aiohttp.BasicAuth for oauth.v2.access (deprecated in aiohttp 3.14).
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


@pytest.fixture
def settings(tmp_path: Path, fake_slack: FakeSlack) -> Settings:
    return slack_settings(
        tmp_path,
        fake_slack,
        SLACK_BOT_TOKEN=None,
        SLACK_CLIENT_ID="1234.5678",
        SLACK_CLIENT_SECRET="client-secret",
    )


@pytest.fixture
def oauth_server(settings: Settings) -> Iterator[LiveServer]:
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=POLICY)
    for server in serve_in_thread(app):
        with server.client() as client:
            assert wait_ready(client).status_code == 200
        yield server


def _install(http: httpx.Client) -> None:
    page = http.get("/slack/install")
    assert page.status_code == 200
    state = re.search(r"state=([\w-]+)", page.text)
    assert state is not None and "scope=chat:write,commands,im:history&amp;" in page.text
    cookie = page.headers["set-cookie"].split(";")[0]
    done = http.get(
        "/slack/oauth_redirect",
        params={"code": "code-123", "state": state.group(1)},
        headers={"cookie": cookie},
    )
    assert done.status_code == 200, done.text


def test_install_stores_encrypted_tokens_and_serves_the_new_workspace(
    oauth_server: LiveServer, fake_slack: FakeSlack, settings: Settings
) -> None:
    with oauth_server.client() as http:
        _install(http)
        [exchange] = fake_slack.sent("oauth.v2.access")
        assert exchange.params["code"] == "code-123"
        engine = create_engine(settings.effective_database_url)
        with Session(engine) as session:
            bot = session.scalars(select(SlackBot)).one()
            installation = session.scalars(select(SlackInstallation)).one()
        assert bot.team_id == "T0NEWCO" and bot.bot_token != ISSUED
        cipher = TokenCipher(secret_of(settings))
        assert cipher.decrypt(bot.bot_token) == ISSUED
        assert cipher.decrypt(installation.bot_token) == ISSUED
        assert ISSUED.encode() not in (settings.var_dir / "checkpost.db").read_bytes()
        event = {**direct_message("Le projet Zéphyr arrive"), "team": "T0NEWCO"}
        body = SlackSender(http)
        payload = {**event_callback(event), "team_id": "T0NEWCO"}
        payload["authorizations"][0]["team_id"] = "T0NEWCO"
        assert body.post(signing.json_body(payload), signing.JSON).status_code == 200
        [reply] = fake_slack.wait_sent("chat.postMessage")
        assert reply.token == ISSUED


def test_unknown_workspace_is_told_to_reinstall(
    oauth_server: LiveServer, fake_slack: FakeSlack
) -> None:
    with oauth_server.client() as http:
        response = SlackSender(http).event(direct_message("Le projet Zéphyr arrive"))
    assert response.status_code == 200  # acknowledged, so Slack does not retry
    assert fake_slack.outgoing() == []
