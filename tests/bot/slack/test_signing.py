"""The signer against Slack's worked example; the server's verdict on bad signatures."""

from __future__ import annotations

import time

from tests.bot.slack import signing
from tests.bot.slack.conftest import SlackSender
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import direct_message, event_callback, slash_command

# "Verifying requests from Slack" (api.slack.com/authentication/verifying-requests-from-slack)
DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
DOC_TIMESTAMP = "1531420618"
DOC_BODY = (
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
    "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
    "&command=%2Fwebhook-collect&text="
    "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F"
    "96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
)
DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"


def test_signer_matches_slacks_worked_example() -> None:
    assert signing.signature(DOC_SECRET, DOC_TIMESTAMP, DOC_BODY.encode()) == DOC_SIGNATURE


def test_server_verifier_accepts_slacks_worked_example_at_its_time() -> None:
    from bot.slack.mount import is_signed

    headers = {"x-slack-request-timestamp": DOC_TIMESTAMP, "x-slack-signature": DOC_SIGNATURE}
    body = DOC_BODY.encode()
    assert is_signed(DOC_SECRET, body, headers, now=lambda: float(DOC_TIMESTAMP) + 299)
    assert not is_signed(DOC_SECRET, body + b"x", headers, now=lambda: float(DOC_TIMESTAMP))
    assert not is_signed(DOC_SECRET, body, headers, now=lambda: float(DOC_TIMESTAMP) + 301)
    assert not is_signed(DOC_SECRET, body, headers, now=lambda: float(DOC_TIMESTAMP) - 301)
    assert not is_signed("another-secret", body, headers, now=lambda: float(DOC_TIMESTAMP))


def _nothing_sent(fake: FakeSlack) -> bool:
    time.sleep(0.5)
    return fake.outgoing() == [] and fake.responses == []


def test_unsigned_request_is_401_and_nothing_is_sent(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    body = signing.form_body(slash_command("Le projet Zéphyr", fake_slack.response_url()))
    response = slack.http.post(
        "/slack/events", content=body, headers={"content-type": signing.FORM}
    )
    assert response.status_code == 401
    assert _nothing_sent(fake_slack)


def test_wrongly_signed_request_is_401(slack: SlackSender, fake_slack: FakeSlack) -> None:
    body = signing.json_body(event_callback(direct_message("Le projet Zéphyr")))
    headers = signing.signed_headers(body, content_type=signing.JSON, secret="not-the-secret")
    assert slack.http.post("/slack/events", content=body, headers=headers).status_code == 401
    tampered = signing.signed_headers(body, content_type=signing.JSON)
    assert (
        slack.http.post("/slack/events", content=body + b" ", headers=tampered).status_code == 401
    )
    assert _nothing_sent(fake_slack)


def test_stale_request_is_401(slack: SlackSender, fake_slack: FakeSlack) -> None:
    body = signing.json_body(event_callback(direct_message("Le projet Zéphyr")))
    stale = int(time.time()) - 6 * 60
    headers = signing.signed_headers(body, content_type=signing.JSON, timestamp=stale)
    assert slack.http.post("/slack/events", content=body, headers=headers).status_code == 401
    assert _nothing_sent(fake_slack)


def test_garbage_timestamp_is_401_not_500(slack: SlackSender, fake_slack: FakeSlack) -> None:
    body = b'{"type":"url_verification","challenge":"x"}'
    headers = {
        "content-type": signing.JSON,
        "x-slack-request-timestamp": "soon",
        "x-slack-signature": "v0=00",
    }
    assert slack.http.post("/slack/events", content=body, headers=headers).status_code == 401


def test_invalid_utf8_is_a_client_error(slack: SlackSender, fake_slack: FakeSlack) -> None:
    response = slack.post(b"text=caf\xe9&command=%2Fcheckpost", signing.FORM)
    assert response.status_code == 400
    assert _nothing_sent(fake_slack)


def test_oversized_body_is_413(slack: SlackSender) -> None:
    response = slack.post(b"text=" + b"a" * 1_100_000, signing.FORM)
    assert response.status_code == 413
