"""`mount_teams(app, runtime)`: POST /api/messages on the FastAPI app, JWT checked first."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from microsoft_agents.activity import Activity
from microsoft_agents.hosting.fastapi import start_agent_process
from pydantic import ValidationError

from bot.limits import RateLimiter
from bot.runtime import Runtime
from bot.teams.agent import TeamsBot, build_bot
from bot.teams.auth import authenticate, service_url_matches
from bot.teams.logs import keep_drafts_out_of_logs
from bot.teams.options import TeamsConfigError, TeamsOptions, options_from
from bot.teams.services import TeamsServices

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 1_000_000
ANONYMOUS_WARNING = (
    "\n" + "!" * 78 + "\n"
    "!!  TEAMS EN MODE ANONYME (CHECKPOST_TEAMS_ANONYMOUS=true) : AUCUN JETON VÉRIFIÉ.\n"
    "!!  N'importe qui peut appeler /api/messages. Usage local uniquement (Playground).\n"
    + "!"
    * 78
)


def mount_teams(
    app: FastAPI,
    runtime: Runtime,
    *,
    options: TeamsOptions | None = None,
    limiter: RateLimiter | None = None,
) -> TeamsBot | None:
    """Serve /api/messages; `app.state.teams` is the proactive sender (weekly tips)."""
    try:
        chosen = options if options is not None else options_from(runtime.settings)
    except TeamsConfigError as error:
        log.error("%s", error)
        return None
    if chosen.anonymous:
        log.warning(ANONYMOUS_WARNING)
    keep_drafts_out_of_logs()
    bot = build_bot(
        TeamsServices(runtime, limiter or RateLimiter(runtime.settings.checks_per_minute)), chosen
    )
    app.include_router(messages_router(bot))
    app.state.teams = bot.sender
    return bot


def messages_router(bot: TeamsBot) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.post("/api/messages")
    async def messages(request: Request) -> Response:
        identity = await authenticate(bot.auth, request.headers.get("authorization"))
        if identity is None:
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        body = await _activity_body(request)
        if body is None:
            return JSONResponse({"error": "invalid activity"}, status_code=400)
        if not service_url_matches(identity, body):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        request.state.claims_identity = identity
        response = await start_agent_process(request, bot.agent, bot.adapter)
        return response if response is not None else Response(status_code=202)

    return router


async def _activity_body(request: Request) -> dict[str, Any] | None:
    """The JSON activity, or None if too big, not JSON, or not an activity."""
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > MAX_BODY_BYTES:
        return None
    raw = await request.body()
    try:
        body = json.loads(raw) if len(raw) <= MAX_BODY_BYTES else None
        if not isinstance(body, dict):
            return None
        Activity.model_validate(body)
    except (ValueError, ValidationError):
        return None
    return body
