"""Health, readiness, the JSON check API and the local playground."""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from bot.db.engine import is_reachable
from bot.db.records import CheckTrace, hash_user, record_check
from bot.runtime import Runtime
from coaching.copy_fr import shell
from coaching.drafts import DraftError
from coaching.guidance import Guidance, draft_error_message

log = logging.getLogger(__name__)
router = APIRouter()
PLAYGROUND = Path(__file__).with_name("playground.html")
MAX_DRAFT_CHARS = 50_000


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


@router.get("/", response_class=HTMLResponse)
async def playground() -> HTMLResponse:
    return HTMLResponse(PLAYGROUND.read_text(encoding="utf-8"))


@router.post("/api/check")
async def check(request: Request, payload: Annotated[CheckRequest, Body()]) -> JSONResponse:
    runtime = runtime_of(request)
    if runtime.coach is None:
        message = shell.MODEL_LOADING if runtime.model_error is None else shell.MODEL_MISSING
        return JSONResponse({"error": message}, status_code=503)
    draft_id = str(uuid.uuid4())
    try:
        guidance = await asyncio.to_thread(runtime.coach.review, payload.text)
    except DraftError as error:
        return JSONResponse({"error": draft_error_message(error, runtime.coach.policy)}, 422)
    await asyncio.to_thread(record_check, runtime.sessions, _trace(runtime, draft_id, guidance))
    return JSONResponse({"draft_id": draft_id, "guidance": guidance_json(guidance)})


def _trace(runtime: Runtime, draft_id: str, guidance: Guidance) -> CheckTrace:
    secret = runtime.settings.secret_key.get_secret_value() if runtime.settings.secret_key else ""
    return CheckTrace(
        draft_id=draft_id,
        user_hash=hash_user(secret, "web", "playground"),
        platform="web",
        flags={str(axis): bool(flag) for axis, flag in guidance.flags.items()},
        finding_kinds=tuple(str(finding.kind) for finding in guidance.findings),
    )


def guidance_json(guidance: Guidance) -> dict[str, Any]:
    data = asdict(guidance)
    return _plain(data)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
