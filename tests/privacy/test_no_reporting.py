"""No per-person reporting: no route takes or shows a person, statistics are aggregates that
cannot tell people apart, and a group under K_ANONYMITY checks shows nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.db import migrate
from bot.db.engine import build_engine, session_scope
from bot.db.stats import K_ANONYMITY, Stats, aggregate_stats
from bot.db.tables import CheckRecord, Feedback
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.privacy.routes import ADMIN_PASSWORD, GUARDS, log_in, routes
from tests.privacy.stack import Stack, serve_stack, stack_settings

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
PERSON_WORDS = ("user", "person", "people", "author", "member", "hash", "email", "employee")


def _stack(
    tmp_path: Path, fake_slack: FakeSlack, teams: FakeBotFramework, **more: str
) -> Iterator[Stack]:
    url = f"sqlite:///{tmp_path / 'checkpost.db'}"
    settings = stack_settings(
        tmp_path, url, fake_slack, CHECKPOST_ADMIN_PASSWORD=ADMIN_PASSWORD, **more
    )
    yield from serve_stack(settings, fake_slack, teams)


@pytest.fixture
def oauth_stack(
    tmp_path: Path, fake_slack: FakeSlack, teams_fake: FakeBotFramework
) -> Iterator[Stack]:
    """Everything on: Slack over OAuth (the install routes), Teams, /admin."""
    oauth = {"SLACK_CLIENT_ID": "1234.5678", "SLACK_CLIENT_SECRET": "client-secret-privacy"}
    yield from _stack(tmp_path, fake_slack, teams_fake, **oauth)


@pytest.fixture
def stack(tmp_path: Path, fake_slack: FakeSlack, teams_fake: FakeBotFramework) -> Iterator[Stack]:
    """Slack (one workspace), Teams, /admin."""
    yield from _stack(tmp_path, fake_slack, teams_fake)


def test_every_route_is_known_and_none_takes_a_person(oauth_stack: Stack) -> None:
    served = routes(oauth_stack.server.app)
    assert served == set(GUARDS), "a new route: add it to GUARDS and docs/privacy.md"
    parameters = {path for _, path in served if "{" in path}
    assert parameters == {"/admin/channels/{subscription_id}"}
    schema = json.dumps(oauth_stack.server.app.openapi()).casefold()
    assert not [word for word in PERSON_WORDS if word in schema]


def test_no_page_shows_who_checked_what(stack: Stack, teams_fake: FakeBotFramework) -> None:
    slack_users = [f"U0PERSON{n}" for n in range(4)]
    teams_users = [f"29:person-{n}" for n in range(4)]
    for number, user in enumerate(slack_users):
        stack.slash(
            f"Le projet Zéphyr sort ce trimestre, n°{number}", user=user, reply=f"r{number}"
        )
    for number, user in enumerate(teams_users):
        assert stack.teams_message(f"Quelle bande d'abrutis, n°{number}", user=user).is_success
    for number in range(4):
        stack.http.post("/api/check", json={"text": f"Le chiffre secret n°{number}"})
    stack.fake_slack.wait_responses(4)
    assert log_in(stack.http).status_code == 303
    pages = {
        path: stack.http.get(path).text
        for method, path in GUARDS
        if method == "GET" and "{" not in path and not path.startswith(("/static", "/slack"))
    }
    with session_scope(stack.runtime.sessions) as session:
        hashes = set(session.scalars(select(CheckRecord.user_hash)))
    assert len(hashes) == 9, "4 Slack people, 4 Teams people, the playground's one pseudonym"
    identifiers = [*slack_users, *teams_users, *hashes]
    shown = [(path, who) for path, page in pages.items() for who in identifiers if who in page]
    assert shown == []
    assert 'id="stats-weekly"' in pages["/admin/stats"], "12 checks: the aggregates are shown"


# The statistics the admin page shows (bot.db.stats.aggregate_stats) -----------------------


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    url = f"sqlite:///{tmp_path / 'stats.db'}"
    migrate.upgrade(url)
    return sessionmaker(build_engine(url))


def _seed(sessions: sessionmaker[Session], authors: list[str]) -> None:
    """One check per entry of `authors` (a user hash), spread over three weeks."""
    with session_scope(sessions) as session:
        for number, author in enumerate(authors):
            when = NOW - timedelta(days=7 * (number % 3))
            session.add(
                CheckRecord(
                    draft_id=f"d{number}",
                    user_hash=author,
                    platform="slack",
                    created_at=when,
                    tone=number % 2 == 0,
                    confidentiality=number % 5 == 0,
                )
            )
            session.add(Feedback(user_hash=author, platform="slack", useful=number % 3 == 0))


def _relabel(sessions: sessionmaker[Session], mapping: dict[str, str]) -> None:
    with session_scope(sessions) as session:
        for check in session.scalars(select(CheckRecord)):
            check.user_hash = mapping[check.user_hash]
        for click in session.scalars(select(Feedback)):
            click.user_hash = mapping[click.user_hash]


def test_statistics_cannot_tell_people_apart(sessions: sessionmaker[Session]) -> None:
    """The same checks, by five people or all by one: the page's numbers are identical."""
    people = [character * 64 for character in "abcde"]
    _seed(sessions, [people[number % 5] for number in range(40)])
    by_five = aggregate_stats(sessions, NOW)
    _relabel(sessions, dict.fromkeys(people, "f" * 64))
    by_one = aggregate_stats(sessions, NOW)
    assert by_five == by_one and by_five.enough
    assert set(Stats.__dataclass_fields__) == {
        "since",
        "enough",
        "weeks",
        "flagged_share",
        "useful_share",
    }


def test_one_persons_few_checks_are_never_shown(sessions: sessionmaker[Session]) -> None:
    """k-anonymity: a single person's K_ANONYMITY - 1 checks leave every number hidden."""
    _seed(sessions, ["a" * 64] * (K_ANONYMITY - 1))
    stats = aggregate_stats(sessions, NOW)
    assert not stats.enough and stats.flagged_share is None and stats.useful_share is None
    assert all(week.checks is None for week in stats.weeks)
