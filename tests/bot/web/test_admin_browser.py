"""/admin in a real browser: login, company context applied everywhere, CSRF, statistics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.db.tips import subscribe
from bot.settings import Settings
from tests.bot.conftest import LiveServer
from tests.bot.web.conftest import (
    ADMIN_PASSWORD,
    admin_settings,
    expect,
    log_in,
    screenshot,
    serve,
    unlabelled,
)


def _save_context(page: Any) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Enregistrer").click()


def test_wrong_password_is_refused(page: Any, site: LiveServer) -> None:
    page.goto(f"{site.url}/admin")
    assert page.url.endswith("/admin/login")
    assert unlabelled(page) == []
    screenshot(page, "admin-login")
    log_in(page, site, password="not the password")
    expect(page.get_by_role("alert")).to_contain_text("ne correspond pas")
    assert page.url.endswith("/admin/login")
    page.goto(f"{site.url}/admin/stats")
    assert page.url.endswith("/admin/login"), "still signed out"
    screenshot(page, "admin-login-refused")


def test_code_name_added_on_admin_is_flagged_everywhere(page: Any, site: LiveServer) -> None:
    log_in(page, site)
    assert page.url.endswith("/admin")
    page.get_by_label("Noms de code internes").fill("Orion\nProjet Vega")
    page.get_by_label("Vouvoiement (vous)").check()
    page.get_by_label("Confidentialité", exact=True).fill("0.4")
    _save_context(page)
    expect(page.get_by_role("status")).to_contain_text("Enregistré")
    expect(page.get_by_label("Noms de code internes")).to_have_value("Orion\nProjet Vega")
    assert unlabelled(page) == []
    screenshot(page, "admin-context")
    runtime = site.app.state.runtime
    assert runtime.policy.code_names == ("Orion", "Projet Vega")
    assert runtime.coach.policy is runtime.policy, "Slack and Teams read the coach's policy"

    page.goto(site.url)
    page.get_by_label("Votre brouillon").fill("Le projet Orion sort bientôt, j'ai hâte.")
    page.get_by_role("button", name="Relire").click()
    expect(page.locator(".from-author mark.highlight")).to_have_text("Orion")
    expect(page.locator(".finding blockquote")).to_contain_text("Orion")
    screenshot(page, "playground-code-name")


def test_csrf_token_missing_is_403(page: Any, site: LiveServer) -> None:
    log_in(page, site)
    page.get_by_label("Noms de code internes").fill("Sirius")
    page.evaluate("document.querySelector('form.card input[name=csrf_token]').remove()")
    with page.expect_response(lambda response: response.url.endswith("/admin/context")) as info:
        page.get_by_role("button", name="Enregistrer").click()
    assert info.value.status == 403
    expect(page.get_by_role("alert")).to_contain_text("jeton de sécurité")
    screenshot(page, "admin-csrf-refused")
    assert "Sirius" not in site.app.state.runtime.policy.code_names


def test_stats_hidden_under_ten_checks_and_shown_from_ten(page: Any, site: LiveServer) -> None:
    with site.client() as client:
        for number in range(9):
            assert client.post("/api/check", json={"text": f"Brouillon {number}"}).is_success
    log_in(page, site)
    page.goto(f"{site.url}/admin/stats")
    expect(page.locator("#stats-hidden")).to_contain_text("au moins 10")
    assert page.locator("svg.chart").count() == 0
    screenshot(page, "admin-stats-hidden")

    with site.client() as client:
        for number in range(3):
            client.post("/api/check", json={"text": f"Secret numéro {number}"})
    page.reload()
    expect(page.locator("#stats-weekly svg.chart")).to_be_visible()
    this_week = page.locator("#stats-weekly tbody tr").last.locator("td").nth(1)
    expect(this_week).to_have_text("12")
    expect(page.locator("#stats-weekly tbody")).to_contain_text("< 10")  # earlier weeks
    expect(page.locator("#stats-axes")).to_contain_text("25 %")  # 3 of 12 confidential
    expect(page.locator("#stats-useful")).to_contain_text("Moins de 10 retours")
    screenshot(page, "admin-stats")


def test_channels_are_listed_and_rescheduled(
    page: Any, site: LiveServer, web_settings: Settings
) -> None:
    runtime = site.app.state.runtime
    subscribe(runtime.sessions, "slack", "C0TIPS", weekday=0, hour=9, timezone="America/Toronto")
    log_in(page, site)
    page.goto(f"{site.url}/admin/channels")
    expect(page.locator("table")).to_contain_text("C0TIPS")
    expect(page.locator("table")).to_contain_text("le lundi à 9 h")
    page.get_by_label("Jour").select_option("3")
    page.get_by_label("Heure").select_option("14")
    with page.expect_navigation():
        page.get_by_role("button", name="Modifier l'horaire").click()
    expect(page.locator("table")).to_contain_text("le jeudi à 14 h (America/Toronto)")
    assert unlabelled(page) == []
    screenshot(page, "admin-channels")


@pytest.fixture
def closed_site(tmp_path: Path) -> Iterator[LiveServer]:
    settings = admin_settings(tmp_path, CHECKPOST_ADMIN_PASSWORD="", CHECKPOST_SCHEDULER=False)
    yield from serve(settings)


def test_admin_disabled_without_password(page: Any, closed_site: LiveServer) -> None:
    response = page.goto(f"{closed_site.url}/admin")
    assert response is not None and response.status == 503
    expect(page.get_by_role("heading", level=2)).to_have_text("Administration désactivée")
    expect(page.locator("main")).to_contain_text("CHECKPOST_ADMIN_PASSWORD")
    screenshot(page, "admin-disabled")
    with httpx.Client(base_url=closed_site.url) as client:
        refused = client.post("/admin/login", data={"password": "", "csrf_token": ""})
    assert refused.status_code == 503


def test_logout_ends_the_session(page: Any, site: LiveServer) -> None:
    log_in(page, site)
    with page.expect_navigation():
        page.get_by_role("button", name="Se déconnecter").click()
    assert page.url.endswith("/admin/login")
    page.goto(f"{site.url}/admin")
    assert page.url.endswith("/admin/login")
    assert ADMIN_PASSWORD not in page.content()
