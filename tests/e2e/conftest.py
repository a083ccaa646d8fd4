"""A real `checkpost serve` process on a loopback port, with a tiny trained model."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.bot.conftest import free_port


def checkpost_env(tiny_model_dir: Path, var_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "MICROSOFT_", "CHECKPOST_"))
    }
    env.update(
        {
            "CHECKPOST_MODEL_DIR": str(tiny_model_dir),
            "CHECKPOST_VAR_DIR": str(var_dir),
            "CHECKPOST_SECRET_KEY": "e2e-secret-key",
            "PYTHONUNBUFFERED": "1",
            **extra,
        }
    )
    return env


def start_server(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with log.open("wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(port)],
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )


def wait_for(url: str, timeout: float) -> httpx.Response | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            response = httpx.get(url, timeout=2)
            if response.status_code == 200:
                return response
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return None


@pytest.fixture
def served(tiny_model_dir: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log = tmp_path / "server.log"
    process = start_server(checkpost_env(tiny_model_dir, tmp_path / "var"), port, log)
    try:
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=20)
