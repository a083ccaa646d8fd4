"""Multi-workspace installs: bolt's SQLAlchemy stores on our tables, tokens encrypted at rest.

slack_sdk's stores are synchronous; the async app calls them in a worker thread.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from typing import Any, TypeVar

from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, Table

from bot.db.tables import SlackBot, SlackInstallation, SlackOAuthState, metadata
from bot.slack.tokens import TokenCipher

log = logging.getLogger(__name__)

INSTALLATION_SECRETS = (
    "bot_token",
    "bot_refresh_token",
    "user_token",
    "user_refresh_token",
    "incoming_webhook_url",
)
BOT_SECRETS = ("bot_token", "bot_refresh_token")
Row = TypeVar("Row", Installation, Bot)


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


class EncryptedInstallationStore(AsyncInstallationStore):
    """slack_sdk's SQLAlchemy installation store, with every token Fernet-encrypted."""

    def __init__(self, client_id: str, engine: Engine, cipher: TokenCipher) -> None:
        inner = SQLAlchemyInstallationStore(client_id=client_id, engine=engine, logger=log)
        inner.metadata = metadata
        inner.installations = _table(SlackInstallation)
        inner.bots = _table(SlackBot)
        self._inner = inner
        self._cipher = cipher

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        sealed = self._seal(installation, INSTALLATION_SECRETS)
        await asyncio.to_thread(self._inner.save, sealed)

    async def async_save_bot(self, bot: Bot) -> None:
        await asyncio.to_thread(self._inner.save_bot, self._seal(bot, BOT_SECRETS))

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        found = await asyncio.to_thread(
            self._inner.find_bot,
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )
        return None if found is None else self._open(found, BOT_SECRETS)

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        found = await asyncio.to_thread(
            self._inner.find_installation,
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
            is_enterprise_install=is_enterprise_install,
        )
        return None if found is None else self._open(found, INSTALLATION_SECRETS)

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await asyncio.to_thread(
            self._inner.delete_bot, enterprise_id=enterprise_id, team_id=team_id
        )

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        await asyncio.to_thread(
            self._inner.delete_installation,
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
        )

    def _seal(self, row: Row, fields: tuple[str, ...]) -> Row:
        sealed = copy.copy(row)
        for name in fields:
            setattr(sealed, name, self._cipher.encrypt(getattr(row, name, None)))
        return sealed

    def _open(self, row: Row, fields: tuple[str, ...]) -> Row:
        for name in fields:
            setattr(row, name, self._cipher.decrypt(getattr(row, name, None)))
        return row


class DatabaseStateStore(AsyncOAuthStateStore):
    """slack_sdk's SQLAlchemy OAuth state store on our `slack_oauth_states` table."""

    def __init__(self, engine: Engine, expiration_seconds: int = 600) -> None:
        inner = SQLAlchemyOAuthStateStore(
            expiration_seconds=expiration_seconds, engine=engine, logger=log
        )
        inner.metadata = metadata
        inner.oauth_states = _table(SlackOAuthState)
        self._inner = inner

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: object, **kwargs: object) -> str:
        state: str = await asyncio.to_thread(self._inner.issue)
        return state

    async def async_consume(self, state: str) -> bool:
        consumed: bool = await asyncio.to_thread(self._inner.consume, state)
        return consumed
