"""`mount_slack(app, runtime)`: Slack's HTTP endpoints (and Socket Mode) on the FastAPI app."""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Callable, Mapping

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.limits import RateLimiter
from bot.runtime import Runtime
from bot.slack.bolt_app import INSTALL_PATH, REDIRECT_PATH, SHAPE_ERRORS, build_bolt_app
from bot.slack.services import Services, TipsToggle, tips_coming_soon
from bot.slack.socket_mode import attach_socket_mode

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 1_000_000
"""Slack's largest payloads (a block_actions with a full message) stay far below this."""
MAX_AGE_SECONDS = 5 * 60


def mount_slack(
    app: FastAPI,
    runtime: Runtime,
    *,
    tips: TipsToggle | None = None,
    limiter: RateLimiter | None = None,
) -> AsyncApp:
    """Build the bolt app, serve /slack/events (and OAuth), start Socket Mode if asked."""
    _quiet_sdk_loggers()
    settings = runtime.settings
    services = Services(
        runtime,
        limiter or RateLimiter(runtime.settings.checks_per_minute),
        tips or tips_coming_soon,
    )
    bolt = build_bolt_app(runtime, services)
    if settings.slack_signing_secret is not None:
        app.include_router(slack_router(bolt, settings.slack_signing_secret.get_secret_value()))
    if settings.slack_socket_mode and settings.slack_app_token is not None:
        attach_socket_mode(app, bolt, settings.slack_app_token.get_secret_value())
    app.state.slack = bolt
    return bolt


def slack_router(bolt: AsyncApp, signing_secret: str) -> APIRouter:
    handler = AsyncSlackRequestHandler(bolt)
    router = APIRouter(include_in_schema=False)

    @router.post("/slack/events")
    async def slack_events(request: Request) -> Response:
        declared = request.headers.get("content-length", "0")
        if not declared.isdigit() or int(declared) > MAX_BODY_BYTES:
            return Response(status_code=413)
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return Response(status_code=413)
        if not is_signed(signing_secret, body, request.headers):
            return JSONResponse({"error": "invalid request"}, status_code=401)
        if not _is_utf8(body):
            return JSONResponse({"error": "invalid encoding"}, status_code=400)
        if not _bolt_can_read(body, request):
            return JSONResponse({"error": "invalid payload"}, status_code=400)
        try:
            return await handler.handle(request)
        except SHAPE_ERRORS as exc:  # bolt tripped over the payload, even in its error hook
            log.error("slack : requête signée illisible par bolt (%s)", type(exc).__name__)
            return JSONResponse({"error": "invalid payload"}, status_code=400)

    if bolt.oauth_flow is not None:

        @router.get(INSTALL_PATH)
        async def slack_install(request: Request) -> Response:
            return await handler.handle(request)

        @router.get(REDIRECT_PATH)
        async def slack_oauth_redirect(request: Request) -> Response:
            return await handler.handle(request)

    return router


def is_signed(
    secret: str, body: bytes, headers: Mapping[str, str], now: Callable[[], float] = time.time
) -> bool:
    """Slack's HMAC-SHA256 over the raw bytes `v0:timestamp:body`, at most five minutes old."""
    timestamp = headers.get("x-slack-request-timestamp") or ""
    signature = headers.get("x-slack-signature") or ""
    if not timestamp.isascii() or not timestamp.isdigit():
        return False
    if abs(now() - int(timestamp)) > MAX_AGE_SECONDS:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bolt_can_read(body: bytes, request: Request) -> bool:
    """Whether bolt can parse this (signed) body into a request: malformed JSON, a JSON array
    or a field of the wrong type is the sender's mistake (400), not a server error."""
    try:
        parsed = AsyncBoltRequest(
            body=body.decode("utf-8"),
            query=request.url.query,
            headers=dict(request.headers),
        )
    except Exception:  # json, type or key errors from bolt's parsing, whatever the body
        return False
    return isinstance(parsed.body, dict)


def _quiet_sdk_loggers() -> None:
    """slack_sdk and bolt log request bodies at DEBUG: never below INFO here."""
    for name in ("slack_sdk", "slack_bolt"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)
