"""Fixtures of the privacy suite: the loopback fakes, a fresh database of each kind,
a private TMPDIR and every log record at DEBUG through checkpost's own JSON handler."""

from __future__ import annotations

import io
import logging
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.logs import build_handler
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.conftest import PG_ADMIN_URL
from tests.privacy.routes import ADMIN_PASSWORD
from tests.privacy.stack import Stack, serve_stack, stack_settings


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def teams_fake(botframework: FakeBotFramework, monkeypatch: pytest.MonkeyPatch) -> FakeBotFramework:
    """The fake Bot Framework, reset, reachable under the real sign-in hosts (its proxy)."""
    botframework.reset()
    for name, value in botframework.proxy_environment().items():
        monkeypatch.setenv(name, value)
    return botframework


def fresh_postgres() -> Iterator[str]:
    """A throwaway PostgreSQL database of its own (so a dump holds only this test's rows)."""
    admin = create_engine(
        PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        admin.dispose()
        pytest.skip(f"PostgreSQL unreachable at {PG_ADMIN_URL}")
    name = f"checkpost_privacy_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'var' / 'checkpost.db'}"
    else:
        yield from fresh_postgres()


@pytest.fixture
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR for the process during the test: whatever `tempfile` creates lands here."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


VERBOSE_LOGGERS = ("bot", "coaching", "uvicorn", "sqlalchemy.engine", "microsoft_agents", "msal")
"""Set to DEBUG once the app is built (after the SDK loggers were tuned at mount time)."""


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[io.StringIO]:
    """Every record at DEBUG: caplog (raw) and checkpost's JSON handler (what `serve` writes)."""
    stream = io.StringIO()
    handler = build_handler("json", stream)
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.DEBUG)
    yield stream
    root.removeHandler(handler)


def log_everything(caplog: pytest.LogCaptureFixture) -> None:
    for name in VERBOSE_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)


@pytest.fixture(scope="module")
def shared_stack(
    botframework: FakeBotFramework, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    """One server for a whole module (parametrized and property tests): Slack, Teams, /admin."""
    folder = tmp_path_factory.mktemp("stack")
    with pytest.MonkeyPatch.context() as patch:
        botframework.reset()
        for name, value in botframework.proxy_environment().items():
            patch.setenv(name, value)
        fake = FakeSlack().start()
        try:
            settings = stack_settings(
                folder,
                f"sqlite:///{folder / 'checkpost.db'}",
                fake,
                CHECKPOST_ADMIN_PASSWORD=ADMIN_PASSWORD,
                CHECKPOST_CHECKS_PER_MINUTE=100_000,
            )
            yield from serve_stack(settings, fake, botframework)
        finally:
            fake.stop()
