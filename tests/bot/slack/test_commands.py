"""`/checkpost` through the real server: ack in 3 s, ephemeral guidance, sub-commands."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from bot.db.records import hash_user
from bot.db.tables import CheckRecord, Feedback, TipSubscription
from bot.settings import Settings
from tests.bot.slack.conftest import SlackSender, secret_of
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import CHANNEL, USER, direct_message, slash_command


def _count(settings: Settings, table: type[CheckRecord] | type[Feedback]) -> int:
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_review_is_acked_at_once_then_answered_ephemerally(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    draft = "Le projet Zéphyr sort le 14 mars. marqueur-9c1e"
    started = time.monotonic()
    response = slack.form(slash_command(draft, fake_slack.response_url("cmd")))
    assert response.status_code == 200 and time.monotonic() - started < 3
    assert "Je relis ton brouillon" in response.text
    [body] = fake_slack.wait_responses()
    assert body["response_type"] == "ephemeral"
    assert "« Zéphyr »" in json.dumps(body, ensure_ascii=False)
    assert fake_slack.outgoing() == []  # nothing posted in the channel
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        record = session.scalars(select(CheckRecord)).one()
    assert record.platform == "slack" and record.confidentiality
    assert record.user_hash == hash_user(
        secret_of(settings),
        "slack",
        USER,
    )
    assert "code_name" in record.finding_kinds and record.workspace_id is not None
    raw = (settings.var_dir / "checkpost.db").read_bytes()
    assert b"marqueur-9c1e" not in raw and "Zéphyr".encode() not in raw


def test_alone_or_aide_gives_help(slack: SlackSender, fake_slack: FakeSlack) -> None:
    for text in ("", "aide", "  AIDE "):
        response = slack.form(slash_command(text, fake_slack.response_url()))
        assert response.status_code == 200
        assert "mes-donnees" in response.text and "oublie-moi" in response.text
    time.sleep(0.3)
    assert fake_slack.responses == []


def test_tips_on_subscribes_the_channel_and_usage_is_explained(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    slack.form(slash_command("tips on", fake_slack.response_url("on")))
    slack.form(slash_command("tips maybe", fake_slack.response_url("usage")))
    bodies = {name: body["text"] for name, body, _ in _wait(fake_slack, 2)}
    assert "tips off" in bodies["usage"]
    [subscription] = _rows(settings, TipSubscription)
    assert (subscription.platform, subscription.channel_id) == ("slack", CHANNEL)
    assert subscription.active and bodies["on"] != bodies["usage"]
    slack.form(slash_command("tips off", fake_slack.response_url("off")))
    _wait(fake_slack, 3)
    [subscription] = _rows(settings, TipSubscription)
    assert not subscription.active


def test_mes_donnees_then_oublie_moi(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    slack.form(slash_command("Le projet Zéphyr arrive", fake_slack.response_url("check")))
    fake_slack.wait_responses(1)
    slack.form(slash_command("mes-donnees", fake_slack.response_url("data")))
    [(_, data, _)] = [item for item in _wait(fake_slack, 2) if item[0] == "data"]
    exported = json.loads("".join(block["text"]["text"].strip("`") for block in data["blocks"][1:]))
    assert exported["user_hash"] == hash_user(secret_of(settings), "slack", USER)
    assert len(exported["checks"]) == 1 and exported["checks"][0]["confidentiality"] is True
    assert "Zéphyr" not in json.dumps(data, ensure_ascii=False)
    slack.form(slash_command("oublie-moi", fake_slack.response_url("forget")))
    [(_, forgot, _)] = [item for item in _wait(fake_slack, 3) if item[0] == "forget"]
    assert "1 relecture" in forgot["text"]
    assert _count(settings, CheckRecord) == 0


def test_too_many_checks_get_a_kind_sentence(slack: SlackSender, fake_slack: FakeSlack) -> None:
    for number in range(31):
        slack.event(direct_message(f"Brouillon numéro {number} sur l'équipe"))
    calls = fake_slack.wait_sent("chat.postMessage", 31, timeout=20)
    limited = [call for call in calls if "beaucoup de brouillons" in call.raw]
    assert len(limited) == 1


def _rows(settings: Settings, table: type[TipSubscription]) -> list[TipSubscription]:
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        return list(session.scalars(select(table)))


def _wait(fake: FakeSlack, count: int) -> list[tuple[str, dict[str, Any], float]]:
    fake.wait_responses(count)
    return list(fake.responses)
