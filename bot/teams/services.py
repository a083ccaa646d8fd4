"""What the Teams handlers share: the runtime, the limiter, identities, per-person settings."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from bot.db.personal import PersonState, load_person
from bot.db.records import hash_user
from bot.db.workspaces import ensure_workspace
from bot.limits import RateLimiter
from bot.runtime import Runtime
from coaching.address import AddressForm

log = logging.getLogger(__name__)
PLATFORM = "teams"


@dataclass(frozen=True, slots=True)
class Author:
    """Who wrote: a Teams user (`from.id`) in a tenant (an empty tenant in local tries)."""

    user_id: str
    tenant_id: str = ""


@dataclass
class TeamsServices:
    runtime: Runtime
    limiter: RateLimiter = field(default_factory=RateLimiter)
    _workspaces: dict[str, int] = field(default_factory=dict)

    @property
    def secret(self) -> str:
        key = self.runtime.settings.secret_key
        return key.get_secret_value() if key is not None else ""

    def user_hash(self, author: Author) -> str:
        return hash_user(self.secret, PLATFORM, author.user_id)

    async def person(self, author: Author) -> tuple[PersonState, AddressForm]:
        """The person's allow-list and form of address (defaults when the database is down)."""
        try:
            state = await asyncio.to_thread(
                load_person, self.runtime.sessions, self.user_hash(author)
            )
        except SQLAlchemyError as exc:
            log.warning("teams : préférences illisibles (%s)", type(exc).__name__)
            state = PersonState()
        return state, _form(state.address_form) or self.runtime.policy.address_form

    async def form(self, author: Author) -> AddressForm:
        return (await self.person(author))[1]

    async def workspace_id(self, tenant_id: str) -> int | None:
        if not tenant_id:
            return None
        if tenant_id not in self._workspaces:
            try:
                self._workspaces[tenant_id] = await asyncio.to_thread(
                    ensure_workspace, self.runtime.sessions, PLATFORM, tenant_id
                )
            except SQLAlchemyError as exc:
                log.warning("teams : locataire non enregistré (%s)", type(exc).__name__)
                return None
        return self._workspaces[tenant_id]


def _form(value: str | None) -> AddressForm | None:
    try:
        return AddressForm(value) if value else None
    except ValueError:
        return None
