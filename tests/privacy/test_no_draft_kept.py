"""The promise: a draft's text is never stored, never logged, never left in a file.

100 drafts, each carrying its own marker, go through every door of the real server
(Slack slash command, Slack direct message, Teams personal chat; then the web API and the
playground), with SQLite and with PostgreSQL behind it. Then the database (its files, or
every row of every table), every log record at DEBUG and every file the run created are
searched: no marker anywhere. The replies, sent to the author only, do quote them.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bot.db.tables import AllowedTerm, CheckRecord, Feedback
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import block_actions
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.privacy.conftest import log_everything
from tests.privacy.scan import database_text, files_text, leaks
from tests.privacy.stack import (
    Stack,
    card_actions,
    card_of,
    serve_stack,
    slack_button,
    stack_settings,
)

PREFIX = "mq" + "".join(random.choices("ghjkmnpqrstvwxyz", k=8))
"""Unique to this run; letters outside hexadecimal, so no id or hash can contain it by chance."""
DRAFTS = (
    "Le projet Zéphyr sort ce trimestre {m}, on est les meilleurs du marché !",
    "Écris-moi à {m}@acme.com pour les chiffres secrets du trimestre.",
    "Quelle bande d'abrutis chez Zorg {m}, franchement.",
    "Super journée avec l'équipe {m}, merci à tous pour l'accueil !",
    "<!channel> @here {m} <script>alert(1)</script> [lien](https://evil.example) {{{{x}}}}",
)
CHECKS = 100
NOT_RELEVANT = "checkpost_feedback_not_relevant"


def marker(number: int) -> str:
    return f"{PREFIX}{number:03d}"


def draft(number: int) -> str:
    return DRAFTS[number % len(DRAFTS)].format(m=marker(number))


def _count(stack: Stack, table: type[Any]) -> int:
    with stack.runtime.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _run_bots(stack: Stack, fake_slack: FakeSlack, teams: FakeBotFramework) -> dict[str, int]:
    """Send the 100 drafts through the three bot doors, then click « Pas pertinent »."""
    doors = {"slash": 0, "dm": 0, "teams": 0}
    for number in range(CHECKS):
        door = ("slash", "dm", "teams")[number % 3]
        doors[door] += 1
        if door == "slash":
            response = stack.slash(draft(number), user=f"U{number:05d}", reply=f"c{number}")
        elif door == "dm":
            response = stack.dm(draft(number), user=f"U{number:05d}")
        else:
            response = stack.teams_message(draft(number), user=f"29:person-{number}")
        assert response.status_code in (200, 202), response.text
    fake_slack.wait_responses(doors["slash"], timeout=30)
    fake_slack.wait_sent("chat.postMessage", doors["dm"], timeout=30)
    assert len(teams.messages()) == doors["teams"]
    _click_slack(stack, fake_slack)
    _click_teams(stack, teams)
    return doors


def _click_slack(stack: Stack, fake_slack: FakeSlack) -> None:
    """« Pas pertinent » on the e-mail address (which holds the marker) of a Slack DM."""
    call = next(c for c in fake_slack.sent("chat.postMessage") if "@acme.com" in c.raw)
    message = {"type": "message", "ts": "1.1", "text": call.params["text"]}
    message["blocks"] = call.params["blocks"]
    block_id, value = slack_button(message["blocks"], "email", NOT_RELEVANT)
    url = fake_slack.response_url("click")
    form = block_actions(NOT_RELEVANT, value, block_id, response_url=url, message=message)
    assert stack.slack.form(form).status_code == 200
    assert fake_slack.wait(lambda: _count(stack, Feedback) >= 1, 10)


def _click_teams(stack: Stack, teams: FakeBotFramework) -> None:
    posted = next(p for p in teams.messages() if "@acme.com" in json.dumps(p.body))
    [action] = [
        a
        for a in card_actions(card_of(posted))
        if a["data"].get("kind") == "email" and a["data"].get("useful") is False
    ]
    assert stack.teams_click(dict(action["data"])).status_code in (200, 202)


def _scan_everything(
    stack_dir: Path, database_url: str, logs: io.StringIO, caplog: pytest.LogCaptureFixture
) -> dict[str, str]:
    return {
        **files_text(stack_dir),
        **database_text(database_url),
        "json log lines": logs.getvalue(),
        "caplog (raw records)": caplog.text,
    }


def test_a_hundred_bot_drafts_leave_no_trace(
    tmp_path: Path,
    fresh_database_url: str,
    fake_slack: FakeSlack,
    teams_fake: FakeBotFramework,
    private_tmpdir: Path,
    debug_logs: io.StringIO,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = stack_settings(
        tmp_path, fresh_database_url, fake_slack, CHECKPOST_CHECKS_PER_MINUTE=1000
    )
    for stack in serve_stack(settings, fake_slack, teams_fake):
        log_everything(caplog)
        doors = _run_bots(stack, fake_slack, teams_fake)
        metrics = stack.http.get("/metrics").text
        while_running = _scan_everything(tmp_path, fresh_database_url, debug_logs, caplog)
        checks, clicks, terms = (
            _count(stack, table) for table in (CheckRecord, Feedback, AllowedTerm)
        )
    after = _scan_everything(tmp_path, fresh_database_url, debug_logs, caplog)
    assert doors == {"slash": 34, "dm": 33, "teams": 33}
    if fresh_database_url.startswith("sqlite"):
        assert [name for name in while_running if name.endswith("checkpost.db-wal")], "WAL read"
    else:
        assert "postgresql table check_records" in while_running
    assert (checks, clicks, terms) == (CHECKS, 2, 2), "every check and click was recorded"
    assert "sqlalchemy.engine" in caplog.text, "SQL statements were logged and searched"
    replies = json.dumps([body for _, body, _ in fake_slack.responses], ensure_ascii=False)
    assert PREFIX in replies, "the marker did travel: the author sees it quoted back"
    assert leaks(PREFIX, while_running, after, {"/metrics": metrics}) == []
    assert leaks("Zéphyr", while_running, after) == []  # nor a quoted span of a draft


def test_a_hundred_web_drafts_leave_no_trace(
    tmp_path: Path,
    fresh_database_url: str,
    fake_slack: FakeSlack,
    teams_fake: FakeBotFramework,
    private_tmpdir: Path,
    debug_logs: io.StringIO,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The same through the JSON API (/api/check, /api/feedback) and the playground form."""
    settings = stack_settings(tmp_path, fresh_database_url, fake_slack)
    answers: list[str] = []
    for stack in serve_stack(settings, fake_slack, teams_fake):
        log_everything(caplog)
        for number in range(CHECKS):
            answers.append(_web_check(stack.http, number))
        checks, clicks = (_count(stack, table) for table in (CheckRecord, Feedback))
        while_running = _scan_everything(tmp_path, fresh_database_url, debug_logs, caplog)
    after = _scan_everything(tmp_path, fresh_database_url, debug_logs, caplog)
    assert (checks, clicks) == (CHECKS, CHECKS // 2)
    assert PREFIX in "".join(answers), "the marker did travel: the answers quote it"
    assert leaks(PREFIX, while_running, after) == []
    assert leaks("Zéphyr", while_running, after) == []


def _web_check(http: httpx.Client, number: int) -> str:
    """Half through /api/check (then a click on /api/feedback), half through the playground."""
    if number % 2:
        response = http.post("/playground/reply", data={"text": draft(number)})
        assert response.status_code == 200
        return response.text
    response = http.post("/api/check", json={"text": draft(number)})
    assert response.status_code == 200, response.text
    body = response.json()
    click = {"draft_id": body["draft_id"], "useful": False, "axis": "tone", "kind": "insult"}
    assert http.post("/api/feedback", json=click).status_code == 200
    return response.text
