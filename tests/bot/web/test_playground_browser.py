"""The playground in a real browser: a draft in, the guidance out, spans highlighted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.db.tables import CheckRecord, Feedback
from bot.settings import Settings
from tests.bot.conftest import LiveServer
from tests.bot.web.conftest import PHONE, expect, screenshot, unlabelled

DRAFT = "Nos ventes ont bondi de 37 % ce trimestre, écrivez-moi à jean.dupont@acme.fr !"


def _send(page: Any, text: str) -> None:
    page.get_by_label("Ton brouillon").fill(text)
    page.get_by_role("button", name="Relire").click()


def test_draft_gets_guidance_with_highlighted_spans(
    page: Any, site: LiveServer, web_settings: Settings
) -> None:
    page.goto(site.url)
    assert page.locator("html").get_attribute("lang") == "fr"
    _send(page, DRAFT)
    reply = page.locator(".bubble.reply")
    reply.wait_for()
    marks = page.locator(".from-author mark.highlight")
    assert sorted(marks.all_inner_texts()) == ["37 %", "jean.dupont@acme.fr"]
    assert page.locator(".from-author .draft-text").inner_text() == DRAFT
    assert reply.locator(".finding").count() == 2
    assert "jean.dupont@acme.fr" in reply.locator(".finding blockquote").first.inner_text()
    assert reply.locator("meter").count() == 3
    assert "à relire" in reply.locator(".meter-row.flagged").inner_text()
    assert unlabelled(page) == []
    screenshot(page, "playground")
    record = _only_record(web_settings)
    assert record.platform == "web" and record.confidentiality is True
    assert "jean.dupont" not in (web_settings.var_dir / "checkpost.db").read_bytes().decode(
        "utf-8", "replace"
    )


def test_feedback_buttons_store_a_count_and_thank(
    page: Any, site: LiveServer, web_settings: Settings
) -> None:
    page.goto(site.url)
    _send(page, DRAFT)
    first = page.locator(".finding .feedback").first
    first.get_by_role("button", name="Utile").click()
    expect(first.locator(".thanks")).to_contain_text("Merci")
    expect(first.get_by_role("button", name="Pas pertinent")).to_be_disabled()
    engine = create_engine(web_settings.effective_database_url)
    with Session(engine) as session:
        rows = session.scalars(select(Feedback)).all()
    engine.dispose()
    assert [(row.useful, row.platform, row.finding_kind) for row in rows] == [
        (True, "web", "email")
    ]


def test_keyboard_only_and_phone_width(browser: Any, site: LiveServer) -> None:
    context = browser.new_context(locale="fr-FR", viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto(site.url)
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "draft"
    page.keyboard.type("Quel idiot, ce concurrent.")
    page.keyboard.press("Control+Enter")
    page.locator(".bubble.reply").wait_for()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "no horizontal scrolling at phone width"
    screenshot(page, "playground-phone")
    context.close()


def test_empty_draft_gets_a_kind_sentence(page: Any, site: LiveServer) -> None:
    page.goto(site.url)
    _send(page, "   ")
    error = page.locator(".bubble.error")
    error.wait_for()
    assert error.get_attribute("role") == "alert"
    assert len(error.inner_text()) > 20
    screenshot(page, "playground-empty")


def test_model_loading_and_server_error_are_kind(page: Any, site: LiveServer) -> None:
    runtime = site.app.state.runtime
    coach, runtime.coach = runtime.coach, None
    page.goto(site.url)
    _send(page, "Bonjour à tous")
    expect(page.locator(".bubble.error").last).to_contain_text("chargement")
    runtime.coach = coach
    coach.classifier = _Broken()
    _send(page, "Bonjour encore")
    expect(page.locator(".bubble.error")).to_have_count(2)
    expect(page.locator(".bubble.error").last).to_contain_text("Oups")
    assert "Traceback" not in page.content()


def test_draft_text_is_escaped(page: Any, site: LiveServer) -> None:
    page.goto(site.url)
    hostile = (
        '<img src=x onerror="window.pwned=1"><b>gras</b> </div><script>window.pwned=2</script>'
    )
    _send(page, hostile)
    page.locator(".bubble.reply, .bubble.error").last.wait_for()
    bubble = page.locator(".from-author .draft-text")
    assert bubble.inner_text() == hostile
    assert bubble.locator("img, b, script").count() == 0
    assert page.evaluate("window.pwned === undefined")


def test_works_without_javascript(browser: Any, site: LiveServer) -> None:
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url)
    page.get_by_label("Ton brouillon").fill(DRAFT)
    with page.expect_navigation():
        page.get_by_role("button", name="Relire").click()
    assert page.locator(".from-author mark.highlight").count() == 2
    assert page.get_by_label("Ton brouillon").input_value() == DRAFT
    context.close()


class _Broken:
    """A classifier that fails: the person must get an apology, not a traceback."""

    def __init__(self) -> None:
        self.thresholds: dict[str, float] = {}

    def predict_proba(self, texts: object) -> list[dict[str, float]]:
        raise RuntimeError("boom")


def _only_record(settings: Settings) -> CheckRecord:
    engine = create_engine(settings.effective_database_url)
    with Session(engine) as session:
        record = session.scalars(select(CheckRecord)).one()
        session.expunge(record)
    engine.dispose()
    return record
