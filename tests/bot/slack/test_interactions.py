"""Buttons, the message shortcut and App Home preferences through the real server."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.db.tables import AllowedTerm, Feedback
from bot.settings import Settings
from tests.bot.slack.conftest import SlackSender
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import (
    OTHER_USER,
    address_choice,
    block_actions,
    direct_message,
    message_shortcut,
)

DRAFT = "Le projet Zéphyr sort le 14 mars, c'est encore secret."


def _rows(settings: Settings, table: type[Any]) -> list[Any]:
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        return list(session.scalars(select(table)))


def _posted_guidance(slack: SlackSender, fake: FakeSlack, count: int = 1) -> dict[str, Any]:
    slack.event(direct_message(DRAFT))
    call = fake.wait_sent("chat.postMessage", count)[-1]
    return {
        "type": "message",
        "ts": "1700000000.000001",
        "bot_id": "BBOT0001",
        "text": call.params["text"],
        "blocks": call.params["blocks"],
    }


def _button(message: dict[str, Any], kind: str, action_id: str) -> tuple[str, str]:
    for block in message["blocks"]:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id and f"|{kind}|" in element["value"]:
                return block["block_id"], element["value"]
    raise AssertionError(f"no {action_id} button for {kind}")


def test_not_relevant_is_counted_thanked_in_place_and_allowed_next_time(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    message = _posted_guidance(slack, fake_slack)
    block_id, value = _button(message, "code_name", "checkpost_feedback_not_relevant")
    assert "Zéphyr" not in value
    response = slack.form(
        block_actions(
            "checkpost_feedback_not_relevant",
            value,
            block_id,
            response_url=fake_slack.response_url(),
            message=message,
        )
    )
    assert response.status_code == 200
    [update] = fake_slack.wait_sent("chat.update")
    replaced = [block for block in update.params["blocks"] if block.get("block_id") == block_id]
    assert replaced == [] and "je ne te ferai plus cette remarque" in update.raw
    [feedback] = _rows(settings, Feedback)
    assert (feedback.axis, feedback.finding_kind, feedback.useful) == (
        "confidentiality",
        "code_name",
        False,
    )
    assert len(_rows(settings, AllowedTerm)) == 1
    again = _posted_guidance(slack, fake_slack, count=2)
    assert "« Zéphyr »" not in json.dumps(again, ensure_ascii=False)


def test_useful_on_an_ephemeral_answer_is_thanked_through_response_url(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    message = _posted_guidance(slack, fake_slack)
    block_id, value = _button(message, "code_name", "checkpost_feedback_useful")
    slack.form(
        block_actions(
            "checkpost_feedback_useful",
            value,
            block_id,
            response_url=fake_slack.response_url("eph"),
            message=None,
            ephemeral=True,
        )
    )
    [body] = fake_slack.wait_responses()
    assert "Merci pour ton retour" in body["text"] and body["replace_original"] is False
    [feedback] = _rows(settings, Feedback)
    assert feedback.useful is True and _rows(settings, AllowedTerm) == []


def test_forged_button_values_store_nothing_but_empty_labels(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    forged = "confidentiality|<!channel> secret text|not-a-hash"
    slack.form(
        block_actions(
            "checkpost_feedback_not_relevant",
            forged,
            "checkpost-feedback-1",
            response_url=fake_slack.response_url(),
            message=None,
        )
    )
    fake_slack.wait_responses()
    [feedback] = _rows(settings, Feedback)
    assert (feedback.axis, feedback.finding_kind) == ("confidentiality", "")
    assert _rows(settings, AllowedTerm) == []


def test_shortcut_on_my_own_message_gives_ephemeral_guidance(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    response = slack.form(message_shortcut(DRAFT, fake_slack.response_url("mine")))
    assert response.status_code == 200
    [body] = fake_slack.wait_responses()
    assert body["response_type"] == "ephemeral" and "« Zéphyr »" in json.dumps(
        body, ensure_ascii=False
    )


def test_shortcut_on_someone_elses_message_is_declined(
    slack: SlackSender, fake_slack: FakeSlack, settings: Settings
) -> None:
    slack.form(message_shortcut(DRAFT, fake_slack.response_url("theirs"), author=OTHER_USER))
    [body] = fake_slack.wait_responses()
    assert "propres messages" in body["text"] and "Zéphyr" not in json.dumps(body)


def test_choosing_vous_in_app_home_changes_the_replies(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    slack.form(address_choice("vous"))
    [view] = fake_slack.wait_sent("views.publish")
    assert "Comment voulez-vous" in view.raw
    slack.event(direct_message("Le projet Zéphyr arrive"))
    [reply] = fake_slack.wait_sent("chat.postMessage")
    assert "vous" in reply.raw.lower() and " ton " not in reply.raw
