"""Microsoft's own fake Teams client drives the running bot (anonymous mode, loopback only)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.db import migrate
from bot.db.tables import CheckRecord, Feedback, TipSubscription
from bot.settings import Settings
from tests.bot.conftest import LiveServer, free_port, serve_in_thread
from tests.bot.conftest import test_settings as make_settings
from tests.bot.teams.conftest import build_app
from tests.bot.teams.playground_driver import (
    MockTeams,
    PlaygroundClient,
    PlaygroundProcess,
    PlaygroundUnavailable,
    install,
)

pytestmark = pytest.mark.integration
DRAFT = "Le projet Zéphyr sort ce trimestre, quelle bande d'abrutis chez Zorg"


@pytest.fixture(scope="module")
def playground_cli() -> Path:
    try:
        return install()
    except PlaygroundUnavailable as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"Microsoft 365 Agents Playground unavailable: {exc}")


@pytest.fixture
def anonymous_settings(tmp_path: Path) -> Settings:
    settings = make_settings(tmp_path, CHECKPOST_TEAMS_ANONYMOUS="true")
    migrate.upgrade(settings.effective_database_url)
    return settings


@pytest.fixture
def bot(anonymous_settings: Settings) -> Iterator[LiveServer]:
    yield from serve_in_thread(build_app(anonymous_settings))


@pytest.fixture
def playground(
    playground_cli: Path, bot: LiveServer, tmp_path: Path
) -> Iterator[tuple[PlaygroundProcess, MockTeams]]:
    process = PlaygroundProcess(f"{bot.url}/api/messages", free_port(), tmp_path)
    try:
        yield process, process.wait_ready()
    finally:
        process.stop()


def _rows(settings: Settings, table: type[object]) -> list[object]:
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        rows: list[object] = list(session.scalars(select(table)))
    engine.dispose()
    return rows


async def test_personal_chat_card_and_feedback(
    playground: tuple[PlaygroundProcess, MockTeams], anonymous_settings: Settings
) -> None:
    process, teams = playground
    async with PlaygroundClient(process.url, teams) as person:
        await person.install(teams.personal_chat)
        welcome = await person.next_from_bot(teams.personal_chat)
        assert "Ma promesse" in welcome["text"]
        await person.say(teams.personal_chat, DRAFT)
        card = await person.next_from_bot(teams.personal_chat)
        content = card["attachments"][0]["content"]
        assert "Zéphyr" in json.dumps(content, ensure_ascii=False)
        action = content["body"][1]["items"][-1]["actions"][0]
        await person.submit(teams.personal_chat, card["messageId"], action["data"])
        thanks = await person.next_from_bot(teams.personal_chat)
    assert thanks["text"].startswith("Merci")
    assert len(_rows(anonymous_settings, CheckRecord)) == 1
    assert len(_rows(anonymous_settings, Feedback)) == 1


async def test_channel_mention_answers_privately(
    playground: tuple[PlaygroundProcess, MockTeams],
) -> None:
    process, teams = playground
    async with PlaygroundClient(process.url, teams) as person:
        await person.say(teams.channel, DRAFT, mention_bot=True)
        private = await person.next_from_bot(teams.personal_chat)
        note = await person.next_from_bot(teams.channel)
    assert private["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert note["text"] == "Je t'ai répondu en privé." and not note.get("attachments")


async def test_tips_on_then_a_proactive_message(
    playground: tuple[PlaygroundProcess, MockTeams], bot: LiveServer, anonymous_settings: Settings
) -> None:
    process, teams = playground
    async with PlaygroundClient(process.url, teams) as person:
        await person.say(teams.channel, "tips on", mention_bot=True)
        assert "conseil de la semaine" in (await person.next_from_bot(teams.channel))["text"]
        [row] = _rows(anonymous_settings, TipSubscription)
        reference = row.conversation_reference  # type: ignore[attr-defined]
        await bot.app.state.teams.send_to_conversation(reference, "Le conseil de la semaine.")
        tip = await person.next_from_bot(teams.channel)
    assert tip["text"] == "Le conseil de la semaine."
