"""slack/manifest.yaml asks for exactly what the code uses, and points at routes we serve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.slack.bolt_app import BOT_SCOPES, REDIRECT_PATH
from bot.slack.listeners import REVIEW_SHORTCUT
from bot.slack.services import COMMAND

MANIFEST = Path(__file__).resolve().parents[3] / "slack" / "manifest.yaml"


def _manifest() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return data


def test_scopes_are_exactly_those_used() -> None:
    manifest = _manifest()
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == sorted(BOT_SCOPES)
    assert "user" not in manifest["oauth_config"]["scopes"]


def test_events_are_direct_messages_and_app_home_only() -> None:
    events = set(_manifest()["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"message.im", "app_home_opened", "app_uninstalled", "tokens_revoked"}
    assert not any(event.startswith(("message.channels", "message.groups")) for event in events)


def test_command_shortcut_and_urls_match_the_code() -> None:
    manifest = _manifest()
    [command] = manifest["features"]["slash_commands"]
    [shortcut] = manifest["features"]["shortcuts"]
    assert command["command"] == COMMAND and command["should_escape"] is False
    assert shortcut["callback_id"] == REVIEW_SHORTCUT and shortcut["type"] == "message"
    assert len(shortcut["name"]) <= 24
    urls = [
        command["url"],
        manifest["settings"]["event_subscriptions"]["request_url"],
        manifest["settings"]["interactivity"]["request_url"],
    ]
    assert all(url.endswith("/slack/events") for url in urls)
    assert manifest["oauth_config"]["redirect_urls"][0].endswith(REDIRECT_PATH)
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
