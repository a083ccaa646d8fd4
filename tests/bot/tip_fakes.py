"""Fakes for the weekly-tips tests: a frozen clock, a sender that records, fresh databases."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session, sessionmaker

from bot.db import migrate
from bot.db.engine import build_engine
from bot.db.tables import CheckRecord, Feedback, TipDelivery, TipSubscription, Workspace
from bot.tips_service import SubscriptionView, TipSendError


def utc(text: str) -> datetime:
    """ "2026-03-09 13:00" as a UTC instant."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class FrozenClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass(frozen=True)
class Posted:
    platform: str
    channel: str
    text: str


@dataclass
class RecordingSender:
    """A TipSender that remembers what it posted; fails its first `failures` sends."""

    failures: int = 0
    error: Exception = field(default_factory=lambda: TipSendError("http_500"))
    delay: float = 0.0
    attempts: int = 0
    posted: list[Posted] = field(default_factory=list)

    async def send_tip(self, subscription: SubscriptionView, text: str) -> None:
        self.attempts += 1
        await asyncio.sleep(self.delay)
        if self.failures > 0:
            self.failures -= 1
            raise self.error
        self.posted.append(Posted(subscription.platform, subscription.channel_id, text))

    @property
    def channels(self) -> list[str]:
        return [post.channel for post in self.posted]


class Databases:
    """Engines on one database (each is a « replica »), disposed at the end."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engines: list[Engine] = []

    def sessions(self) -> sessionmaker[Session]:
        engine = build_engine(self.url)
        self._engines.append(engine)
        return sessionmaker(engine)

    def close(self) -> None:
        for engine in self._engines:
            engine.dispose()


def fresh_database(url: str) -> Iterator[Databases]:
    """Migrated and emptied of tips, checks and workspaces (the PostgreSQL one is shared)."""
    migrate.upgrade(url)
    engine = build_engine(url)
    with engine.begin() as connection:
        for table in (TipDelivery, TipSubscription, CheckRecord, Feedback, Workspace):
            connection.execute(delete(table))
    engine.dispose()
    databases = Databases(url)
    yield databases
    databases.close()
