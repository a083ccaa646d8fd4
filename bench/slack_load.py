"""Signed `/checkpost` requests to the real server at 1, 10 and 50 concurrent users."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.classifier import percentile
from bench.server import free_port, wait_ready
from models.data import load_split
from tests.bot.slack import signing
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import slash_command
from tests.e2e.conftest import checkpost_env, start_server

USERS = (1, 10, 50)


class Deliveries:
    """Arrival time of each response_url post, by name, read from the fake Slack.

    One task reads the fake's log every 2 ms and wakes the user waiting for that name: the
    users themselves never poll, so the load generator leaves the CPU to the server.
    """

    def __init__(self, fake: FakeSlack) -> None:
        self._fake = fake
        self._seen = len(fake.responses)  # earlier runs' deliveries are not ours
        self.arrived: dict[str, float] = {}
        self._waiting: dict[str, asyncio.Event] = {}

    async def watch(self) -> None:
        while True:
            for name, _body, at in self._fake.responses[self._seen :]:
                self.arrived[name] = at
                self._seen += 1
                if name in self._waiting:
                    self._waiting.pop(name).set()
            await asyncio.sleep(0.002)

    async def wait(self, name: str, timeout: float) -> float | None:
        """When the guidance named `name` arrived, or None if it did not within `timeout`."""
        if name not in self.arrived:
            event = self._waiting.setdefault(name, asyncio.Event())
            try:
                await asyncio.wait_for(event.wait(), timeout)
            except TimeoutError:
                self._waiting.pop(name, None)
        return self.arrived.get(name)


async def one_user(
    client: httpx.AsyncClient,
    url: str,
    fake: FakeSlack,
    seen: Deliveries,
    user: int,
    drafts: list[str],
    until: float,
    out: dict[str, list[Any]],
    label: str,
) -> None:
    count = 0
    while time.monotonic() < until:
        name = f"{label}-u{user}-{count}"
        fields = slash_command(
            drafts[(user * 31 + count) % len(drafts)], fake.response_url(name), user=f"U{user:08d}"
        )
        body = signing.form_body(fields)
        sent = time.monotonic()
        try:
            response = await client.post(
                f"{url}/slack/events",
                content=body,
                headers=signing.signed_headers(body, content_type=signing.FORM),
            )
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        out["ack"].append((time.monotonic() - sent) * 1000)
        arrived = await seen.wait(name, timeout=10) if ok else None
        if arrived is not None:
            out["delivered"].append((arrived - sent) * 1000)
        else:
            out["errors"].append(name)
        count += 1


async def load(
    url: str, fake: FakeSlack, users: int, seconds: int, drafts: list[str]
) -> dict[str, Any]:
    out: dict[str, list[Any]] = {"ack": [], "delivered": [], "errors": []}
    seen = Deliveries(fake)
    watcher = asyncio.create_task(seen.watch())
    until = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=users + 5)
    async with httpx.AsyncClient(timeout=15, limits=limits) as client:
        await asyncio.gather(
            *(
                one_user(client, url, fake, seen, user, drafts, until, out, f"n{users}")
                for user in range(users)
            )
        )
    watcher.cancel()
    return {
        "requests": len(out["ack"]),
        "errors": len(out["errors"]),
        "ack_p50_ms": percentile(out["ack"], 0.5),
        "ack_p95_ms": percentile(out["ack"], 0.95),
        "delivered_p50_ms": percentile(out["delivered"] or [float("nan")], 0.5),
        "delivered_p95_ms": percentile(out["delivered"] or [float("nan")], 0.95),
    }


def slack_load(model_dir: Path, durations: int = 60) -> dict[str, Any]:
    drafts = [example.text for example in load_split("test")]
    fake = FakeSlack().start()
    port = free_port()
    with tempfile.TemporaryDirectory() as work:
        env = checkpost_env(
            model_dir,
            Path(work) / "var",
            SLACK_API_URL=fake.api_url,
            SLACK_BOT_TOKEN="xoxb-bench",
            CHECKPOST_CHECKS_PER_MINUTE="1000000",
            SLACK_SIGNING_SECRET=signing.SIGNING_SECRET,
        )
        process = start_server(env, port, Path(work) / "server.log")
        url = f"http://127.0.0.1:{port}"
        try:
            if not wait_ready(url, timeout=180):
                raise RuntimeError((Path(work) / "server.log").read_text())
            return {
                str(users): asyncio.run(load(url, fake, users, durations, drafts))
                for users in USERS
            }
        finally:
            process.terminate()
            process.wait(timeout=30)
            fake.stop()
