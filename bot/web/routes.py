"""Health, readiness and the JSON check API (the playground and admin pages live beside)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from bot.db.engine import is_reachable
from bot.runtime import Runtime
from bot.web.checks import MAX_DRAFT_CHARS, run_check
from coaching.guidance import Guidance

log = logging.getLogger(__name__)
router = APIRouter()


class CheckRequest(BaseModel):
    text: str = Field(max_length=MAX_DRAFT_CHARS)


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    runtime = runtime_of(request)
    database = await asyncio.to_thread(is_reachable, runtime.engine)
    model = runtime.coach is not None
    body = {"model": model, "database": database, "model_error": runtime.model_error}
    return JSONResponse(body, status_code=200 if model and database else 503)


@router.post("/api/check")
async def check(request: Request, payload: Annotated[CheckRequest, Body()]) -> JSONResponse:
    outcome = await run_check(runtime_of(request), payload.text)
    if outcome.guidance is None:
        return JSONResponse({"error": outcome.error}, status_code=outcome.status)
    body = {"draft_id": outcome.draft_id, "guidance": guidance_json(outcome.guidance)}
    return JSONResponse(body)


def guidance_json(guidance: Guidance) -> dict[str, Any]:
    data = asdict(guidance)
    return _plain(data)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
