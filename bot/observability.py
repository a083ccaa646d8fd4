"""Request ids, access lines and HTTP metrics for every request; GET /metrics.

`install_observability(app, runtime)` adds a pure ASGI middleware (no body is read, so
nothing a person wrote passes through it) and the /metrics route.
"""

from __future__ import annotations

import json
import logging
import re
import time
import traceback
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from fastapi import FastAPI, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import metrics
from bot.logs import draft_id, remember_secrets, request_id
from coaching.copy_fr import shell

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
HEADER = "x-request-id"
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
"""A caller's id is echoed only when it is short and plain; otherwise a new one is made."""
PROBES = frozenset({"/healthz", "/readyz", "/metrics"})
"""Polled every few seconds: their access lines are DEBUG while they succeed."""


def install_observability(app: FastAPI, runtime: Runtime) -> None:
    app.add_middleware(ObservabilityMiddleware)
    app.add_api_route("/metrics", _metrics_endpoint, methods=["GET"], include_in_schema=False)
    metrics.watch_model(lambda: runtime.coach is not None)
    remember_secrets(*_secret_values(runtime))


async def _metrics_endpoint() -> Response:
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type)


def _secret_values(runtime: Runtime) -> list[str]:
    settings = runtime.settings
    secrets = (
        settings.secret_key,
        settings.slack_bot_token,
        settings.slack_signing_secret,
        settings.slack_app_token,
        settings.slack_client_secret,
        settings.microsoft_app_password,
        settings.admin_password,
    )
    return [secret.get_secret_value() for secret in secrets if secret is not None]


class ObservabilityMiddleware:
    """X-Request-ID in and out, one content-free access line, request count and latency.

    An exception no route handled is logged by type and frames (its message may quote a
    draft, so it is left out) and answered with a short apology carrying the request id.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _incoming_id(scope) or uuid.uuid4().hex
        tokens = (request_id.set(rid), draft_id.set(None))
        status: int | None = None
        observed = False
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status, observed
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [*_without_id(message.get("headers", [])), _id_header(rid)]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                # Counted before the last byte leaves: a client that reads /metrics right
                # after its response must already see its request there.
                observed = True
                _observe(scope, status or 500, time.perf_counter() - started)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            metrics.HTTP_EXCEPTIONS.labels(_route(scope)).inc()
            log.error("erreur non gérée : %s\n%s", type(exc).__name__, _frames(exc))
            if status is not None:
                raise  # the response had begun: nothing else can be sent
            status = 500
            await _apologise(send, rid)
        finally:
            if not observed:
                _observe(scope, status or 500, time.perf_counter() - started)
            request_id.reset(tokens[0])
            draft_id.reset(tokens[1])


def _without_id(headers: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    return [(name, value) for name, value in headers if name.lower() != HEADER.encode()]


def _id_header(rid: str) -> tuple[bytes, bytes]:
    return HEADER.encode(), rid.encode()


def _frames(exc: BaseException) -> str:
    """Where it failed (files, lines, code), without the exception's message."""
    return "".join(traceback.format_tb(exc.__traceback__)).rstrip()


async def _apologise(send: Send, rid: str) -> None:
    body = json.dumps({"error": shell.APOLOGY, "request_id": rid}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), _id_header(rid)]
    await send({"type": "http.response.start", "status": 500, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _incoming_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == HEADER.encode():
            candidate = value.decode("latin-1")
            return candidate if VALID_REQUEST_ID.fullmatch(candidate) else None
    return None


def _route(scope: Scope) -> str:
    """The route template (/api/check, never a raw path with ids or a query string)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else metrics.UNMATCHED_ROUTE


def _observe(scope: Scope, status: int, seconds: float) -> None:
    method, route = str(scope.get("method", "")), _route(scope)
    metrics.HTTP_REQUESTS.labels(method, route, str(status)).inc()
    metrics.HTTP_LATENCY.labels(method, route).observe(seconds)
    level = logging.DEBUG if route in PROBES and status < 500 else logging.INFO
    duration_ms = round(seconds * 1000, 1)
    log.log(
        level,
        "%s %s %d %.1f ms",
        method,
        route,
        status,
        duration_ms,
        extra={"method": method, "route": route, "status": status, "duration_ms": duration_ms},
    )
