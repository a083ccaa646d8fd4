"""Guidance -> Adaptive Card: the author's words are verbatim TextRuns, buttons carry no text."""

from __future__ import annotations

import json
from typing import Any

from bot.allow_list import allowable_hash
from bot.teams.cards import FEEDBACK_VERB, guidance_card, verbatim
from coaching.address import AddressForm
from coaching.coach import Coach
from coaching.policy import Policy
from tests.bot.teams.conftest import NoNames
from tests.fakes import KeywordClassifier

COACH = Coach(KeywordClassifier(), Policy(code_names=("Zéphyr",)), names=NoNames())
INJECTION = (
    "Le projet Zéphyr **sort** [ici](https://evil.example) {{DATE(2017-02-14T06:08:39Z)}} "
    "<at>tout le monde</at> ce trimestre, quel abruti ce chef !"
)


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


def _card(form: AddressForm = AddressForm.TU) -> dict[str, Any]:
    guidance = COACH.review(INJECTION)
    hashes = [allowable_hash("secret", finding) for finding in guidance.findings]
    return guidance_card(guidance, hashes, form)


def test_card_is_a_valid_adaptive_card_shape() -> None:
    card = _card()
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    assert {node["type"] for node in _walk(card) if "type" in node} <= {
        "AdaptiveCard",
        "RichTextBlock",
        "TextRun",
        "Container",
        "ActionSet",
        "Action.Submit",
    }
    assert len(json.dumps(card).encode()) < 28_000


def test_user_text_is_only_ever_in_text_runs() -> None:
    card = _card()
    for node in _walk(card):
        if node.get("type") == "TextBlock":
            raise AssertionError("a TextBlock would render markdown")
    runs = " ".join(node["text"] for node in _walk(card) if node.get("type") == "TextRun")
    assert "Zéphyr" in runs
    assert "{{" not in json.dumps(card, ensure_ascii=False)


def test_buttons_carry_axis_kind_and_a_hash_never_text() -> None:
    card = _card()
    actions = [node for node in _walk(card) if node.get("type") == "Action.Submit"]
    assert actions and {action["title"] for action in actions} == {"Utile", "Pas pertinent"}
    for action in actions:
        data = action["data"]
        assert data["verb"] == FEEDBACK_VERB and isinstance(data["useful"], bool)
        assert set(data) <= {"verb", "useful", "axis", "kind", "term"}
        assert all(len(value) == 64 for key, value in data.items() if key == "term")
        dumped = json.dumps(data, ensure_ascii=False)
        assert "Zéphyr" not in dumped and "abruti" not in dumped and "trimestre" not in dumped


def test_a_clean_draft_still_offers_feedback() -> None:
    guidance = COACH.review("Super journée avec l'équipe, merci à tous pour l'accueil !")
    card = guidance_card(guidance, [], AddressForm.VOUS)
    actions = [node for node in _walk(card) if node.get("type") == "Action.Submit"]
    assert [action["data"]["axis"] for action in actions] == ["", ""]


def test_verbatim_clips_and_disarms_functions() -> None:
    assert verbatim("{{TIME(2017-02-14T06:08:39Z)}}") == "{\u200b{TIME(2017-02-14T06:08:39Z)}}"
    assert len(verbatim("x" * 10_000)) == 2_000
