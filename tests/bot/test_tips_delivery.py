"""Weekly tips end to end: the server's lifespan runs the scheduler and delivers through the
loopback fakes of Slack and Teams; `tips on|off` from Slack; the `checkpost tips` commands."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from sqlalchemy.orm import Session, sessionmaker

from bot.__main__ import main
from bot.app import create_app
from bot.db import migrate
from bot.db.engine import build_engine
from bot.db.tips import SubscriptionView, active_subscriptions, subscribe
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.services import TipsRequest
from bot.teams.mount import mount_teams
from bot.tips_senders import slack_tokens
from bot.tips_service import slack_tips_toggle
from coaching.address import AddressForm
from coaching.policy import Policy
from tests.bot.conftest import serve_in_thread
from tests.bot.conftest import test_settings as make_settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.teams.conftest import AUTHENTICATED, CHANNEL_ID
from tests.bot.teams.fake_botframework import APP_ID, FakeBotFramework
from tests.fakes import KeywordClassifier

TOKEN = "xoxb-tips-live-token"


def subscribe_due(
    sessions: sessionmaker[Session], platform: str, channel: str, reference: str | None = None
) -> None:
    """Monday 0:00 UTC: this week's slot has always passed, the tip is due right away."""
    subscribe(
        sessions,
        platform,
        channel,
        weekday=0,
        hour=0,
        timezone="UTC",
        conversation_reference=reference,
    )


class NoNames:
    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        return []


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def migrated(settings: Settings) -> sessionmaker[Session]:
    migrate.upgrade(settings.effective_database_url)
    return sessionmaker(build_engine(settings.effective_database_url))


def slack_settings(tmp_path: Path, fake: FakeSlack, *, scheduler: bool = True) -> Settings:
    return make_settings(
        tmp_path,
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_SIGNING_SECRET="tips-signing-secret",
        SLACK_API_URL=fake.api_url,
        CHECKPOST_SCHEDULER=scheduler,
        CHECKPOST_SCHEDULER_INTERVAL=0.05,
    )


def serve(settings: Settings) -> Iterator[object]:
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=Policy())
    yield from serve_in_thread(app)


# the server ------------------------------------------------------------------


def test_the_server_sends_due_slack_tips_from_its_lifespan(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    settings = slack_settings(tmp_path, fake_slack)
    subscribe_due(migrated(settings), "slack", "C0LIVE")
    for _ in serve(settings):
        [call] = fake_slack.wait_sent("chat.postMessage")
        time.sleep(0.3)  # several more ticks: still one tip
    assert call.params["channel"] == "C0LIVE" and "Le conseil de la semaine" in call.params["text"]
    assert len(fake_slack.sent("chat.postMessage")) == 1


def test_no_scheduler_when_the_setting_says_so(tmp_path: Path, fake_slack: FakeSlack) -> None:
    settings = slack_settings(tmp_path, fake_slack, scheduler=False)
    subscribe_due(migrated(settings), "slack", "C0LIVE")
    for _ in serve(settings):
        time.sleep(0.4)
    assert fake_slack.sent("chat.postMessage") == []


@pytest.fixture
def botframework(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotFramework]:
    (tmp_path / "botframework").mkdir()
    fake = FakeBotFramework(tmp_path / "botframework")
    for name, value in fake.proxy_environment().items():
        monkeypatch.setenv(name, value)
    yield fake
    fake.close()


def test_the_server_sends_teams_tips_as_proactive_messages(
    tmp_path: Path, botframework: FakeBotFramework
) -> None:
    settings = make_settings(tmp_path, CHECKPOST_SCHEDULER=True, CHECKPOST_SCHEDULER_INTERVAL=0.05)
    reference = (
        f'{{"conversation": {{"id": "{CHANNEL_ID}"}}, "serviceUrl": "{botframework.service_url}",'
        f' "channelId": "msteams", "bot": {{"id": "28:{APP_ID}"}}}}'
    )
    subscribe_due(migrated(settings), "teams", CHANNEL_ID, reference)
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=Policy())
    mount_teams(app, app.state.runtime, options=AUTHENTICATED)
    for _ in serve_in_thread(app):
        deadline = time.monotonic() + 10
        while not botframework.messages() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
    [tip] = botframework.messages()
    assert tip.conversation_id == CHANNEL_ID and tip.reply_to is None and tip.authorization
    assert "Le conseil de la semaine" in tip.body["text"]


# `/checkpost tips on|off` --------------------------------------------------


async def test_the_slack_toggle_subscribes_then_unsubscribes(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    sessions = migrated(settings)
    runtime = Runtime(settings, build_engine(settings.effective_database_url), sessions, Policy())
    toggle = slack_tips_toggle(runtime)
    on = TipsRequest("T0ACME", "C0TIPS", "U1", True, AddressForm.TU)
    reply = await toggle(on)
    assert "lundi à 9 h (America/Toronto)" in reply and "/checkpost tips off" in reply
    [view] = active_subscriptions(sessions)
    assert (view.platform, view.channel_id, view.team_id) == ("slack", "C0TIPS", "T0ACME")
    off = TipsRequest("T0ACME", "C0TIPS", "U1", False, AddressForm.VOUS)
    assert "plus de conseil" in await toggle(off)
    assert active_subscriptions(sessions) == []
    assert "ne recevait pas" in await toggle(off)


async def test_slack_tokens_come_from_the_workspace_installation_first(tmp_path: Path) -> None:
    class Installations(AsyncInstallationStore):
        async def async_find_bot(
            self,
            *,
            enterprise_id: str | None,
            team_id: str | None,
            is_enterprise_install: bool | None = False,
        ) -> Bot | None:
            if team_id != "T0ACME":
                return None
            return Bot(
                bot_token="xoxb-from-oauth",
                bot_id="B1",
                bot_user_id="U1",
                installed_at=0.0,
                team_id=team_id,
            )

    tokens = slack_tokens(make_settings(tmp_path, SLACK_BOT_TOKEN=TOKEN), Installations())
    acme = SubscriptionView(1, "slack", "C1", 0, 9, "UTC", 1, "T0ACME")
    other = SubscriptionView(2, "slack", "C2", 0, 9, "UTC", 2, "T0OTHER")
    assert await tokens(acme) == "xoxb-from-oauth"
    assert await tokens(other) == TOKEN


# `checkpost tips preview` and `checkpost tips send-now` ---------------------


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(
    tmp_path: Path,
    fake_slack: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Callable[[list[str]], Ran]:
    """`checkpost tips ...` through the real entry point, in this process (the fake too)."""
    for name in [key for key in os.environ if key.startswith(("SLACK_", "CHECKPOST_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'checkpost.db'}")
    monkeypatch.setenv("CHECKPOST_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("CHECKPOST_SECRET_KEY", "tips-cli-secret")
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)

    def run(args: list[str]) -> Ran:
        code = main(["tips", *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def test_preview_then_send_now_then_preview_again(
    tmp_path: Path, fake_slack: FakeSlack, cli: Callable[[list[str]], Ran]
) -> None:
    sessions = migrated(make_settings(tmp_path))
    assert "Aucun canal" in cli(["preview"]).stdout
    subscribe(sessions, "slack", "C0NOW", timezone="Europe/Paris", weekday=2, hour=8)
    before = cli(["preview"])
    assert before.returncode == 0 and "slack · C0NOW · mercredi" in before.stdout
    assert "08:00 (Europe/Paris)" in before.stdout and "Le conseil de la semaine" in before.stdout
    tip_id = before.stdout.split(" · ")[3].split(" ")[0]
    sent = cli(["send-now", "C0NOW"])
    assert sent.returncode == 0 and f"Conseil {tip_id} envoyé" in sent.stdout
    [call] = fake_slack.sent("chat.postMessage")
    assert call.params["channel"] == "C0NOW" and call.token == TOKEN
    again = cli(["send-now", "C0NOW"])
    assert again.returncode == 1 and "déjà parti" in again.stderr
    assert len(fake_slack.sent("chat.postMessage")) == 1
    after = cli(["preview"])
    assert tip_id not in after.stdout.splitlines()[0]  # next week's tip, not this one
    unknown = cli(["send-now", "C0NOPE"])
    assert unknown.returncode == 2 and "Aucun abonnement" in unknown.stderr
