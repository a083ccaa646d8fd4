"""What the Slack listeners share: the runtime, the limiter, identities, the tips hook."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from bot.db.personal import PersonState, load_person
from bot.db.records import hash_user
from bot.db.workspaces import ensure_workspace
from bot.limits import RateLimiter
from bot.runtime import Runtime
from coaching.address import AddressForm
from coaching.copy_fr import slack as copy

log = logging.getLogger(__name__)
PLATFORM = "slack"
COMMAND = "/checkpost"


@dataclass(frozen=True, slots=True)
class Author:
    """Who asked: a Slack user in a Slack workspace (team)."""

    user_id: str
    team_id: str


@dataclass(frozen=True, slots=True)
class TipsRequest:
    """`/checkpost tips on|off` in a channel: what the tips feature needs to act."""

    team_id: str
    channel_id: str
    user_id: str
    enable: bool
    form: AddressForm


TipsToggle = Callable[[TipsRequest], Awaitable[str]]
"""The hook the weekly-tips feature provides: subscribe or unsubscribe, return the reply."""


async def tips_coming_soon(request: TipsRequest) -> str:
    return copy.TIPS_SOON.say(request.form)


@dataclass
class Services:
    runtime: Runtime
    limiter: RateLimiter
    tips: TipsToggle = tips_coming_soon
    command: str = COMMAND
    _workspaces: dict[str, int] = field(default_factory=dict)
    _forms: dict[str, AddressForm] = field(default_factory=dict)

    @property
    def secret(self) -> str:
        key = self.runtime.settings.secret_key
        return key.get_secret_value() if key is not None else ""

    def user_hash(self, user_id: str) -> str:
        return hash_user(self.secret, PLATFORM, user_id)

    def known_form(self, user_id: str) -> AddressForm:
        """The person's form of address if already known in this process, else the policy's."""
        return self._forms.get(user_id, self.runtime.policy.address_form)

    def remember_form(self, user_id: str, form: AddressForm) -> None:
        self._forms[user_id] = form

    async def person(self, user_id: str) -> tuple[PersonState, AddressForm]:
        """The person's allow-list and form of address (defaults when the database is down)."""
        try:
            state = await asyncio.to_thread(
                load_person, self.runtime.sessions, self.user_hash(user_id)
            )
        except SQLAlchemyError as exc:
            log.warning("slack : préférences illisibles (%s)", type(exc).__name__)
            state = PersonState()
        form = _form(state.address_form) or self.runtime.policy.address_form
        self.remember_form(user_id, form)
        return state, form

    async def workspace_id(self, team_id: str) -> int | None:
        if not team_id:
            return None
        if team_id not in self._workspaces:
            try:
                self._workspaces[team_id] = await asyncio.to_thread(
                    ensure_workspace, self.runtime.sessions, PLATFORM, team_id
                )
            except SQLAlchemyError as exc:
                log.warning("slack : espace de travail non enregistré (%s)", type(exc).__name__)
                return None
        return self._workspaces[team_id]


def _form(value: str | None) -> AddressForm | None:
    try:
        return AddressForm(value) if value else None
    except ValueError:
        return None
