"""/admin over plain HTTP: throttled logins, CSRF on login, cookies, no per-person page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.db.company import save_policy
from bot.db.tables import CheckRecord
from bot.settings import Settings
from bot.web.admin.sessions import COOKIE
from coaching.policy import AddressForm, Policy
from tests.bot.conftest import LiveServer
from tests.bot.web.conftest import ADMIN_PASSWORD, admin_settings, serve

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _login_form(client: httpx.Client) -> str:
    page = client.get("/admin/login")
    assert page.status_code == 200
    match = _CSRF.search(page.text)
    assert match is not None
    return match.group(1)


def _log_in(client: httpx.Client, password: str = ADMIN_PASSWORD) -> httpx.Response:
    token = _login_form(client)
    return client.post("/admin/login", data={"csrf_token": token, "password": password})


def test_login_is_throttled_after_five_failures(site: LiveServer) -> None:
    with site.client() as client:
        for _ in range(5):
            assert _log_in(client, "wrong").status_code == 401
        blocked = _log_in(client)  # even the right password, until the window passes
        assert blocked.status_code == 429
        assert "Trop de tentatives" in blocked.text
        assert client.get("/admin").status_code == 303, "still signed out"


def test_login_without_csrf_token_is_403(site: LiveServer) -> None:
    with site.client() as client:
        _login_form(client)
        refused = client.post("/admin/login", data={"password": ADMIN_PASSWORD})
        assert refused.status_code == 403
        assert client.get("/admin").status_code == 303


def test_session_cookie_is_strict_and_signed(site: LiveServer) -> None:
    with site.client() as client:
        response = _log_in(client)
        assert response.status_code == 303
        header = response.headers["set-cookie"].lower()
        assert "httponly" in header and "samesite=strict" in header and "path=/admin" in header
        assert client.get("/admin").status_code == 200
        value = client.cookies[COOKIE]
        client.cookies.set(COOKIE, value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
        assert client.get("/admin").status_code == 303, "a tampered cookie is no session"


def test_changing_the_password_ends_sessions(tmp_path: Path) -> None:
    first = admin_settings(tmp_path, CHECKPOST_SCHEDULER=False)
    for live in serve(first):
        with live.client() as client:
            _log_in(client)
            cookie = client.cookies[COOKIE]
    second = admin_settings(
        tmp_path, CHECKPOST_SCHEDULER=False, CHECKPOST_ADMIN_PASSWORD="another long password"
    )
    for live in serve(second):
        with live.client() as client:
            client.cookies.set(COOKIE, cookie)
            assert client.get("/admin").status_code == 303


def test_pages_carry_security_headers(site: LiveServer) -> None:
    with site.client() as client:
        for path in ("/", "/admin/login"):
            headers = client.get(path).headers
            assert "script-src 'self'" in headers["content-security-policy"]
            assert headers["x-frame-options"] == "DENY"


def test_no_page_or_api_lists_a_persons_checks(site: LiveServer, web_settings: Settings) -> None:
    with site.client() as client:
        for number in range(12):
            client.post("/api/check", json={"text": f"Le secret {number}"})
        _log_in(client)
        pages = [client.get(path).text for path in ("/admin", "/admin/channels", "/admin/stats")]
    with site.app.state.runtime.sessions() as session:
        hashes = set(session.scalars(select(CheckRecord.user_hash)))
    assert hashes and not any(digest in page for digest in hashes for page in pages)
    paths = _paths(site.app.routes)
    web = {path for path in paths if path.startswith(("/admin", "/api", "/playground"))}
    assert web == {
        "/admin",
        "/admin/login",
        "/admin/logout",
        "/admin/context",
        "/admin/channels",
        "/admin/channels/{subscription_id}",
        "/admin/stats",
        "/api/check",
        "/api/feedback",
        "/playground/reply",
    }


def test_bad_thresholds_are_explained_and_nothing_is_saved(site: LiveServer) -> None:
    with site.client() as client:
        _log_in(client)
        token = _CSRF.search(client.get("/admin").text)
        assert token is not None
        response = client.post(
            "/admin/context",
            data={"csrf_token": token.group(1), "code_names": "Orion", "threshold_tone": "2"},
        )
    assert response.status_code == 422
    assert "« Ton » doit être un nombre entre 0,05 et 1" in response.text
    assert site.app.state.runtime.policy.code_names == ()


def test_feedback_api_keeps_only_known_axes_and_kinds(site: LiveServer) -> None:
    with site.client() as client:
        bad = client.post("/api/feedback", json={"draft_id": "x", "useful": True})
        assert bad.status_code == 422
        draft_id = "0" * 8 + "-0000-4000-8000-" + "0" * 12
        body = {"draft_id": draft_id, "useful": False, "axis": "<b>", "kind": "text leak"}
        assert client.post("/api/feedback", json=body).json() == {"stored": True}
        as_form = client.post("/api/feedback", data={"draft_id": draft_id, "useful": "true"})
        assert as_form.status_code == 422, "JSON only: a cross-site form cannot post feedback"


def _paths(routes: list[Any]) -> set[str]:
    """Every route path, through included routers (no prefix is used in bot.web)."""
    found: set[str] = set()
    for route in routes:
        included = getattr(route, "original_router", None)
        found |= _paths(included.routes) if included is not None else {getattr(route, "path", "")}
    return found


@pytest.fixture
def yaml_site(tmp_path: Path) -> Iterator[LiveServer]:
    policy_file = tmp_path / "checkpost.yaml"
    policy_file.write_text("code_names: [Andromède]\naddress_form: tu\n", encoding="utf-8")
    settings = admin_settings(
        tmp_path, CHECKPOST_POLICY=str(policy_file), CHECKPOST_SCHEDULER=False
    )
    from sqlalchemy.orm import sessionmaker

    from bot.db.engine import build_engine

    engine = build_engine(settings.effective_database_url)
    save_policy(sessionmaker(engine), Policy(code_names=("Orion",), address_form=AddressForm.VOUS))
    engine.dispose()
    yield from serve(settings)


def test_saved_context_wins_over_the_yaml_file_at_startup(yaml_site: LiveServer) -> None:
    runtime = yaml_site.app.state.runtime
    assert runtime.policy.code_names == ("Orion",)
    assert runtime.coach.policy is runtime.policy
    assert runtime.policy.address_form is AddressForm.VOUS
    with yaml_site.client() as client:
        guidance = client.post("/api/check", json={"text": "Orion et Andromède"}).json()
    quotes = [finding["quote"] for finding in guidance["guidance"]["findings"]]
    assert "Orion" in quotes and "Andromède" not in quotes
