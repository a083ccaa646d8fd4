"""Drives Microsoft 365 Agents Playground (npm `@microsoft/m365agentsplayground`) headlessly.

The Playground is Microsoft's fake Teams client: a web UI plus a mocked Bot Connector. Its
UI talks to its server through routes that are NOT documented; this file is the only
place that knows them (read from the 0.2.28 bundle):

  GET  /_internal/v1/config                               mock tenant, users, chats, teams
  POST /_conversation/v1/conversations/{id}/messages      a user sends a message
  POST /_conversation/v1/submit                           a user clicks an Action.Submit
  POST /_debug/conversation/{id}/installation             "install the app" in a chat
  WS   /_ws_conversation/v1/conversations/stream          what the bot posts, pushed live

If a new version moves them, `PlaygroundRoutesChanged` says which one.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import aiohttp
import httpx

PACKAGE = "@microsoft/m365agentsplayground"
VERSION = "0.2.28"
INSTALL_DIR = Path(__file__).resolve().parents[3] / "var" / "playground"
CLI = INSTALL_DIR / "node_modules" / "@microsoft" / "m365agentsplayground" / "cli.js"


class PlaygroundUnavailable(RuntimeError):
    """node/npm missing or the package could not be installed."""


class PlaygroundRoutesChanged(AssertionError):
    """The Playground answered an undocumented route differently than 0.2.28 did."""


def install() -> Path:
    """`npm install` the pinned version into var/playground (git-ignored), once."""
    if _installed_version() == VERSION:
        return CLI
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        raise PlaygroundUnavailable("node and npm are needed to install the Playground")
    INSTALL_DIR.mkdir(parents=True, exist_ok=True)
    command = [
        npm,
        "install",
        "--prefix",
        str(INSTALL_DIR),
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        f"{PACKAGE}@{VERSION}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if result.returncode != 0 or _installed_version() != VERSION:
        raise PlaygroundUnavailable(
            f"npm install {PACKAGE}@{VERSION} failed: {result.stderr[-400:]}"
        )
    return CLI


def _installed_version() -> str | None:
    manifest = CLI.parent / "package.json"
    if not manifest.exists():
        return None
    return str(json.loads(manifest.read_text(encoding="utf-8")).get("version"))


@dataclass(frozen=True, slots=True)
class MockTeams:
    """The Playground's mock tenant, as /_internal/v1/config describes it."""

    user_id: str
    bot_id: str
    bot_name: str
    personal_chat: str
    channel: str


class PlaygroundProcess:
    """`agentsplayground -e <bot>/api/messages -c msteams`, no browser, no telemetry."""

    def __init__(self, bot_endpoint: str, port: int, logs: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "TEAMSAPPTESTER_BROWSER": "none",
            "M365_AGENTS_PLAYGROUND_LOGFILE": str(logs / "playground.log"),
        }
        self._output = (logs / "playground.out").open("w")
        self._process = subprocess.Popen(
            ["node", str(install()), "-e", bot_endpoint, "-c", "msteams", "-p", str(port), "--dt"],
            env=env,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            cwd=logs,
        )

    def wait_ready(self, timeout: float = 60) -> MockTeams:
        """The backend mounts once the bot endpoint answers; then the config route works."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise PlaygroundUnavailable(f"the Playground exited ({self._process.returncode})")
            try:
                response = httpx.get(f"{self.url}/_internal/v1/config", timeout=2)
                if response.status_code == 200:
                    return _mock_teams(response.json())
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise PlaygroundRoutesChanged("GET /_internal/v1/config never answered 200")

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        self._output.close()


def _mock_teams(body: dict[str, Any]) -> MockTeams:
    try:
        config = body["config"]
        return MockTeams(
            user_id=config["currentUser"]["id"],
            bot_id=config["bot"]["id"],
            bot_name=config["bot"]["name"],
            personal_chat=config["personalChat"]["id"],
            channel=config["teams"][0]["channels"][0]["id"],
        )
    except (KeyError, IndexError, TypeError) as exc:
        raise PlaygroundRoutesChanged(f"/_internal/v1/config has a new shape: {exc!r}") from exc


class PlaygroundClient:
    """A person typing in the Playground, and the messages the bot posts back."""

    def __init__(self, url: str, teams: MockTeams) -> None:
        self.url, self.teams = url, teams
        self._session: aiohttp.ClientSession | None = None
        self._stream: aiohttp.ClientWebSocketResponse | None = None

    async def __aenter__(self) -> PlaygroundClient:
        self._session = aiohttp.ClientSession()
        ws_url = self.url.replace("http", "ws", 1) + "/_ws_conversation/v1/conversations/stream"
        self._stream = await self._session.ws_connect(ws_url)
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
        if self._session is not None:
            await self._session.close()

    async def say(self, conversation_id: str, text: str, *, mention_bot: bool = False) -> None:
        body: dict[str, Any] = {
            "from": {"id": self.teams.user_id},
            "text": text,
            "textFormat": "plain",
        }
        if mention_bot:
            at = f"<at>{self.teams.bot_name}</at>"
            body["text"] = f"{at} {text}"
            body["mentions"] = [{"mentioned": {"id": self.teams.bot_id}, "text": at}]
        await self._post(f"/_conversation/v1/conversations/{conversation_id}/messages", body)

    async def install(self, conversation_id: str) -> None:
        await self._post(f"/_debug/conversation/{conversation_id}/installation", {})

    async def submit(self, conversation_id: str, reply_to: str, value: dict[str, Any]) -> None:
        body = {
            "conversation": {"id": conversation_id},
            "from": {"id": self.teams.user_id},
            "replyToId": reply_to,
            "value": value,
        }
        await self._post("/_conversation/v1/submit", body)

    async def next_from_bot(self, conversation_id: str, timeout: float = 20) -> dict[str, Any]:
        """The next message the bot posted in `conversation_id` (a thread counts too)."""
        assert self._stream is not None
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                frame = await asyncio.wait_for(self._stream.receive(), left)
            except TimeoutError:
                break
            event = json.loads(frame.data) if frame.type == aiohttp.WSMsgType.TEXT else {}
            where = str(event.get("actionConversationId", ""))
            message = event.get("message") or {}
            from_bot = (message.get("from") or {}).get("id") == self.teams.bot_id
            if (
                event.get("action") == "createMessage"
                and from_bot
                and where.split(";")[0] == conversation_id
            ):
                return dict(message)
        raise AssertionError(f"no message from the bot in {conversation_id} within {timeout} s")

    async def _post(self, path: str, body: dict[str, Any]) -> None:
        assert self._session is not None
        async with self._session.post(self.url + path, json=body) as response:
            if response.status != 200:
                detail = (await response.text())[:300]
                raise PlaygroundRoutesChanged(f"POST {path} answered {response.status}: {detail}")
