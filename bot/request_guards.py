"""What every request goes through before a route: a size cap, and text that must decode.

`guard_requests(app)` installs both. `BodyLimit` is a pure ASGI middleware: past
`MAX_BODY_BYTES`, a 413. A declared `Content-Length` above the cap is refused before a byte
is read; a body sent without one (chunked) is read up to the cap, then handed on whole.
The routes keep their own, smaller limits (Slack, Teams and the playground answer 1 MB
with their own words); this is the backstop for every other route (/api/check, /admin...).
Text that is not valid UTF-8 (a form body, a lone surrogate in JSON) is a 400, not a 500.
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coaching.copy_fr import shell

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 2 * 1024 * 1024
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def guard_requests(app: FastAPI) -> None:
    """Call before install_observability, so refusals are logged and counted like the rest."""
    app.add_middleware(BodyLimit)
    app.add_exception_handler(UnicodeError, unreadable_text)


async def unreadable_text(_request: Request, exc: Exception) -> Response:
    """Bytes that are not UTF-8, or a lone surrogate that cannot be written back: a 400."""
    log.info("requête illisible : %s", type(exc).__name__)
    body = {"error": shell.UNREADABLE_TEXT}
    return JSONResponse(body, status_code=400)


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None:
            if declared > self.max_bytes:
                await refuse(send)
            else:
                await self.app(scope, receive, send)
            return
        body = await _read_capped(receive, self.max_bytes)
        if body is None:
            await refuse(send)
            return
        await self.app(scope, _replay(body, receive), send)


def _declared_length(scope: Scope) -> int | None:
    """The Content-Length, None when absent; an unreadable one counts as too large."""
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else 1 << 62
    return None


async def _read_capped(receive: Receive, max_bytes: int) -> bytes | None:
    """The whole body, or None as soon as it passes `max_bytes` (or the client left)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()  # after the body: wait for the disconnect, as usual
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


async def refuse(send: Send) -> None:
    """413 with a short French sentence; the connection closes (the rest is never read)."""
    body = json.dumps({"error": shell.BODY_TOO_LARGE}, ensure_ascii=False).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
