"""Faults: with the database down, people still get their guidance (nothing stored, no crash)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine

from bot.app import create_app
from tests.bot.conftest import serve_in_thread
from tests.bot.slack.conftest import POLICY, NoNames, SlackSender, slack_settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, slash_command
from tests.fakes import KeywordClassifier


def test_database_down_still_gives_guidance(tmp_path: Path, fake_slack: FakeSlack) -> None:
    settings = slack_settings(tmp_path, fake_slack)
    dead = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = create_app(
        settings, classifier=KeywordClassifier(), names=NoNames(), policy=POLICY, engine=dead
    )
    for server in serve_in_thread(app):
        with server.client() as http:
            slack = SlackSender(http)
            for _ in range(100):
                if server.app.state.runtime.coach is not None:
                    break
                fake_slack.wait(lambda: False, 0.05)
            assert slack.event(direct_message("Le projet Zéphyr arrive")).status_code == 200
            [reply] = fake_slack.wait_sent("chat.postMessage", timeout=15)
            assert "« Zéphyr »" in reply.raw
            slack.form(slash_command("mes-donnees", fake_slack.response_url("data")))
            [body] = fake_slack.wait_responses(timeout=15)
            assert "base de données" in body["text"]
