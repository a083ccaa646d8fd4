"""Operations over real HTTP: /metrics, X-Request-ID, JSON logs, no draft text anywhere."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from bot.app import create_app
from bot.logs import build_handler, redact
from bot.settings import Settings, SettingsError, load_settings
from tests.bot.conftest import LiveServer, serve_in_thread, wait_ready
from tests.coaching.fakes import FakeNames
from tests.fakes import KeywordClassifier

Series = dict[tuple[str, frozenset[tuple[str, str]]], float]


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """Every log record, at DEBUG, through the JSON handler `checkpost serve` installs."""
    stream = io.StringIO()
    handler = build_handler("json", stream)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture
def observed(settings: Settings, json_logs: io.StringIO) -> Iterator[LiveServer]:
    yield from serve_in_thread(build_app(settings))


def build_app(settings: Settings) -> FastAPI:
    return create_app(settings, classifier=KeywordClassifier(), names=FakeNames(["Camille"]))


def scrape(client: httpx.Client) -> Series:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(series: Series, name: str, **labels: str) -> float:
    return series.get((name, frozenset(labels.items())), 0.0)


def json_lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_metrics_count_requests_and_checks_and_never_show_the_draft(observed: LiveServer) -> None:
    marker = f"marqueur-{uuid.uuid4().hex}"
    with observed.client() as client:
        assert wait_ready(client, timeout=60).status_code == 200
        before = scrape(client)
        response = client.post("/api/check", json={"text": f"Le projet secret sort, {marker}"})
        assert response.status_code == 200
        page = client.get("/metrics").text
        after = scrape(client)
    checks = "checkpost_checks_total"
    flagged = {"platform": "web", "axis": "confidentiality", "verdict": "flagged"}
    clear = {"platform": "web", "axis": "tone", "verdict": "clear"}
    assert value(after, checks, **flagged) == value(before, checks, **flagged) + 1
    assert value(after, checks, **clear) == value(before, checks, **clear) + 1
    request = {"method": "POST", "route": "/api/check", "status": "200"}
    requests = "checkpost_http_requests_total"
    assert value(after, requests, **request) == value(before, requests, **request) + 1
    latency = "checkpost_http_request_duration_seconds_count"
    assert value(after, latency, method="POST", route="/api/check") >= 1
    assert value(after, "checkpost_model_ready") == 1
    assert marker not in page and "projet secret" not in page


def test_unknown_paths_share_one_route_label(observed: LiveServer) -> None:
    with observed.client() as client:
        assert client.get("/nulle-part/xoxb-123456789").status_code == 404
        page = client.get("/metrics").text
    assert 'route="unmatched"' in page and "nulle-part" not in page


def test_request_id_is_echoed_or_made(observed: LiveServer) -> None:
    with observed.client() as client:
        given = client.get("/healthz", headers={"X-Request-ID": "abc-123.req"})
        made = client.get("/healthz")
        unsafe = client.get("/healthz", headers={"X-Request-ID": 'a b"c' + "x" * 200})
    assert given.headers["x-request-id"] == "abc-123.req"
    assert len(made.headers["x-request-id"]) == 32
    assert unsafe.headers["x-request-id"] not in ("", 'a b"c' + "x" * 200)


def test_json_log_lines_carry_request_and_draft_ids(
    observed: LiveServer, json_logs: io.StringIO
) -> None:
    with observed.client() as client:
        assert wait_ready(client, timeout=60).status_code == 200
        response = client.post(
            "/api/check", json={"text": "Belle journée"}, headers={"X-Request-ID": "req-json-1"}
        )
    draft_id = response.json()["draft_id"]
    lines = json_lines(json_logs)
    assert lines and all({"time", "level", "logger", "message"} <= line.keys() for line in lines)
    ours = [line for line in lines if line.get("request_id") == "req-json-1"]
    assert any(line.get("draft_id") == draft_id for line in ours), ours
    access = [line for line in ours if line["logger"] == "bot.observability"]
    assert access and access[0]["route"] == "/api/check" and access[0]["status"] == 200


def test_no_draft_text_reaches_the_logs(
    observed: LiveServer, json_logs: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    markers = [f"marqueur-{uuid.uuid4().hex[:12]}" for _ in range(30)]
    drafts = [
        *(f"Notre chiffre du trimestre : 30 M€, {marker}" for marker in markers[:20]),
        *(f"Quel idiot ce client {marker} !" for marker in markers[20:25]),
        *(f"{marker}" + "\u0000" * 3 for marker in markers[25:28]),
        *(f"{marker} " + "a" * 60_000 for marker in markers[28:]),
    ]
    with observed.client() as client:
        assert wait_ready(client, timeout=60).status_code == 200
        codes = {client.post("/api/check", json={"text": draft}).status_code for draft in drafts}
    assert 200 in codes and codes <= {200, 422}
    captured = json_logs.getvalue() + caplog.text
    assert json_lines(json_logs), "logs were captured"
    assert not [marker for marker in markers if marker in captured]
    assert "trimestre" not in captured and "idiot" not in captured


def test_an_unhandled_error_is_an_apology_with_its_request_id(
    settings: Settings, json_logs: io.StringIO
) -> None:
    app = build_app(settings)

    @app.get("/boom")
    async def boom() -> None:
        draft = "brouillon confidentiel " + "-".join(("marqueur", "boom"))
        raise RuntimeError(draft)  # a message quoting a draft (the source line does not)

    for server in serve_in_thread(app):
        with server.client() as client:
            response = client.get("/boom", headers={"X-Request-ID": "req-boom"})
            page = client.get("/metrics").text
    assert response.status_code == 500 and response.headers["x-request-id"] == "req-boom"
    assert response.json()["request_id"] == "req-boom" and "Traceback" not in response.text
    assert 'checkpost_http_exceptions_total{route="/boom"}' in page
    assert 'checkpost_logged_errors_total{logger="bot.observability"}' in page
    errors = [line for line in json_lines(json_logs) if line["level"] == "ERROR"]
    assert (
        errors and errors[0]["request_id"] == "req-boom" and "RuntimeError" in errors[0]["message"]
    )
    assert "marqueur-boom" not in json_logs.getvalue()


def test_tokens_and_secrets_are_masked_in_log_lines(settings: Settings) -> None:
    stream = io.StringIO()
    handler = build_handler("json", stream)
    logger = logging.getLogger("tests.secrets")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("token %s and %s", "xoxb-1234567890-abcdefghij", "xapp-1-A0B1-99887766")
        logger.warning("Authorization: Bearer eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl")
        logger.warning('{"client_secret": "s3cr3t-value", "password=hunter22"}')
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    text = stream.getvalue()
    for secret in ("xoxb-1234567890", "xapp-1-A0B1", "eyJhbGciOi", "s3cr3t-value", "hunter22"):
        assert secret not in text
    assert text.count("[masqué]") >= 5
    assert redact("draft 7f3a uuid 0b9d-11ee", ["unknown"]) == "draft 7f3a uuid 0b9d-11ee"


def test_known_secret_values_are_masked_wherever_they_appear(settings: Settings) -> None:
    from bot.logs import RedactSecrets

    mask = RedactSecrets()
    mask.remember("a-plain-signing-secret-value", None, "short")
    record = logging.LogRecord(
        "x", logging.INFO, "f", 1, "got %s", ("a-plain-signing-secret-value",), None
    )
    mask.filter(record)
    assert record.getMessage() == "got [masqué]"


def test_production_refuses_a_missing_empty_or_short_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("CHECKPOST_ENV", "production")
    monkeypatch.setenv("CHECKPOST_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("CHECKPOST_SECRET_KEY", raising=False)
    with pytest.raises(SettingsError):
        load_settings()
    for weak in ("", "   ", "change-me"):
        monkeypatch.setenv("CHECKPOST_SECRET_KEY", weak)
        with pytest.raises(SettingsError):
            load_settings()
    assert not (tmp_path / "var" / "secret_key").exists()
    monkeypatch.setenv("CHECKPOST_SECRET_KEY", "k" * 48)
    assert load_settings().environment == "production"


def test_a_copy_of_env_example_runs_as_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Empty values (`CHECKPOST_MODEL_DIR=`) mean "not set", never the current directory."""
    example = Path(__file__).resolve().parents[2] / ".env.example"
    (tmp_path / ".env").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("CHECKPOST_MODEL_DIR", "CHECKPOST_POLICY", "CHECKPOST_SECRET_KEY", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.model_dir is None and settings.policy_file is None
    assert settings.effective_database_url.startswith("sqlite:///")
    assert settings.secret_key is not None and len(settings.secret_key.get_secret_value()) >= 32
    assert settings.log_format == "text" and not settings.slack_enabled
