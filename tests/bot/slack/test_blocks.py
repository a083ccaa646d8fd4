"""Block Kit rendering, Slack markup decoding, command parsing, limits and token encryption."""

from __future__ import annotations

import json

import pytest

from bot.allow_list import review_allowing, term_hash
from bot.limits import RateLimiter
from bot.slack.blocks import MAX_BLOCKS, MAX_SECTION_CHARS, guidance_message, thank_in_place
from bot.slack.commands import Kind, parse_command
from bot.slack.markup import escape, plain_text
from bot.slack.tokens import TokenCipher
from bot.slack.views import data_message, home_view
from coaching.address import AddressForm
from coaching.axes import Axis
from coaching.coach import Coach
from coaching.findings import FindingKind, Strength
from coaching.guidance import FindingView, Guidance, Outcome
from tests.bot.slack.conftest import POLICY
from tests.fakes import KeywordClassifier


def _guidance(quote: str, *, notes: tuple[str, ...] = ()) -> Guidance:
    finding = FindingView(
        Axis.CONFIDENTIALITY,
        FindingKind.CODE_NAME,
        quote,
        (0, len(quote)),
        "Pourquoi.",
        "Comment.",
        Strength.STRONG,
    )
    return Guidance(
        "Bonne base.",
        (finding,),
        "C'est toi qui décides.",
        notes,
        {axis: axis is Axis.CONFIDENTIALITY for axis in Axis},
        {},
        "fr",
        Outcome.REVIEWED,
    )


def test_user_text_is_escaped_everywhere() -> None:
    message = guidance_message(
        _guidance("<!channel> & <@U1> <https://x|y>"), [None], AddressForm.TU
    )
    sent = json.dumps(message.payload(), ensure_ascii=False)
    assert "<!" not in sent and "<@" not in sent and "<http" not in sent
    assert "&lt;!channel&gt; &amp; &lt;@U1&gt;" in sent


def test_limits_hold_for_huge_text() -> None:
    notes = tuple("n" * 5000 for _ in range(80))
    message = guidance_message(_guidance("x" * 10_000, notes=notes), ["a" * 64], AddressForm.TU)
    assert len(message.blocks) <= MAX_BLOCKS
    for block in message.blocks:
        texts = [block.get("text", {}).get("text", "")] + [
            element.get("text", "")
            for element in block.get("elements", [])
            if isinstance(element.get("text"), str)
        ]
        assert all(len(text) <= MAX_SECTION_CHARS for text in texts)


def test_buttons_carry_axis_kind_and_a_hash_never_the_quote() -> None:
    message = guidance_message(_guidance("Zéphyr"), ["f" * 64], AddressForm.VOUS)
    values = [
        element["value"]
        for block in message.blocks
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    assert values == [f"confidentiality|code_name|{'f' * 64}"] * 2
    labels = [
        element["text"]["text"]
        for block in message.blocks
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    assert labels == ["Utile", "Pas pertinent"]


def test_thanks_replace_only_the_clicked_buttons() -> None:
    message = guidance_message(_guidance("Zéphyr"), [None], AddressForm.TU)
    updated = thank_in_place(message.blocks, "checkpost-feedback-1", "Merci !")
    assert [block["type"] for block in updated].count("actions") == 0
    assert len(updated) == len(message.blocks)


@pytest.mark.parametrize(
    ("markup", "plain"),
    [
        ("a &lt;b&gt; &amp; c", "a <b> & c"),
        ("<!channel> et <!here>", "@channel et @here"),
        ("merci <@U123|camille> et <@U456>", "merci @camille et @U456"),
        ("<https://acme.fr/x|le site> <mailto:a@b.fr|a@b.fr>", "le site a@b.fr"),
        ("<#C1|general> <!subteam^S1|@devs>", "#general @devs"),
    ],
)
def test_slack_markup_becomes_what_people_see(markup: str, plain: str) -> None:
    assert plain_text(markup) == plain
    assert "<" not in escape(plain)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", Kind.HELP),
        (" Aide ", Kind.HELP),
        ("Aide !", Kind.HELP),
        ("mes-données", Kind.DATA),
        ("oublie-moi", Kind.FORGET),
        ("tips on", Kind.TIPS),
        ("aide-moi à relire ça", Kind.REVIEW),
        ("tips pour mon post LinkedIn sur le salon", Kind.REVIEW),
    ],
)
def test_only_exact_sub_commands_are_sub_commands(text: str, kind: Kind) -> None:
    assert parse_command(text).kind is kind


def test_rate_limit_is_a_sliding_window_per_person() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=3, window=60, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")
    now[0] = 60.5
    assert limiter.allow("a")


def test_tokens_round_trip_and_a_changed_key_reads_nothing() -> None:
    cipher = TokenCipher("key-one")
    sealed = cipher.encrypt("xoxb-123")
    assert sealed is not None and "xoxb" not in sealed
    assert cipher.decrypt(sealed) == "xoxb-123"
    assert TokenCipher("key-two").decrypt(sealed) is None
    assert cipher.encrypt(None) is None


def test_allowed_terms_are_matched_by_hash_and_dropped() -> None:
    coach = Coach(KeywordClassifier(), POLICY)
    draft = "Le projet Zéphyr sort le 14 mars."
    plain = review_allowing(coach, draft, secret="s", allowed=frozenset())
    assert any(finding.quote == "Zéphyr" for finding in plain.findings)
    allowed = frozenset({term_hash("s", "  zéphyr ")})
    filtered = review_allowing(coach, draft, secret="s", allowed=allowed)
    assert all(finding.quote != "Zéphyr" for finding in filtered.findings)


def test_home_and_export_fit_in_slack() -> None:
    for form in AddressForm:
        view = home_view(form, retention_days=90, command="/checkpost")
        assert view["type"] == "home" and len(view["blocks"]) <= MAX_BLOCKS
    checks = [
        {"draft_id": str(n), "at": "2026-01-01", "finding_kinds": ["money"] * 5}
        for n in range(3000)
    ]
    message = data_message({"user_hash": "h", "checks": checks}, AddressForm.TU)
    assert len(message.blocks) <= MAX_BLOCKS
    assert "relectures les plus récentes" in json.dumps(message.payload(), ensure_ascii=False)
