"""Playwright driving Debian's Chromium (never a downloaded browser) against the real app.

Chromium comes from `scripts/install-browser.sh` (the Makefile's `browser` target, which
`make test` runs). If it is still missing, the fixture runs the script once; when neither
works the browser tests skip with the reason, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import create_app
from bot.db import migrate
from bot.settings import Settings
from tests.bot.conftest import LiveServer, serve_in_thread, test_settings, wait_ready
from tests.fakes import KeywordClassifier

ROOT = Path(__file__).resolve().parents[3]
ARTIFACTS = ROOT / "tests" / "artifacts"
INSTALL_SCRIPT = ROOT / "scripts" / "install-browser.sh"
CHROMIUM = Path(os.environ.get("CHECKPOST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ADMIN_PASSWORD = "correct horse battery staple"
PHONE = {"width": 390, "height": 844}


class NoNames:
    """A NameFinder that finds nobody (no spaCy in these tests)."""

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        return []


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if shutil.which("bash") and INSTALL_SCRIPT.exists():
        result = subprocess.run(
            ["bash", str(INSTALL_SCRIPT)], capture_output=True, text=True, timeout=900
        )
        if CHROMIUM.exists():
            return CHROMIUM
        lines = (result.stderr or result.stdout).strip().splitlines() or ["no output"]
        _unavailable(
            f"{CHROMIUM} is missing, even after scripts/{INSTALL_SCRIPT.name} "
            f"(exit {result.returncode}): {lines[-1]}"
        )
    _unavailable(f"{CHROMIUM} is missing and {INSTALL_SCRIPT} cannot run here")
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="fr-FR", viewport={"width": 1100, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def admin_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"CHECKPOST_ADMIN_PASSWORD": ADMIN_PASSWORD}
    values.update(overrides)
    settings = test_settings(tmp_path, **values)
    migrate.upgrade(settings.effective_database_url)
    return settings


def serve(settings: Settings, **kwargs: Any) -> Iterator[LiveServer]:
    kwargs.setdefault("classifier", KeywordClassifier())
    kwargs.setdefault("names", NoNames())
    app = create_app(settings, **kwargs)
    for live in serve_in_thread(app):
        with live.client() as client:
            wait_ready(client)
        yield live


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    return admin_settings(tmp_path, CHECKPOST_SCHEDULER=False)


@pytest.fixture
def site(web_settings: Settings) -> Iterator[LiveServer]:
    yield from serve(web_settings)


def log_in(page: Any, site: LiveServer, password: str = ADMIN_PASSWORD) -> Any:
    page.goto(f"{site.url}/admin/login")
    page.get_by_label("Mot de passe").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Se connecter").click()
    return page


def expect(target: Any) -> Any:
    """Playwright's auto-waiting assertions (imported late: the module may be absent)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


UNLABELLED = """() => Array.from(document.querySelectorAll(
  'input:not([type=hidden]), textarea, select, meter, button'
)).filter((el) => {
  const named = el.labels && el.labels.length > 0 || el.getAttribute('aria-label')
    || (el.tagName === 'BUTTON' && el.textContent.trim());
  return !named;
}).map((el) => el.outerHTML.slice(0, 80))"""


def unlabelled(page: Any) -> list[str]:
    """Form controls a screen reader could not name (no label, no text, no aria-label)."""
    found: list[str] = page.evaluate(UNLABELLED)
    return found
