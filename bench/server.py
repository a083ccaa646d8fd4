"""Cold start (process start to /readyz 200), peak RSS of a serving process, disk size."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def directory_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_ready(url: str, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    return False


def serving_figures(env_extra: dict[str, str], drafts: list[str]) -> dict[str, Any]:
    env = {**os.environ, **env_extra}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    process = start(env, port)
    try:
        ready = wait_ready(url)
        cold = time.perf_counter() - started
        for text in drafts[:200]:
            httpx.post(f"{url}/api/check", json={"text": text}, timeout=30)
        rss = peak_rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"ready": ready, "cold_start_s": cold, "peak_rss_mb": rss}
