"""Shared fixtures: a tiny real model, a trained tiny classifier, databases (a SQLite file,
and a throwaway PostgreSQL database per run)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.tiny import build_tiny_base, train_tiny


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_base(tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A classifier trained for two quick epochs on the tiny base (real training code)."""
    return train_tiny(tiny_base, tmp_path_factory.mktemp("tiny-model") / "model")


@pytest.fixture(scope="session")
def botframework(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeBotFramework]:
    """One fake Bot Framework (and HTTPS proxy) for the whole run: the Agents SDK and the
    HTTP libraries under it cache keys and proxy settings per process, so a second fake
    with other keys behind another proxy port would be refused by what was cached."""
    fake = FakeBotFramework(tmp_path_factory.mktemp("botframework"))
    yield fake
    fake.close()


PG_ADMIN_URL = os.environ.get(
    "CHECKPOST_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _pg_admin() -> object:
    from sqlalchemy import create_engine, text

    engine = create_engine(
        PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        if os.environ.get("CI"):
            raise RuntimeError(f"PostgreSQL must answer in CI at {PG_ADMIN_URL}") from exc
        pytest.skip(f"PostgreSQL unreachable at {PG_ADMIN_URL}")
    return engine


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    from sqlalchemy import text

    admin = _pg_admin()
    name = f"checkpost_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()  # type: ignore[attr-defined]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'checkpost.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'checkpost.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
