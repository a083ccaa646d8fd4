"""Abuse: a per-person rate limit answered with a kind sentence, a size limit on every POST
route, and the author's own text escaped in every rendering (Slack, Teams, HTML)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bot.db.tables import CheckRecord
from bot.request_guards import MAX_BODY_BYTES
from bot.settings import Settings
from coaching.address import AddressForm
from coaching.copy_fr import slack as slack_copy
from coaching.copy_fr import teams as teams_copy
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.privacy.routes import post_routes
from tests.privacy.stack import Stack, card_of, serve_stack, stack_settings

LIMIT = 3


@pytest.fixture
def limited(tmp_path: Path, fake_slack: FakeSlack, teams_fake: FakeBotFramework) -> Iterator[Stack]:
    settings = stack_settings(
        tmp_path,
        f"sqlite:///{tmp_path / 'checkpost.db'}",
        fake_slack,
        CHECKPOST_CHECKS_PER_MINUTE=LIMIT,
    )
    yield from serve_stack(settings, fake_slack, teams_fake)


def _checks(stack: Stack) -> int:
    with stack.runtime.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(CheckRecord)) or 0)


def test_the_default_is_thirty_checks_a_minute() -> None:
    assert Settings(_env_file=None).checks_per_minute == 30


def test_slack_rate_limit_is_per_person_and_kind(limited: Stack) -> None:
    fake = limited.fake_slack
    for number in range(LIMIT + 1):
        limited.slash(f"Brouillon n°{number} sur l'équipe", user="U0HASTY", reply=f"h{number}")
        fake.wait_responses(number + 1)
    limited.slash("Un brouillon tranquille", user="U0CALM", reply="calm")
    fake.wait_responses(LIMIT + 2)
    bodies = {name: body for name, body, _ in fake.responses}
    refusal = slack_copy.RATE_LIMITED.say(AddressForm.TU)
    assert bodies[f"h{LIMIT}"]["text"] == refusal, "the fourth draft: a kind sentence"
    assert all(refusal not in json.dumps(bodies[f"h{n}"]) for n in range(LIMIT))
    assert refusal not in json.dumps(bodies["calm"]), "another person is not slowed down"
    assert _checks(limited) == LIMIT + 1, "the refused draft was not reviewed nor recorded"


def test_teams_rate_limit_is_per_person_and_kind(limited: Stack) -> None:
    for number in range(LIMIT + 1):
        assert limited.teams_message(f"Brouillon n°{number}", user="29:hasty").is_success
    assert limited.teams_message("Un brouillon tranquille", user="29:calm").is_success
    answers = limited.teams.messages()
    refusal = teams_copy.RATE_LIMITED.say(AddressForm.TU)
    assert answers[LIMIT].body["text"] == refusal
    assert all(answer.body.get("attachments") for answer in answers[:LIMIT] + answers[LIMIT + 1 :])
    assert _checks(limited) == LIMIT + 1


# Size limits --------------------------------------------------------------------------------

TOO_BIG = MAX_BODY_BYTES + 1


def _chunks(total: int) -> Iterator[bytes]:
    piece = b"a" * 65_536
    for _ in range(total // len(piece) + 1):
        yield piece


@pytest.mark.parametrize("sent", ["declared", "chunked"])
def test_every_post_route_refuses_a_huge_body(shared_stack: Stack, sent: str) -> None:
    """Declared (Content-Length) or streamed (chunked, no length): a 413, never read whole."""
    paths = [
        path.replace("{subscription_id}", "1") for path in post_routes(shared_stack.server.app)
    ]
    assert len(paths) >= 9
    answers: dict[str, int] = {}
    for path in paths:
        with shared_stack.server.client() as client:
            content: Any = b"a" * TOO_BIG if sent == "declared" else _chunks(TOO_BIG)
            headers = {"content-type": "application/x-www-form-urlencoded"}
            try:
                answers[path] = client.post(path, content=content, headers=headers).status_code
            except httpx.WriteError:  # the server answered and closed while we were writing
                answers[path] = 413
    assert answers == dict.fromkeys(paths, 413)
    assert shared_stack.http.get("/healthz").status_code == 200


def test_a_big_but_acceptable_body_is_read(shared_stack: Stack) -> None:
    text = "Une phrase tranquille. " * 2_000
    response = shared_stack.http.post("/api/check", json={"text": text})
    assert response.status_code == 200


def test_the_refusal_is_a_kind_sentence(shared_stack: Stack) -> None:
    response = shared_stack.http.post("/api/check", content=b"a" * TOO_BIG)
    assert response.status_code == 413 and "trop long" in response.json()["error"]


# Escaping -----------------------------------------------------------------------------------

HOSTILE = (
    "C'est secret : <script>alert(1)</script> {{TIME(2017-02-14T06:08:39Z)}} @here "
    "[lien](https://evil.example) *gras* <!channel>"
)
SLACK_MARKUP = (
    "C'est secret : &lt;script&gt;alert(1)&lt;/script&gt; {{TIME(2017-02-14T06:08:39Z)}} "
    "<!here> <https://evil.example|lien> [lien](https://evil.example) *gras* <!channel>"
)
"""HOSTILE as Slack delivers it: `<`, `>`, `&` as entities, mentions and links as `<...>`."""


def test_slack_echoes_the_draft_without_pinging_or_linking(shared_stack: Stack) -> None:
    fake = shared_stack.fake_slack
    sent = len(fake.sent("chat.postMessage"))
    shared_stack.dm(SLACK_MARKUP, user="U0HOSTILE")
    shared_stack.slash(SLACK_MARKUP, user="U0HOSTILE2", reply="hostile")
    dm = fake.wait_sent("chat.postMessage", sent + 1)[-1]
    assert fake.wait(lambda: any(name == "hostile" for name, _, _ in fake.responses))
    answer = next(body for name, body, _ in fake.responses if name == "hostile")
    for shown in (dm.raw, json.dumps(answer, ensure_ascii=False)):
        assert "&lt;script&gt;" in shown, "the sentence is quoted back to its author..."
        assert "<script" not in shown and "<!" not in shown and "<http" not in shown
    assert dm.params.get("link_names") in (None, False, 0, "0", "false")


def test_teams_card_shows_the_draft_as_plain_text(shared_stack: Stack) -> None:
    assert shared_stack.teams_message(HOSTILE, user="29:hostile").is_success
    card = card_of(shared_stack.teams.messages()[-1])
    dumped = json.dumps(card, ensure_ascii=False)
    assert "<script>alert(1)</script>" in dumped, "quoted back, as text..."
    assert '"TextBlock"' not in dumped, "...in TextRuns only, which render no markdown"
    assert "{{" not in dumped, "...and no Adaptive Card function can run"


def test_html_pages_escape_the_draft(shared_stack: Stack) -> None:
    for path in ("/playground/reply", "/"):
        page = shared_stack.http.post(path, data={"text": HOSTILE}).text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "<script>alert(1)" not in page
    api = shared_stack.http.post("/api/check", json={"text": HOSTILE})
    assert api.headers["content-type"] == "application/json"
