"""What `make run` starts: migrations, then `checkpost serve` with no Slack or Teams credentials."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.e2e.conftest import wait_for


def test_serve_without_credentials(served: tuple[str, Path]) -> None:
    url, log = served
    assert wait_for(f"{url}/healthz", timeout=60) is not None
    ready = wait_for(f"{url}/readyz", timeout=120)
    assert ready is not None, log.read_text()
    assert ready.json() == {"model": True, "database": True, "model_error": None}
    page = httpx.get(f"{url}/", timeout=5)
    assert page.status_code == 200 and "checkpost" in page.text
    draft = "Notre chiffre d'affaires du trimestre: 30 M€, marqueur-e2e-42"
    response = httpx.post(f"{url}/api/check", json={"text": draft}, timeout=30)
    assert response.status_code == 200
    assert response.json()["guidance"]["opener"]
    text = log.read_text()
    assert "désactivées" in text and "Slack" in text and "Teams" in text
    assert "marqueur-e2e-42" not in text


def test_missing_model_is_not_ready_and_says_why(tiny_model_dir: Path, tmp_path: Path) -> None:
    from tests.bot.conftest import free_port
    from tests.e2e.conftest import checkpost_env, start_server

    port = free_port()
    env = checkpost_env(
        tiny_model_dir, tmp_path / "var", CHECKPOST_MODEL_DIR=str(tmp_path / "absent")
    )
    process = start_server(env, port, tmp_path / "log")
    try:
        assert wait_for(f"http://127.0.0.1:{port}/healthz", timeout=60) is not None
        response = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
        for _ in range(100):
            if response.json()["model_error"]:
                break
            response = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
        assert response.status_code == 503
        assert response.json()["model_error"] == "model_missing"
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert "checkpost model prepare" in (tmp_path / "log").read_text()
