"""The playground: a conversation with checkpost in the browser, the same guidance as the bots.

`GET /` shows the page; the form posts to `/` (works without JavaScript) and the little
script posts to `/playground/reply` for the reply alone. « Utile » / « Pas pertinent » post
to `/api/feedback`, which stores a count (axis, kind), never text.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.exc import SQLAlchemyError

from bot.db.feedback import FeedbackTrace, record_feedback
from bot.runtime import Runtime
from bot.web.checks import MAX_DRAFT_CHARS, PLATFORM, CheckOutcome, run_check, web_user_hash
from bot.web.templating import render
from bot.web.turns import Turn, turn_view
from coaching.axes import Axis
from coaching.copy_fr.web import playground_copy
from coaching.findings import FindingKind

log = logging.getLogger(__name__)
router = APIRouter()
_AXES = {axis.value for axis in Axis}
_KINDS = {kind.value for kind in FindingKind}
MAX_FORM_BYTES = 1_000_000
"""A form body above this is not read (50 000 characters, percent-encoded, fit well below)."""


class FeedbackRequest(BaseModel):
    draft_id: str = Field(pattern=r"^[0-9a-f-]{36}$")
    useful: bool
    axis: str = Field("", max_length=32)
    kind: str = Field("", max_length=64)


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _page_context(runtime: Runtime) -> dict[str, Any]:
    copy = playground_copy(runtime.policy.address_form)
    return {"t": copy, "js_copy": copy, "max_chars": MAX_DRAFT_CHARS, "turn": None, "draft": ""}


@router.get("/", include_in_schema=False)
async def playground(request: Request) -> Response:
    return render(request, "playground.html", _page_context(_runtime(request)))


@router.post("/", include_in_schema=False)
async def playground_submit(request: Request) -> Response:
    """The same page with the reply: the playground works with JavaScript turned off."""
    runtime = _runtime(request)
    text, turn = await _exchange(request, runtime)
    context = {**_page_context(runtime), "turn": turn, "draft": text}
    return render(request, "playground.html", context, status_code=turn.status)


@router.post("/playground/reply", include_in_schema=False)
async def playground_reply(request: Request) -> Response:
    """The draft and the reply as two conversation messages (an HTML fragment)."""
    runtime = _runtime(request)
    _, turn = await _exchange(request, runtime)
    context = {"t": playground_copy(runtime.policy.address_form), "turn": turn}
    return render(request, "_turn.html", context, status_code=turn.status)


@router.post("/api/feedback")
async def feedback(request: Request, payload: Annotated[FeedbackRequest, Body()]) -> JSONResponse:
    """Count a click on « Utile » / « Pas pertinent »: axis and kind only, no text."""
    runtime = _runtime(request)
    trace = FeedbackTrace(
        user_hash=web_user_hash(runtime),
        platform=PLATFORM,
        axis=payload.axis if payload.axis in _AXES else "",
        finding_kind=payload.kind if payload.kind in _KINDS else "",
        useful=payload.useful,
    )
    try:
        await asyncio.to_thread(record_feedback, runtime.sessions, trace)
    except SQLAlchemyError as exc:
        log.warning("web : retour non enregistré (%s)", type(exc).__name__)
        return JSONResponse({"stored": False}, status_code=503)
    return JSONResponse({"stored": True})


async def _exchange(request: Request, runtime: Runtime) -> tuple[str, Turn]:
    """The posted draft and its turn; a body far too large is refused before it is read."""
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > MAX_FORM_BYTES:
        too_long = playground_copy(runtime.policy.address_form)["too_long"]
        return "", turn_view(runtime, "", CheckOutcome(413, error=too_long))
    form = await request.form()
    value = form.get("text", "")
    text = value[:MAX_DRAFT_CHARS] if isinstance(value, str) else ""
    return text, turn_view(runtime, text, await run_check(runtime, text))
