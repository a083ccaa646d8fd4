"""The playground over plain HTTP: escaping, size limit, the company's form of address."""

from __future__ import annotations

import dataclasses

from coaching.policy import AddressForm
from tests.bot.conftest import LiveServer


def test_reply_fragment_escapes_the_draft(site: LiveServer) -> None:
    hostile = "<script>alert(1)</script> & « guillemets »"
    with site.client() as client:
        response = client.post("/playground/reply", data={"text": hostile})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; « guillemets »" in response.text


def test_a_huge_form_is_refused_kindly_without_being_read(site: LiveServer) -> None:
    with site.client() as client:
        response = client.post("/playground/reply", data={"text": "a" * 1_100_000})
    assert response.status_code == 413
    assert "bien trop long" in response.text


def test_page_speaks_with_the_companys_form_of_address(site: LiveServer) -> None:
    runtime = site.app.state.runtime
    runtime.apply_policy(dataclasses.replace(runtime.policy, address_form=AddressForm.VOUS))
    with site.client() as client:
        page = client.get("/").text
        reply = client.post("/playground/reply", data={"text": "   "}).text
    assert "Votre brouillon" in page and "Ton brouillon" not in page
    assert "vous" in reply.lower()
