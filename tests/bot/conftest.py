"""The real FastAPI app, served by uvicorn on a loopback port, with a fake classifier."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from bot.app import create_app
from bot.db import migrate
from bot.settings import Settings
from tests.fakes import KeywordClassifier, NoNames


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    app: FastAPI
    server: uvicorn.Server

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10)


def serve_in_thread(app: FastAPI) -> Iterator[LiveServer]:
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield LiveServer(f"http://127.0.0.1:{port}", app, server)
    server.should_exit = True
    thread.join(timeout=10)


def test_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "CHECKPOST_VAR_DIR": tmp_path,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'checkpost.db'}",
        "CHECKPOST_SECRET_KEY": "test-secret-key-not-for-production",
        "CHECKPOST_SCHEDULER": False,  # the weekly-tips tests start their own scheduler
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    built = test_settings(tmp_path)
    migrate.upgrade(built.effective_database_url)
    return built


@pytest.fixture
def live_app(settings: Settings) -> Iterator[LiveServer]:
    app = create_app(settings, classifier=KeywordClassifier(), names=NoNames())
    yield from serve_in_thread(app)


def wait_ready(client: httpx.Client, timeout: float = 10) -> httpx.Response:
    deadline = time.monotonic() + timeout
    response = client.get("/readyz")
    while response.status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.05)
        response = client.get("/readyz")
    return response
