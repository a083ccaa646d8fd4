"""Recognisable secret values, and the Slack OAuth install through the fake."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx

from bot.settings import Settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.teams.fake_botframework import APP_PASSWORD
from tests.privacy.stack import stack_settings

ISSUED = "xoxb-issued-by-oauth"  # what the fake Slack's oauth.v2.access hands out
SECRETS = {
    "CHECKPOST_SECRET_KEY": "server-key-Q7vL2pX9sK4mW8nB3cR6tY1uZ5",
    "SLACK_SIGNING_SECRET": "signing-secret-H4jK8lM2nP6qR0sT3vW7",
    "SLACK_BOT_TOKEN": "xoxb-4242-4242-bot-token-Dn5Fg8Hj2Kl4",
    "SLACK_CLIENT_SECRET": "client-secret-Wq3Er7Ty1Ui5Op9As2Df6",
    "CHECKPOST_ADMIN_PASSWORD": "admin-password-Zx4Cv8Bn2Mq6Wr1Et5",
}
"""Every secret checkpost is given, with a value no other text could contain."""


def leaks_of(text: str) -> list[str]:
    """The names of the secrets (and the Teams app password) that `text` contains."""
    known = {**SECRETS, "MICROSOFT_APP_PASSWORD": APP_PASSWORD}
    return [name for name, value in known.items() if value in text]


def oauth() -> dict[str, str]:
    """Settings for Slack over OAuth (multi-workspace)."""
    return {"SLACK_CLIENT_ID": "1234.5678", "SLACK_CLIENT_SECRET": SECRETS["SLACK_CLIENT_SECRET"]}


def secret_settings(tmp_path: Path, fake: FakeSlack, **more: Any) -> Settings:
    values = {**SECRETS, **more}
    return stack_settings(tmp_path, f"sqlite:///{tmp_path / 'checkpost.db'}", fake, **values)


def install(http: httpx.Client) -> httpx.Response:
    """/slack/install, then Slack's redirect back with a code and the state cookie."""
    page = http.get("/slack/install")
    state = re.search(r"state=([\w-]+)", page.text)
    assert page.status_code == 200 and state is not None
    cookie = page.headers["set-cookie"].split(";")[0]
    return http.get(
        "/slack/oauth_redirect",
        params={"code": "code-123", "state": state.group(1)},
        headers={"cookie": cookie},
    )
