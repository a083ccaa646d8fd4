"""Real Slack payload shapes (slash command, events, block_actions, message shortcut)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from tests.bot.slack.fake_slack import APP_ID, BOT_USER, TEAM_ID

USER = "U0AUTHOR1"
OTHER_USER = "U0OTHER22"
DM_CHANNEL = "D0DIRECT1"
CHANNEL = "C0GENERAL"


def slash_command(text: str, response_url: str, *, user: str = USER) -> dict[str, str]:
    return {
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": TEAM_ID,
        "team_domain": "acme",
        "channel_id": CHANNEL,
        "channel_name": "general",
        "user_id": user,
        "user_name": "camille",
        "command": "/checkpost",
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
    }


def event_callback(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "XXYYZZ",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": 1700000000,
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": TEAM_ID,
                "user_id": BOT_USER,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-eyJldCI6Im1lc3NhZ2UifQ",
    }


def direct_message(text: str, *, user: str = USER, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": DM_CHANNEL,
        "user": user,
        "text": text,
        "ts": "1700000001.000100",
        "event_ts": "1700000001.000100",
        "channel_type": "im",
        "client_msg_id": str(uuid.uuid4()),
        "team": TEAM_ID,
        **extra,
    }


def channel_message(text: str) -> dict[str, Any]:
    return {**direct_message(text), "channel": CHANNEL, "channel_type": "channel"}


def app_home_opened(*, user: str = USER) -> dict[str, Any]:
    return {
        "type": "app_home_opened",
        "user": user,
        "channel": DM_CHANNEL,
        "tab": "home",
        "event_ts": "1700000002.000200",
    }


def block_actions(
    action_id: str,
    value: str,
    block_id: str,
    *,
    response_url: str,
    message: dict[str, Any] | None,
    ephemeral: bool = False,
    user: str = USER,
) -> dict[str, str]:
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "username": "camille", "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "9s8d9as89d8as9d8as989",
        "container": {
            "type": "message",
            "message_ts": "1700000000.000001",
            "channel_id": DM_CHANNEL,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": "12466734323.1395872398",
        "team": {"id": TEAM_ID, "domain": "acme"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": DM_CHANNEL, "name": "directmessage"},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": block_id,
                "value": value,
                "type": "button",
                "action_ts": "1700000003.000300",
                "text": {"type": "plain_text", "text": "Utile", "emoji": True},
            }
        ],
    }
    if message is not None:
        payload["message"] = message
    return {"payload": json.dumps(payload, ensure_ascii=False)}


def address_choice(value: str, *, user: str = USER) -> dict[str, str]:
    payload = {
        "type": "block_actions",
        "user": {"id": user, "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "team": {"id": TEAM_ID, "domain": "acme"},
        "container": {"type": "view", "view_id": "V0HOME"},
        "trigger_id": "1.2.3",
        "view": {"id": "V0HOME", "type": "home", "callback_id": ""},
        "actions": [
            {
                "action_id": "checkpost_address_form",
                "block_id": "checkpost-preferences",
                "type": "static_select",
                "action_ts": "1700000004.0",
                "selected_option": {
                    "text": {"type": "plain_text", "text": "Vouvoiement"},
                    "value": value,
                },
            }
        ],
    }
    return {"payload": json.dumps(payload)}


def message_shortcut(
    text: str, response_url: str, *, author: str = USER, user: str = USER
) -> dict[str, str]:
    payload = {
        "type": "message_action",
        "token": "Nj2rfC2hU8mAfgaJLemZgO7H",
        "action_ts": "1700000005.000500",
        "team": {"id": TEAM_ID, "domain": "acme"},
        "user": {"id": user, "name": "camille"},
        "channel": {"id": CHANNEL, "name": "general"},
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": "checkpost_review",
        "trigger_id": "13345224609.8534564800.6f8ab1f53e13d0cd15f96106292d5536",
        "response_url": response_url,
        "message_ts": "1699999999.000900",
        "message": {
            "type": "message",
            "user": author,
            "ts": "1699999999.000900",
            "text": text,
            "client_msg_id": str(uuid.uuid4()),
        },
    }
    return {"payload": json.dumps(payload, ensure_ascii=False)}


def url_verification(challenge: str) -> dict[str, Any]:
    return {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "challenge": challenge, "type": "url_verification"}
