"""What every request handler shares: settings, database, policy and the coach once ready."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from coaching.coach import Coach
from coaching.policy import Policy

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    policy: Policy
    coach: Coach | None = None
    model_error: str | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)

    def apply_policy(self, policy: Policy) -> None:
        """Use `policy` everywhere at once: every channel reads `policy` or the coach's."""
        self.policy = policy
        if self.coach is not None:
            self.coach.policy = policy

    def install_coach(self, coach: Coach) -> None:
        """The loaded coach, with the policy in force now (it may have changed meanwhile)."""
        coach.policy = self.policy
        self.coach = coach

    def require_coach(self) -> Coach:
        if self.coach is None:
            raise CoachNotReady(self.model_error)
        return self.coach


class CoachNotReady(RuntimeError):
    """The classifier is still loading, or could not be loaded."""
