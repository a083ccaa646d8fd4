"""No draft in the logs, even with every logger at DEBUG, whatever path the draft takes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.app import create_app
from tests.bot.conftest import serve_in_thread, wait_ready
from tests.bot.slack.conftest import POLICY, NoNames, SlackSender, slack_settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, message_shortcut, slash_command
from tests.fakes import KeywordClassifier

MARKER = "marqueur-secret-5d2b"


def test_drafts_never_reach_the_logs(
    caplog: pytest.LogCaptureFixture, tmp_path: Path, fake_slack: FakeSlack
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = slack_settings(tmp_path, fake_slack)
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames(), policy=POLICY)
    draft = f"Le projet Zéphyr sort le 14 mars {MARKER} <!channel>"
    for server in serve_in_thread(app):
        with server.client() as http:
            wait_ready(http)
            slack = SlackSender(http)
            slack.event(direct_message(draft))
            slack.form(slash_command(draft, fake_slack.response_url("cmd")))
            slack.form(message_shortcut(draft, fake_slack.response_url("short")))
            slack.form(slash_command(" ", fake_slack.response_url("blank")))
            fake_slack.fail_next("chat.postMessage", 500, times=5)  # a failing Slack, too
            slack.event(direct_message(draft))
            fake_slack.wait_sent("chat.postMessage")
            fake_slack.wait_responses(2)
            fake_slack.wait(lambda: len(fake_slack.attempts("chat.postMessage")) >= 5, 15)
    assert caplog.records, "logging was captured"
    assert MARKER not in caplog.text and "Zéphyr" not in caplog.text
    assert MARKER not in (tmp_path / "checkpost.db").read_bytes().decode("latin-1")
