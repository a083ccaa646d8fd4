"""Faults: with the database down people still get their guidance (the trace is dropped with
a content-free log line); without a prepared model the server says which command prepares
it. Retries and the weekly tip's exactly-once are proven where they live (docs/privacy.md)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from coaching.address import AddressForm
from coaching.copy_fr import shell
from coaching.copy_fr import slack as slack_copy
from coaching.copy_fr import teams as teams_copy
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.privacy.stack import card_of, serve_stack, stack_settings

MARKER = "mqfaultmarkerzz"
DRAFT = f"Le projet Zéphyr sort ce trimestre, {MARKER}"


def test_database_down_guidance_still_reaches_everyone(
    tmp_path: Path,
    fake_slack: FakeSlack,
    teams_fake: FakeBotFramework,
    debug_logs: io.StringIO,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = stack_settings(tmp_path, f"sqlite:///{tmp_path / 'unused.db'}", fake_slack)
    dead = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    for stack in serve_stack(settings, fake_slack, teams_fake, engine=dead):
        assert stack.http.get("/readyz").json()["database"] is False
        stack.slash(DRAFT, user="U0SLASH", reply="slash")
        stack.dm(DRAFT, user="U0DM")
        assert stack.teams_message(DRAFT).is_success
        assert stack.teams_message("oublie-moi").is_success
        api = stack.http.post("/api/check", json={"text": DRAFT})
        fake_slack.wait_responses(1, timeout=15)
        [dm] = fake_slack.wait_sent("chat.postMessage", timeout=15)
        stack.slash("mes-donnees", user="U0SLASH", reply="data")
        fake_slack.wait_responses(2, timeout=15)
    [(_, slash, _), (_, data, _)] = fake_slack.responses
    assert "« Zéphyr »" in str(slash) and "« Zéphyr »" in dm.raw
    assert card_of(teams_fake.messages()[0])["body"]
    assert api.status_code == 200 and api.json()["guidance"]["findings"]
    unavailable = slack_copy.DATA_UNAVAILABLE.say(AddressForm.TU)
    assert data["text"] == unavailable, "the rights commands say why they cannot answer"
    assert teams_fake.messages()[1].body["text"] == teams_copy.DATA_UNAVAILABLE.say(AddressForm.TU)
    dropped = [
        r for r in caplog.records if "trace de vérification non enregistrée" in r.getMessage()
    ]
    assert len(dropped) == 4, "one content-free line per check: slash, DM, Teams, web"
    assert all(getattr(record, "draft_id", None) for record in dropped)
    assert MARKER not in caplog.text and MARKER not in debug_logs.getvalue()


def test_a_missing_model_names_the_command_that_prepares_it(
    tmp_path: Path,
    fake_slack: FakeSlack,
    teams_fake: FakeBotFramework,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = stack_settings(
        tmp_path,
        f"sqlite:///{tmp_path / 'checkpost.db'}",
        fake_slack,
        CHECKPOST_MODEL_DIR=str(tmp_path / "no-model-here"),
    )
    for stack in serve_stack(settings, fake_slack, teams_fake, classifier=None):
        ready = stack.http.get("/readyz")
        api = stack.http.post("/api/check", json={"text": DRAFT})
        stack.dm(DRAFT, user="U0EARLY")
        [dm] = fake_slack.wait_sent("chat.postMessage", timeout=15)
        assert stack.teams_message(DRAFT).is_success
    assert ready.status_code == 503 and ready.json()["model_error"] == "model_missing"
    assert "checkpost model prepare" in caplog.text, "the operator is told what to run"
    assert api.status_code == 503 and api.json()["error"] == shell.MODEL_MISSING
    assert "checkpost model prepare" in shell.MODEL_MISSING
    assert slack_copy.NOT_READY.say(AddressForm.TU) in dm.raw
    assert teams_fake.messages()[0].body["text"] == teams_copy.NOT_READY.say(AddressForm.TU)
