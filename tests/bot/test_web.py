"""The app over real HTTP: health, readiness, the check API, bad input."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.app import create_app
from bot.db.tables import CheckRecord
from bot.settings import Settings
from tests.bot.conftest import LiveServer, serve_in_thread, wait_ready
from tests.bot.conftest import test_settings as make_settings
from tests.fakes import KeywordClassifier, NoNames


def test_healthz_answers_at_once(live_app: LiveServer) -> None:
    with live_app.client() as client:
        assert client.get("/healthz").json() == {"status": "ok"}


def test_ready_once_model_and_database_are(live_app: LiveServer) -> None:
    with live_app.client() as client:
        response = wait_ready(client)
    assert response.status_code == 200
    assert response.json()["model"] is True and response.json()["database"] is True


def test_check_returns_guidance_and_keeps_no_text(live_app: LiveServer, settings: Settings) -> None:
    draft = "Le projet Zéphyr sort le 14 mars, marqueur-7f3a"
    with live_app.client() as client:
        wait_ready(client)
        response = client.post("/api/check", json={"text": draft})
    assert response.status_code == 200
    guidance = response.json()["guidance"]
    assert guidance["flags"]["confidentiality"] is True
    assert any(draft[f["span"][0] : f["span"][1]] == f["quote"] for f in guidance["findings"])
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        record = session.scalars(select(CheckRecord)).one()
    assert record.confidentiality is True
    raw = (settings.var_dir / "checkpost.db").read_bytes()
    assert b"marqueur-7f3a" not in raw and "Zéphyr".encode() not in raw


def test_empty_draft_gets_a_kind_sentence(live_app: LiveServer) -> None:
    with live_app.client() as client:
        wait_ready(client)
        response = client.post("/api/check", json={"text": "   "})
    assert response.status_code == 422
    assert isinstance(response.json()["error"], str) and response.json()["error"]


def test_malformed_json_is_a_client_error(live_app: LiveServer) -> None:
    with live_app.client() as client:
        response = client.post(
            "/api/check", content=b"{not json", headers={"content-type": "application/json"}
        )
    assert 400 <= response.status_code < 500


def test_database_down_still_gives_guidance(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    dead = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    app = create_app(settings, classifier=KeywordClassifier(), engine=dead, names=NoNames())
    for server in serve_in_thread(app):
        with server.client() as client:
            assert client.get("/readyz").status_code == 503  # database unreachable: not ready
            response = client.post("/api/check", json={"text": "Super journée avec l'équipe"})
            deadline = time.monotonic() + 20
            while response.status_code == 503 and time.monotonic() < deadline:
                time.sleep(0.1)  # the coach is still loading
                response = client.post("/api/check", json={"text": "Super journée avec l'équipe"})
        assert response.status_code == 200
        assert response.json()["guidance"]["findings"] == []
