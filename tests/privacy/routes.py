"""Every route the assembled app serves, and who may call it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import httpx
from fastapi import FastAPI

ADMIN_PASSWORD = "admin-password-for-the-privacy-suite"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

GUARDS: dict[tuple[str, str], str] = {
    ("GET", "/healthz"): "public: liveness, no data",
    ("GET", "/readyz"): "public: readiness, two booleans",
    ("GET", "/metrics"): "public: counters without users",
    ("GET", "/openapi.json"): "public: the API description",
    ("GET", "/"): "public: the playground page",
    ("POST", "/"): "public: the playground (one shared pseudonym)",
    ("POST", "/playground/reply"): "public: the playground (one shared pseudonym)",
    ("POST", "/api/check"): "public: the JSON check API (one shared pseudonym)",
    ("POST", "/api/feedback"): "public: a count per axis and kind",
    ("GET", "/static"): "public: CSS and JavaScript",
    ("GET", "/admin/login"): "public: the login form",
    ("POST", "/admin/login"): "admin password + CSRF, throttled",
    ("POST", "/admin/logout"): "admin session + CSRF",
    ("GET", "/admin"): "admin session",
    ("POST", "/admin/context"): "admin session + CSRF",
    ("GET", "/admin/channels"): "admin session",
    ("POST", "/admin/channels/{subscription_id}"): "admin session + CSRF",
    ("GET", "/admin/stats"): "admin session (aggregates, k-anonymity)",
    ("POST", "/slack/events"): "Slack signature (5-minute window)",
    ("GET", "/slack/install"): "public: starts Slack's OAuth (state cookie)",
    ("GET", "/slack/oauth_redirect"): "Slack OAuth state, consumed once",
    ("POST", "/api/messages"): "Teams JWT (Bot Framework / Entra)",
}
"""Every (method, path) of the app with Slack (OAuth), Teams and /admin on: a new route
fails the inventory test until it is added here, and to docs/privacy.md."""


def routes(app: FastAPI) -> set[tuple[str, str]]:
    return set(_walk(app.routes))


def _walk(items: Iterable[Any]) -> Iterable[tuple[str, str]]:
    for route in items:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _walk(included.routes)
            continue
        methods = getattr(route, "methods", None) or {"GET"}
        for method in methods - {"HEAD"}:
            yield method, str(route.path)


def post_routes(app: FastAPI) -> list[str]:
    return sorted(path for method, path in routes(app) if method == "POST")


def log_in(client: httpx.Client, password: str = ADMIN_PASSWORD) -> httpx.Response:
    """Sign in to /admin (CSRF token from the login form); the session cookie stays."""
    page = client.get("/admin/login")
    token = _CSRF.search(page.text)
    assert token is not None, page.text
    return client.post("/admin/login", data={"csrf_token": token.group(1), "password": password})


def csrf_of(page: str) -> str:
    token = _CSRF.search(page)
    assert token is not None
    return token.group(1)
