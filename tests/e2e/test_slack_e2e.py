"""End to end: a real `checkpost serve` process, the fake Slack, a signed `/checkpost`.

The ack must come back within Slack's 3 seconds; the guidance, with the draft's findings,
must reach the response_url; the draft must appear in neither the logs nor the database.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.bot.conftest import free_port
from tests.bot.slack import signing
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import slash_command
from tests.e2e.conftest import checkpost_env, start_server, wait_for

DRAFT = (
    "Notre chiffre d'affaires du trimestre : 30 M€, écrivez à jean.dupont@acme.fr marqueur-e2e-7"
)


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def slack_served(
    tiny_model_dir: Path, tmp_path: Path, fake_slack: FakeSlack
) -> Iterator[tuple[str, Path]]:
    port = free_port()
    env = checkpost_env(
        tiny_model_dir,
        tmp_path / "var",
        SLACK_API_URL=fake_slack.api_url,
        SLACK_BOT_TOKEN="xoxb-e2e-token",
        SLACK_SIGNING_SECRET=signing.SIGNING_SECRET,
    )
    log = tmp_path / "server.log"
    process = start_server(env, port, log)
    try:
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_slash_command_through_the_real_server(
    slack_served: tuple[str, Path], fake_slack: FakeSlack, tmp_path: Path
) -> None:
    url, log = slack_served
    assert wait_for(f"{url}/readyz", timeout=180) is not None, log.read_text()
    body = signing.form_body(slash_command(DRAFT, fake_slack.response_url("e2e")))
    started = time.monotonic()
    ack = httpx.post(
        f"{url}/slack/events",
        content=body,
        headers=signing.signed_headers(body, content_type=signing.FORM),
        timeout=10,
    )
    elapsed = time.monotonic() - started
    assert ack.status_code == 200 and elapsed < 3, (ack.status_code, elapsed)
    assert "Je relis ton brouillon" in ack.text
    [guidance] = fake_slack.wait_responses(1, timeout=30)
    shown = json.dumps(guidance, ensure_ascii=False)
    assert guidance["response_type"] == "ephemeral"
    assert "« 30 M€ »" in shown or "« jean.dupont@acme.fr »" in shown, shown
    assert "|money|" in shown or "|email|" in shown
    assert "marqueur-e2e-7" not in log.read_text()
    database = (tmp_path / "var" / "checkpost.db").read_bytes()
    assert b"marqueur-e2e-7" not in database and b"jean.dupont" not in database


def test_unsigned_request_to_the_real_server_is_refused(
    slack_served: tuple[str, Path], fake_slack: FakeSlack
) -> None:
    url, _ = slack_served
    assert wait_for(f"{url}/healthz", timeout=60) is not None
    body = signing.form_body(slash_command(DRAFT, fake_slack.response_url("nope")))
    response = httpx.post(
        f"{url}/slack/events", content=body, headers={"content-type": signing.FORM}, timeout=10
    )
    assert response.status_code == 401
    time.sleep(0.5)
    assert fake_slack.responses == [] and fake_slack.outgoing() == []
