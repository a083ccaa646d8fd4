"""A loopback fake of Slack: Web API methods, response_url sink, Socket Mode WebSocket.

Runs an aiohttp server on an ephemeral port in its own thread, answers in Slack's real
formats and records everything it receives. Faults (429 with Retry-After, 5xx) can be
queued per method.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

TEAM_ID = "T0ACME"
BOT_USER = "UBOT0001"
BOT_ID = "BBOT0001"
APP_ID = "A0CHECKPOST"
BOT_METHODS = {"chat.postMessage", "chat.postEphemeral", "chat.update", "views.publish"}


@dataclass
class Call:
    """One request the fake received."""

    method: str
    params: dict[str, Any]
    token: str | None
    status: int
    at: float = field(default_factory=time.monotonic)

    @property
    def raw(self) -> str:
        return json.dumps(self.params, ensure_ascii=False)


@dataclass
class Fault:
    status: int
    headers: dict[str, str]


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.responses: list[tuple[str, dict[str, Any], float]] = []
        self.socket_acks: list[dict[str, Any]] = []
        self.hellos_sent = 0
        self._faults: dict[str, list[Fault]] = {}
        self._ts = itertools.count(1)
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._envelopes: asyncio.Queue[dict[str, Any]] | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # lifecycle -------------------------------------------------------------
    def start(self) -> FakeSlack:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _serve(self) -> None:
        self._envelopes = asyncio.Queue()
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    # addresses -------------------------------------------------------------
    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # faults and envelopes --------------------------------------------------
    def fail_next(
        self, method: str, status: int, *, retry_after: int | None = None, times: int = 1
    ) -> None:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        self._faults.setdefault(method, []).extend(Fault(status, headers) for _ in range(times))

    def send_envelope(self, envelope: dict[str, Any]) -> None:
        assert self._envelopes is not None
        self._loop.call_soon_threadsafe(self._envelopes.put_nowait, envelope)

    # queries ---------------------------------------------------------------
    def sent(self, method: str) -> list[Call]:
        """Successful calls of `method` (what Slack would have shown)."""
        return [call for call in self.calls if call.method == method and call.status == 200]

    def attempts(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def outgoing(self) -> list[Call]:
        """Everything that would reach people: messages, updates, views."""
        return [call for call in self.calls if call.method in BOT_METHODS]

    def wait(self, condition: Callable[[], bool], timeout: float = 8.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def wait_sent(self, method: str, count: int = 1, timeout: float = 8.0) -> list[Call]:
        assert self.wait(lambda: len(self.sent(method)) >= count, timeout), (
            f"{method}: {len(self.sent(method))} of {count} after {timeout}s; "
            f"calls: {[c.method for c in self.calls]}"
        )
        return self.sent(method)

    def wait_responses(self, count: int = 1, timeout: float = 8.0) -> list[dict[str, Any]]:
        assert self.wait(lambda: len(self.responses) >= count, timeout), (
            f"{len(self.responses)} response_url posts of {count}"
        )
        return [body for _, body, _ in self.responses]

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # handlers --------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
        faults = self._faults.get(method)
        if faults:
            fault = faults.pop(0)
            self._record(Call(method, params, token, fault.status))
            return web.json_response(
                {"ok": False, "error": "fault"}, status=fault.status, headers=fault.headers
            )
        self._record(Call(method, params, token, 200))
        if method in BOT_METHODS and not (token or "").startswith("xoxb-"):
            return web.json_response({"ok": False, "error": "not_authed"})
        return web.json_response(self._answer(method, params, token))

    def _answer(self, method: str, params: dict[str, Any], token: str | None) -> dict[str, Any]:
        ts = f"1700000000.{next(self._ts):06d}"
        answers: dict[str, dict[str, Any]] = {
            "auth.test": {
                "ok": True,
                "url": "https://acme.slack.com/",
                "team": "Acme",
                "user": "checkpost",
                "team_id": TEAM_ID,
                "user_id": BOT_USER,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            },
            "chat.postMessage": {
                "ok": True,
                "channel": params.get("channel"),
                "ts": ts,
                "message": {
                    "type": "message",
                    "ts": ts,
                    "bot_id": BOT_ID,
                    "text": params.get("text"),
                    "blocks": params.get("blocks", []),
                },
            },
            "chat.postEphemeral": {"ok": True, "message_ts": ts},
            "chat.update": {
                "ok": True,
                "channel": params.get("channel"),
                "ts": params.get("ts"),
                "text": params.get("text"),
            },
            "views.publish": {"ok": True, "view": {"id": "V0HOME", **_view(params)}},
            "oauth.v2.access": {
                "ok": True,
                "app_id": APP_ID,
                "authed_user": {"id": "U0ADMIN"},
                "scope": "chat:write,commands,im:history",
                "token_type": "bot",
                "access_token": "xoxb-issued-by-oauth",
                "bot_user_id": BOT_USER,
                "team": {"id": "T0NEWCO", "name": "NewCo"},
                "enterprise": None,
                "is_enterprise_install": False,
            },
            "apps.connections.open": {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"},
        }
        return answers.get(method, {"ok": False, "error": "unknown_method"})

    async def _response(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self._changed:
            self.responses.append((request.match_info["name"], body, time.monotonic()))
            self._changed.notify_all()
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        await socket.send_json(
            {
                "type": "hello",
                "num_connections": 1,
                "debug_info": {"host": "fake-slack"},
                "connection_info": {"app_id": APP_ID},
            }
        )
        self.hellos_sent += 1
        sender = asyncio.create_task(self._forward_envelopes(socket))
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                with self._changed:
                    self.socket_acks.append(json.loads(message.data))
                    self._changed.notify_all()
        sender.cancel()
        return socket

    async def _forward_envelopes(self, socket: web.WebSocketResponse) -> None:
        assert self._envelopes is not None
        while True:
            envelope = await self._envelopes.get()
            await socket.send_json(envelope)


async def _params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        params.update(await request.json())
    elif request.can_read_body:
        params.update(dict(await request.post()))
    return params


def _view(params: dict[str, Any]) -> dict[str, Any]:
    view = params.get("view", {})
    return json.loads(view) if isinstance(view, str) else dict(view)
