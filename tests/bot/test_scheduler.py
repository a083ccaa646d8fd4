"""The weekly-tips scheduler: the right local hour (DST included), once per week whatever
the replicas and restarts, retries within the week, a new cycle after the whole bank, the
theme of the week, retention, and Slack delivery through the loopback fake Web API."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import session_scope
from bot.db.tables import CheckRecord, TipDelivery, Workspace
from bot.db.tip_claims import claim_week
from bot.db.tips import active_subscriptions, subscribe, unsubscribe
from bot.scheduler import RETRY_DELAYS, TipScheduler
from bot.tips_senders import SlackTipSender, slack_tokens
from bot.tips_service import TipSendError
from coaching.axes import Axis
from coaching.tip_bank import TIPS
from coaching.tips import pick_tip, tip_by_id
from tests.bot.conftest import test_settings as make_settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.tip_fakes import Databases, FrozenClock, RecordingSender, fresh_database, utc

MONDAY = "2026-03-02"  # a Monday in Toronto winter time (EST, UTC-5)
SLACK_TOKEN = "xoxb-tips-test-token"


@pytest.fixture
def databases(database_url: str) -> Iterator[Databases]:
    """The same tests on a SQLite file and on the local PostgreSQL."""
    yield from fresh_database(database_url)


@pytest.fixture
def sqlite(sqlite_url: str) -> Iterator[Databases]:
    yield from fresh_database(sqlite_url)


def scheduler(
    sessions: sessionmaker[Session],
    clock: FrozenClock,
    sender: RecordingSender,
    *,
    retention_days: int | None = None,
    retry_delays: Sequence[timedelta] = RETRY_DELAYS,
) -> TipScheduler:
    return TipScheduler(
        sessions,
        {"slack": sender},
        clock=clock,
        retention_days=retention_days,
        retry_delays=retry_delays,
    )


def deliveries(sessions: sessionmaker[Session]) -> list[TipDelivery]:
    with session_scope(sessions) as session:
        rows = session.scalars(select(TipDelivery).order_by(TipDelivery.id)).all()
        session.expunge_all()
        return list(rows)


# subscriptions -------------------------------------------------------------


def test_subscribe_defaults_validates_and_keeps_the_teams_reference(sqlite: Databases) -> None:
    sessions = sqlite.sessions()
    with session_scope(sessions) as session:
        paris = Workspace(platform="teams", external_id="tenant-1", timezone="Europe/Paris")
        session.add(paris)
        session.flush()
        paris_id = paris.id
    plain = subscribe(sessions, "slack", "C1")
    assert (plain.weekday, plain.hour, plain.timezone) == (0, 9, "America/Toronto")
    teams = subscribe(sessions, "teams", "19:a", workspace_id=paris_id, conversation_reference="{}")
    assert (teams.timezone, teams.team_id) == ("Europe/Paris", "tenant-1")
    moved = subscribe(sessions, "teams", "19:a", weekday=4, hour=14, timezone="")  # the admin page
    assert (moved.id, moved.weekday, moved.hour, moved.timezone) == (
        teams.id,
        4,
        14,
        "Europe/Paris",
    )
    assert moved.conversation_reference == "{}"
    for bad in ({"weekday": 7}, {"hour": 24}, {"timezone": "Mars/Olympus"}, {"timezone": "../x"}):
        with pytest.raises(ValueError):
            subscribe(sessions, "slack", "C2", **bad)  # type: ignore[arg-type]
    assert [view.channel_id for view in active_subscriptions(sessions)] == ["C1", "19:a"]


# the right local time ------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "weekday", "expected"),
    [
        ("America/Toronto", 0, "2026-03-02 14:00"),  # 9:00 EST
        ("America/Toronto", 6, "2026-03-08 13:00"),  # 9:00 EDT, the very Sunday of the change
        ("America/Toronto", 0, "2026-03-09 13:00"),  # 9:00 EDT, the first week of summer time
        ("Europe/Paris", 0, "2026-10-19 07:00"),  # 9:00 CEST
        ("Europe/Paris", 6, "2026-10-25 08:00"),  # 9:00 CET, the very Sunday of the change
        ("Europe/Paris", 0, "2026-10-26 08:00"),  # 9:00 CET, the first week of winter time
    ],
)
async def test_the_tip_goes_out_at_nine_local_time(
    sqlite: Databases, zone: str, weekday: int, expected: str
) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1", weekday=weekday, hour=9, timezone=zone)
    clock, sender = FrozenClock(utc(expected) - timedelta(minutes=1)), RecordingSender()
    tips = scheduler(sessions, clock, sender)
    assert await tips.tick() == [] and sender.posted == []
    clock.advance(minutes=1)
    [delivery] = await tips.tick()
    assert delivery.sent and sender.channels == ["C1"]
    clock.advance(hours=5)
    assert await tips.tick() == [] and sender.channels == ["C1"]


@pytest.mark.parametrize(
    ("zone", "start", "expected"),
    [
        ("America/Toronto", "2026-03-02 05:00", ["2026-03-02 14:00", "2026-03-09 13:00"]),
        ("Europe/Paris", "2026-10-18 22:00", ["2026-10-19 07:00", "2026-10-26 08:00"]),
    ],
)
async def test_hour_by_hour_across_a_dst_change(
    sqlite: Databases, zone: str, start: str, expected: list[str]
) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1", timezone=zone)  # Monday 9:00 by default
    clock, sender = FrozenClock(utc(start)), RecordingSender()
    tips, sent_at = scheduler(sessions, clock, sender), []
    for _ in range(10 * 24):
        if await tips.tick():
            sent_at.append(clock.now)
        clock.advance(hours=1)
    assert sent_at == [utc(moment) for moment in expected]


# once per week -------------------------------------------------------------


async def test_two_schedulers_on_one_database_send_once(databases: Databases) -> None:
    first, second = databases.sessions(), databases.sessions()
    channels = [f"C{index}" for index in range(6)]
    for channel in channels:
        subscribe(first, "slack", channel)
    clock, sender = FrozenClock(utc(f"{MONDAY} 14:05")), RecordingSender(delay=0.01)
    replicas = [scheduler(first, clock, sender), scheduler(second, clock, sender)]
    for _ in range(3):
        await asyncio.gather(*(replica.tick() for replica in replicas))
        clock.advance(minutes=1)
    assert sorted(sender.channels) == channels
    assert [row.status for row in deliveries(first)] == ["sent"] * len(channels)


def test_the_replica_whose_claim_comes_second_does_not_send(databases: Databases) -> None:
    first, second = databases.sessions(), databases.sessions()
    view = subscribe(first, "slack", "C1")
    now = utc(f"{MONDAY} 14:05")
    lease = timedelta(minutes=10)
    other: list[object] = []

    def choose_while_the_other_replica_claims(session: Session) -> str:
        # Both replicas saw no row; the other one commits its claim first.
        theirs = claim_week(
            second,
            view.id,
            "2026-W10",
            now,
            lease=lease,
            max_attempts=3,
            choose=lambda _: "tone-01",
        )
        other.append(theirs)
        return "tone-02"

    choose = choose_while_the_other_replica_claims
    mine = claim_week(first, view.id, "2026-W10", now, lease=lease, max_attempts=3, choose=choose)
    assert mine is None and other[0] is not None
    assert [(row.tip_id, row.attempts) for row in deliveries(first)] == [("tone-01", 1)]


async def test_restart_mid_week_and_downtime_send_exactly_once(databases: Databases) -> None:
    subscribe(databases.sessions(), "slack", "C1")
    clock, sender = FrozenClock(utc(f"{MONDAY} 14:30")), RecordingSender()
    assert len(await scheduler(databases.sessions(), clock, sender).tick()) == 1
    clock.now = utc("2026-03-04 16:00")  # restarted on Wednesday: a new process, a new engine
    assert await scheduler(databases.sessions(), clock, sender).tick() == []
    clock.now = utc("2026-03-12 20:00")  # down from Monday to Thursday the next week
    restarted = scheduler(databases.sessions(), clock, sender)
    assert len(await restarted.tick()) == 1  # the missed Monday is caught up...
    clock.advance(minutes=1)
    assert await restarted.tick() == []  # ...once
    assert sender.channels == ["C1", "C1"]
    assert [row.iso_week for row in deliveries(databases.sessions())] == ["2026-W10", "2026-W11"]


async def test_a_claim_left_by_a_dead_replica_is_taken_over_after_its_lease(
    sqlite: Databases,
) -> None:
    sessions = sqlite.sessions()
    view = subscribe(sessions, "slack", "C1")
    now = utc(f"{MONDAY} 14:00")
    claim_week(
        sessions,
        view.id,
        "2026-W10",
        now,
        lease=timedelta(minutes=10),
        max_attempts=8,
        choose=lambda _: "conf-03",
    )  # the replica dies right after its claim
    clock, sender = FrozenClock(now + timedelta(minutes=5)), RecordingSender()
    tips = scheduler(sessions, clock, sender)
    assert await tips.tick() == []
    clock.advance(minutes=6)
    [delivery] = await tips.tick()
    assert (delivery.tip_id, delivery.attempt, delivery.sent) == ("conf-03", 2, True)


async def test_unsubscribed_channels_get_nothing(sqlite: Databases) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1")
    assert unsubscribe(sessions, "slack", "C1") and not unsubscribe(sessions, "slack", "C1")
    clock, sender = FrozenClock(utc(f"{MONDAY} 15:00")), RecordingSender()
    tips = scheduler(sessions, clock, sender)
    assert await tips.tick() == [] and sender.posted == []
    subscribe(sessions, "slack", "C1")  # back on: this week's tip, once
    assert len(await tips.tick()) == 1
    unsubscribe(sessions, "slack", "C1")
    subscribe(sessions, "slack", "C1")
    assert await tips.tick() == [] and sender.channels == ["C1"]


async def test_a_platform_without_a_sender_waits_unclaimed(sqlite: Databases) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "teams", "19:general", conversation_reference="{}")
    clock, sender = FrozenClock(utc(f"{MONDAY} 15:00")), RecordingSender()
    assert await scheduler(sessions, clock, sender).tick() == []
    assert deliveries(sessions) == []


# the bank, cycle after cycle, and the theme of the week ---------------------


async def test_after_the_whole_bank_a_new_cycle_without_an_immediate_repeat(
    sqlite: Databases,
) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1")
    clock, sender = FrozenClock(utc(f"{MONDAY} 15:00")), RecordingSender()
    tips, sent = scheduler(sessions, clock, sender), []
    for _ in range(len(TIPS) + 3):
        [delivery] = await tips.tick()
        sent.append(delivery.tip_id)
        clock.advance(days=7)
    first_cycle = sent[: len(TIPS)]
    assert sorted(first_cycle) == sorted(tip.id for tip in TIPS)
    assert sent[len(TIPS)] != sent[len(TIPS) - 1]
    assert len(set(sent[len(TIPS) :])) == 3 and not set(sent[len(TIPS) :]) & set(first_cycle[-3:])
    posted = {tip_id: post.text for tip_id, post in zip(sent, sender.posted, strict=True)}
    assert all(tip.idea in posted[tip.id] for tip in TIPS)


def add_checks(
    sessions: sessionmaker[Session],
    workspace: int | None,
    at: datetime,
    flags: list[str],
    authors: int,
) -> None:
    with session_scope(sessions) as session:
        for index, axis in enumerate(flags):
            session.add(
                CheckRecord(
                    draft_id=str(uuid.uuid4()),
                    workspace_id=workspace,
                    user_hash=f"u{index % authors}",
                    platform="slack",
                    created_at=at,
                    **({axis: True} if axis else {}),
                )
            )


@pytest.mark.parametrize(
    ("flags", "authors", "theme"),
    [
        (["confidentiality"] * 8 + ["tone"] + [""] * 3, 4, Axis.CONFIDENTIALITY),
        (["confidentiality"] * 8 + [""], 4, None),  # 9 checks: no theme of the week
        (["confidentiality"] * 12, 2, None),  # two people only: no theme either
    ],
)
async def test_the_theme_of_the_week_comes_from_the_workspace_totals(
    sqlite: Databases, flags: list[str], authors: int, theme: Axis | None
) -> None:
    sessions = sqlite.sessions()
    with session_scope(sessions) as session:
        workspace = Workspace(platform="slack", external_id="T1")
        session.add(workspace)
        session.flush()
        workspace_id = workspace.id
    now = utc(f"{MONDAY} 15:00")
    add_checks(sessions, workspace_id, now - timedelta(days=2), flags, authors)
    add_checks(sessions, workspace_id, now - timedelta(days=9), ["tone"] * 30, 5)  # last week's
    subscribe(sessions, "slack", "C1", workspace_id=workspace_id)
    [delivery] = await scheduler(sessions, FrozenClock(now), RecordingSender()).tick()
    expected = pick_tip([], "2026-W10", channel="slack:C1", preferred_axis=theme)
    assert delivery.tip_id == expected.id
    if theme is not None:
        assert expected.axis is theme


async def test_each_tick_purges_check_records_past_the_retention(sqlite: Databases) -> None:
    sessions = sqlite.sessions()
    now = utc("2026-06-01 12:00")
    add_checks(sessions, None, now - timedelta(days=91), ["tone"], 1)
    add_checks(sessions, None, now - timedelta(days=89), ["", ""], 1)
    await scheduler(sessions, FrozenClock(now), RecordingSender(), retention_days=90).tick()
    with session_scope(sessions) as session:
        assert len(session.scalars(select(CheckRecord)).all()) == 2


# retries -------------------------------------------------------------------


async def test_a_failed_send_is_retried_with_backoff_and_logged_without_content(
    sqlite: Databases, caplog: pytest.LogCaptureFixture
) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1")
    clock, sender = FrozenClock(utc(f"{MONDAY} 14:00")), RecordingSender(failures=2)
    tips = scheduler(sessions, clock, sender)
    with caplog.at_level(logging.INFO, logger="bot.scheduler"):
        [failed] = await tips.tick()
        clock.advance(seconds=30)
        assert await tips.tick() == []  # not before the first backoff (1 min)
        clock.advance(seconds=30)
        [failed_again] = await tips.tick()
        clock.advance(minutes=4)
        assert await tips.tick() == []  # the second backoff is 5 min
        clock.advance(minutes=1)
        [sent] = await tips.tick()
        clock.advance(hours=1)
        assert await tips.tick() == []
    assert (failed.sent, failed_again.sent, sent.sent) == (False, False, True)
    assert [failed.attempt, failed_again.attempt, sent.attempt] == [1, 2, 3]
    assert sender.attempts == 3 and sender.channels == ["C1"]
    tip = tip_by_id(sent.tip_id)
    assert tip is not None and tip.idea not in caplog.text and tip.before not in caplog.text
    assert "http_500" in caplog.text and "tentative 2" in caplog.text


async def test_a_permanent_failure_is_not_retried(sqlite: Databases) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1")
    error = TipSendError("channel_not_found", permanent=True)
    clock, sender = FrozenClock(utc(f"{MONDAY} 14:00")), RecordingSender(failures=1, error=error)
    tips = scheduler(sessions, clock, sender)
    assert len(await tips.tick()) == 1
    for _ in range(3):
        clock.advance(hours=6)
        assert await tips.tick() == []
    [row] = deliveries(sessions)
    assert (row.status, row.attempts, row.next_attempt_at) == ("failed", 1, None)


async def test_the_attempts_stop_after_the_last_backoff(sqlite: Databases) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C1")
    clock, sender = FrozenClock(utc(f"{MONDAY} 14:00")), RecordingSender(failures=99)
    delays = [timedelta(minutes=1), timedelta(minutes=2)]
    tips = scheduler(sessions, clock, sender, retry_delays=delays)
    for _ in range(10):
        await tips.tick()
        clock.advance(minutes=2)
    assert sender.attempts == 3 and sender.posted == []


# Slack, through the loopback fake Web API --------------------------------


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def slack_scheduler(
    tmp_path: Path, fake: FakeSlack, sessions: sessionmaker[Session], clock: FrozenClock
) -> TipScheduler:
    settings = make_settings(tmp_path, SLACK_BOT_TOKEN=SLACK_TOKEN, SLACK_API_URL=fake.api_url)
    sender = SlackTipSender(settings.slack_api_url, slack_tokens(settings))
    return TipScheduler(sessions, {"slack": sender}, clock=clock)


async def test_a_slack_tip_is_posted_with_chat_post_message(
    sqlite: Databases, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C0TIPS")
    clock = FrozenClock(utc(f"{MONDAY} 14:00"))
    [delivery] = await slack_scheduler(tmp_path, fake_slack, sessions, clock).tick()
    [call] = fake_slack.sent("chat.postMessage")
    tip = tip_by_id(delivery.tip_id)
    assert tip is not None and delivery.sent
    assert call.token == SLACK_TOKEN and call.params["channel"] == "C0TIPS"
    assert "Le conseil de la semaine" in call.params["text"]
    assert tip.question in call.params["text"]


async def test_slack_answering_500_then_200_gets_one_tip(
    sqlite: Databases, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    sessions = sqlite.sessions()
    subscribe(sessions, "slack", "C0TIPS")
    fake_slack.fail_next("chat.postMessage", 500)
    clock = FrozenClock(utc(f"{MONDAY} 14:00"))
    tips = slack_scheduler(tmp_path, fake_slack, sessions, clock)
    [failed] = await tips.tick()
    clock.advance(minutes=1)
    [sent] = await tips.tick()
    clock.advance(minutes=10)
    assert await tips.tick() == []
    assert (failed.sent, sent.sent) == (False, True)
    assert [call.status for call in fake_slack.attempts("chat.postMessage")] == [500, 200]
    assert len(fake_slack.sent("chat.postMessage")) == 1
