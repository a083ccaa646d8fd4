"""The composition root: the only place that wires `models` into `coaching`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from bot.db.company import startup_policy
from bot.db.engine import build_engine
from bot.observability import install_observability
from bot.policy_file import load_policy
from bot.request_guards import guard_requests
from bot.runtime import Runtime
from bot.scheduler import start_scheduler, stop_scheduler
from bot.settings import Settings, load_settings
from bot.tips_service import TipSender
from bot.web import mount_web
from coaching.coach import Coach
from coaching.copy_fr import shell
from coaching.policy import Policy
from coaching.ports import Classifier, NameFinder

log = logging.getLogger(__name__)


def model_dir_for(settings: Settings) -> Path:
    from models.store import prepared_dir

    return settings.model_dir or prepared_dir(settings.models_dir, settings.base_model)


def load_classifier(settings: Settings) -> Classifier:
    """The prepared classifier; ModelMissingError names what to run when it is absent."""
    from models.blend import load_blended
    from models.inference import Classifier as TorchClassifier
    from models.store import base_resolver

    model_dir = model_dir_for(settings)
    encoder = TorchClassifier.load(model_dir, base_resolver(settings.models_dir))
    return load_blended(encoder, model_dir)


def default_names() -> NameFinder:
    from models.names import SpacyNames

    return SpacyNames()


def build_coach(
    settings: Settings,
    classifier: Classifier | None = None,
    policy: Policy | None = None,
    names: NameFinder | None = None,
) -> Coach:
    chosen = policy if policy is not None else load_policy(settings.policy_file)
    finder = names if names is not None else default_names()
    return Coach(classifier or load_classifier(settings), chosen, names=warmed(finder))


def warmed(finder: NameFinder) -> NameFinder | None:
    """Load the name pipeline at startup, not on someone's draft; without it, a heuristic."""
    from models.names import NamesUnavailableError

    try:
        finder.find_person_names("Bonjour Marie")
    except NamesUnavailableError as exc:
        log.warning("Noms de personnes : %s ; checkpost utilise une heuristique simple.", exc)
        return None
    return finder


def create_app(
    settings: Settings | None = None,
    *,
    classifier: Classifier | None = None,
    engine: Engine | None = None,
    policy: Policy | None = None,
    names: NameFinder | None = None,
) -> FastAPI:
    """A FastAPI app; tests pass a fake classifier, a test engine, a policy or a name finder."""
    settings = settings or load_settings()
    engine = engine or build_engine(settings.effective_database_url)
    chosen = policy if policy is not None else load_policy(settings.policy_file)
    runtime = Runtime(settings, engine, sessionmaker(engine), chosen)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        log_integrations(settings)
        task = asyncio.create_task(_load_coach(runtime, classifier, names, policy is None))
        tips = start_scheduler(runtime, _tip_senders(app)) if settings.scheduler_enabled else None
        yield
        task.cancel()
        await stop_scheduler(tips)

    app = FastAPI(title="checkpost", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.runtime = runtime
    guard_requests(app)  # before observability: a refusal is logged and counted too
    install_observability(app, runtime)
    mount_web(app)
    if settings.slack_enabled:
        from bot.slack import mount_slack  # slack_bolt is imported only when Slack is on
        from bot.tips_service import slack_tips_toggle

        mount_slack(app, runtime, tips=slack_tips_toggle(runtime))
    if settings.teams_enabled:
        from bot.teams.mount import mount_teams  # the Agents SDK is imported only when Teams is on

        mount_teams(app, runtime)
    return app


def _tip_senders(app: FastAPI) -> dict[str, TipSender]:
    from bot.tips_senders import server_senders  # after mount_slack / mount_teams filled state

    return server_senders(app.state, app.state.runtime.settings)


async def _load_coach(
    runtime: Runtime, classifier: Classifier | None, names: NameFinder | None, stored: bool
) -> None:
    """`stored`: the policy saved on /admin, if any, wins over the YAML file."""
    if stored:
        runtime.apply_policy(
            await asyncio.to_thread(startup_policy, runtime.sessions, runtime.policy)
        )
    try:
        coach = await asyncio.to_thread(
            build_coach, runtime.settings, classifier, runtime.policy, names
        )
        runtime.install_coach(coach)  # with the policy in force now (/admin may have saved)
        log.info("classifieur prêt")
    except FileNotFoundError:
        runtime.model_error = "model_missing"
        log.error(shell.MODEL_MISSING)
    except Exception:
        runtime.model_error = "model_broken"
        log.exception("Le classifieur n'a pas pu être chargé.")
    finally:
        runtime.ready.set()


def log_integrations(settings: Settings) -> None:
    enabled = {"Slack": settings.slack_enabled, "Teams": settings.teams_enabled}
    off = [name for name, on in enabled.items() if not on]
    on = [name for name, is_on in enabled.items() if is_on]
    log.info(
        "Intégrations actives : %s ; désactivées (identifiants absents) : %s ; "
        "terrain de jeu local : http://%s:%d/",
        ", ".join(on) or "aucune",
        ", ".join(off) or "aucune",
        settings.host,
        settings.port,
    )
