"""Events API through the real server: url_verification, DMs, channels, retries, App Home."""

from __future__ import annotations

import time

from tests.bot.slack import signing
from tests.bot.slack.conftest import BOT_TOKEN, SlackSender
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import (
    DM_CHANNEL,
    app_home_opened,
    channel_message,
    direct_message,
    url_verification,
)


def test_url_verification_echoes_the_challenge(slack: SlackSender) -> None:
    body = signing.json_body(url_verification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmd"))
    response = slack.post(body, signing.JSON)
    assert response.status_code == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmd" in response.text


def test_a_direct_message_gets_guidance_in_the_dm(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    started = time.monotonic()
    response = slack.event(direct_message("Le projet Zéphyr sort le 14 mars, c'est secret."))
    assert response.status_code == 200 and time.monotonic() - started < 3
    [call] = fake_slack.wait_sent("chat.postMessage")
    assert call.params["channel"] == DM_CHANNEL and call.token == BOT_TOKEN
    texts = [
        block["text"]["text"]
        for block in call.params["blocks"]
        if "text" in block and isinstance(block["text"], dict)
    ]
    assert any("« Zéphyr »" in text for text in texts)
    actions = [block for block in call.params["blocks"] if block["type"] == "actions"]
    values = {element["value"].split("|")[1] for block in actions for element in block["elements"]}
    assert "code_name" in values
    assert all(
        "Zéphyr" not in element["value"] for block in actions for element in block["elements"]
    )


def test_a_channel_message_is_never_read(slack: SlackSender, fake_slack: FakeSlack) -> None:
    assert slack.event(channel_message("Le projet Zéphyr sort le 14 mars")).status_code == 200
    edited = direct_message("Le projet Zéphyr", subtype="message_changed")
    assert slack.event(edited).status_code == 200
    from_bot = direct_message("Le projet Zéphyr", subtype="bot_message", bot_id="B1")
    assert slack.event(from_bot).status_code == 200
    other_app = direct_message("Le projet Zéphyr", bot_id="B2")
    assert slack.event(other_app).status_code == 200
    reaction = {"type": "reaction_added", "user": "U1", "reaction": "tada", "item_user": "U2"}
    assert slack.event(reaction).status_code == 200  # unknown event types: 200, not 404
    time.sleep(0.5)
    assert fake_slack.outgoing() == []


def test_a_direct_message_can_ask_for_help_or_data(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    slack.event(direct_message("aide", thread_ts="1700000000.000001"))
    [help_reply] = fake_slack.wait_sent("chat.postMessage")
    assert "oublie-moi" in help_reply.raw and help_reply.params["thread_ts"] == "1700000000.000001"
    slack.event(direct_message("mes-donnees"))
    [_, data] = fake_slack.wait_sent("chat.postMessage", 2)
    assert "user_hash" in data.raw


def test_a_retried_event_gets_one_reply(slack: SlackSender, fake_slack: FakeSlack) -> None:
    event = direct_message("Le projet Zéphyr sort bientôt")
    assert slack.event(event, event_id="Ev0RETRY01").status_code == 200
    retried = slack.event(
        event,
        event_id="Ev0RETRY01",
        **{"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"},
    )
    assert retried.status_code == 200
    fake_slack.wait_sent("chat.postMessage")
    time.sleep(0.7)
    assert len(fake_slack.sent("chat.postMessage")) == 1


def test_rate_limited_web_api_is_retried_after_retry_after(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.fail_next("chat.postMessage", 429, retry_after=1)
    slack.event(direct_message("Le projet Zéphyr sort bientôt"))
    [sent] = fake_slack.wait_sent("chat.postMessage", timeout=10)
    [limited, _] = fake_slack.attempts("chat.postMessage")
    assert limited.status == 429
    assert sent.at - limited.at >= 1.0


def test_server_errors_are_retried(slack: SlackSender, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", 503)
    fake_slack.fail_next("chat.postMessage", 502)
    slack.event(direct_message("Le projet Zéphyr sort bientôt"))
    fake_slack.wait_sent("chat.postMessage", timeout=10)
    assert [call.status for call in fake_slack.attempts("chat.postMessage")] == [503, 502, 200]


def test_mentions_in_a_draft_never_ping(slack: SlackSender, fake_slack: FakeSlack) -> None:
    draft = (
        "Le chiffre du trimestre reste secret &lt;b&gt;ici&lt;/b&gt; <!channel> @here "
        "<@U0BOSS|patron> <https://evil.example|cliquez> &lt;!here&gt;"
    )
    slack.event(direct_message(draft))
    [call] = fake_slack.wait_sent("chat.postMessage")
    sent = call.raw
    assert "trimestre" in sent  # the sentence is quoted back...
    assert "<!" not in sent and "<@" not in sent and "<http" not in sent  # ...but cannot ping
    assert "&lt;b&gt;ici&lt;/b&gt;" in sent and "&lt;!" in sent
    assert call.params.get("link_names") in (None, False, 0, "0", "false")


def test_app_home_shows_the_privacy_promise(slack: SlackSender, fake_slack: FakeSlack) -> None:
    slack.event(app_home_opened())
    [call] = fake_slack.wait_sent("views.publish")
    view = call.params["view"]
    assert call.params["user_id"] == "U0AUTHOR1" and view["type"] == "home"
    text = call.raw
    assert "jamais le texte" in text and "oublie-moi" in text
    assert "checkpost_address_form" in text
