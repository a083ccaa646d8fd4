"""Property-based fuzzing of the request parsers, through the real server: whatever a signed
Slack body, an authenticated Teams activity or a /api/check body holds, never a 5xx.

`Coach.review` itself is fuzzed in tests/coaching/test_properties.py (any text, any bytes).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.slack.commands import parse_command as slack_command
from bot.slack.markup import escape, plain_text
from bot.teams.commands import parse_command as teams_command
from tests.bot.slack import signing
from tests.bot.slack.payloads import (
    address_choice,
    block_actions,
    direct_message,
    event_callback,
    message_shortcut,
    slash_command,
)
from tests.bot.teams.conftest import personal_message
from tests.privacy.stack import Stack

HTTP_EXAMPLES = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
TEXT = st.text(max_size=300) | st.sampled_from(
    ["", " ", "aide", "mes-donnees", "oublie-moi", "tips on"]
)


SLACK_EVENT = st.fixed_dictionaries(
    {"type": st.sampled_from(["message", "message", "app_home_opened", "app_mention"])},
    optional={
        "user": st.sampled_from(["U0FUZZ1", "U0FUZZ2"]),
        "text": TEXT,
        "channel_type": st.sampled_from(["im", "channel", "group", "mpim"]),
        "subtype": st.sampled_from(["bot_message", "message_changed", "file_share"]),
        "thread_ts": st.just("1700000000.000001"),
        "tab": st.sampled_from(["home", "messages"]),
    },
)
"""Plausible changes to a direct message event."""
EVENT_FIELDS = st.sampled_from(
    ["type", "user", "text", "channel", "channel_type", "subtype", "bot_id", "ts", "team", "tab"]
)
ENVELOPE_FIELDS = st.sampled_from(
    ["team_id", "type", "event_id", "authorizations", "enterprise_id", "api_app_id", "event"]
)


@HTTP_EXAMPLES
@given(
    changes=SLACK_EVENT,
    garbage=st.none() | st.tuples(EVENT_FIELDS, JSON),
    envelope=st.none() | st.tuples(ENVELOPE_FIELDS, JSON),
)
def test_signed_slack_events_never_crash(
    shared_stack: Stack,
    changes: dict[str, Any],
    garbage: tuple[str, Any] | None,
    envelope: tuple[str, Any] | None,
) -> None:
    """Events, plausible or with one bad field in the event or in its envelope."""
    event = {**direct_message("Bonjour"), **changes}
    if garbage is not None:
        event[garbage[0]] = garbage[1]
    body = event_callback(event)
    if envelope is not None:
        body[envelope[0]] = envelope[1]
    response = shared_stack.slack.post(signing.json_body(body), signing.JSON)
    assert response.status_code < 500, response.text


@HTTP_EXAMPLES
@given(
    fields=st.dictionaries(
        st.sampled_from(
            ["text", "user_id", "team_id", "channel_id", "command", "response_url", "trigger_id"]
        ),
        st.text(max_size=200),
    ),
    dropped=st.sets(st.sampled_from(["user_id", "team_id", "channel_id", "response_url"])),
)
def test_signed_slash_commands_never_crash(
    shared_stack: Stack, fields: dict[str, str], dropped: set[str]
) -> None:
    form = slash_command("", shared_stack.fake_slack.response_url("fuzz"))
    form.update(fields)
    for name in dropped:
        form.pop(name, None)
    response = shared_stack.slack.form(form)
    assert response.status_code < 500, response.text


ACTION_IDS = st.sampled_from(
    ["checkpost_feedback_useful", "checkpost_feedback_not_relevant", "checkpost_address_form"]
)
INTERACTION_FIELDS = st.sampled_from(
    [
        "type",
        "user",
        "actions",
        "callback_id",
        "message",
        "team",
        "view",
        "container",
        "response_url",
        "channel",
        "enterprise",
        "is_enterprise_install",
        "trigger_id",
    ]
)


def _interaction(kind: str, action_id: str, value: str, text: str, url: str) -> dict[str, Any]:
    if kind == "shortcut":
        return dict(json.loads(message_shortcut(text, url)["payload"]))
    if action_id == "checkpost_address_form":
        return dict(json.loads(address_choice(value)["payload"]))
    form = block_actions(action_id, value, "checkpost-feedback-1", response_url=url, message=None)
    return dict(json.loads(form["payload"]))


@HTTP_EXAMPLES
@given(
    kind=st.sampled_from(["shortcut", "action"]),
    action_id=ACTION_IDS,
    value=st.text(max_size=80) | st.sampled_from(["tu", "vous", "tone|insult|" + "a" * 64]),
    text=TEXT,
    garbage=st.none() | st.tuples(INTERACTION_FIELDS, JSON),
)
def test_signed_interactions_never_crash(
    shared_stack: Stack,
    kind: str,
    action_id: str,
    value: str,
    text: str,
    garbage: tuple[str, Any] | None,
) -> None:
    """Buttons, the App Home menu and the shortcut, with any value, now and then a bad field."""
    url = shared_stack.fake_slack.response_url("fuzz")
    payload = _interaction(kind, action_id, value, text, url)
    if garbage is not None:
        payload[garbage[0]] = garbage[1]
    body = signing.form_body({"payload": json.dumps(payload)})
    response = shared_stack.slack.post(body, signing.FORM)
    assert response.status_code < 500, response.text


TEAMS_CHANGES = st.fixed_dictionaries(
    {"type": st.sampled_from(["message", "message", "invoke", "conversationUpdate", "event"])},
    optional={
        "text": TEXT,
        "name": st.sampled_from(["adaptiveCard/action", "unknown/x"]),
        "value": st.fixed_dictionaries(
            {"verb": st.just("checkpost.feedback")},
            optional={"useful": JSON, "axis": JSON, "kind": JSON, "term": JSON, "action": JSON},
        ),
        "conversation": st.fixed_dictionaries(
            {"id": st.sampled_from(["a:fuzz", "19:c@thread.tacv2"])},
            optional={"conversationType": st.sampled_from(["personal", "channel", "groupChat"])},
        ),
        "channelData": st.dictionaries(st.sampled_from(["tenant", "team", "channel"]), JSON),
        "entities": st.lists(st.dictionaries(st.sampled_from(["type", "mentioned", "text"]), JSON)),
        "membersAdded": st.lists(
            st.fixed_dictionaries({"id": st.sampled_from(["28:bot", "29:x"])})
        ),
        "replyToId": st.text(max_size=20),
    },
)
"""Plausible changes to a valid personal message."""
TEAMS_FIELDS = st.sampled_from(
    [
        "type",
        "text",
        "name",
        "value",
        "from",
        "conversation",
        "recipient",
        "channelData",
        "entities",
        "membersAdded",
        "replyToId",
        "textFormat",
        "locale",
        "attachments",
    ]
)


@HTTP_EXAMPLES
@given(changes=TEAMS_CHANGES, garbage=st.none() | st.tuples(TEAMS_FIELDS, JSON))
def test_authenticated_teams_activities_never_crash(
    shared_stack: Stack, changes: dict[str, Any], garbage: tuple[str, Any] | None
) -> None:
    """Plausible activities, and now and then one field holding any JSON at all."""
    body = {**personal_message(shared_stack.teams.service_url, "Bonjour"), **changes}
    if garbage is not None:
        body[garbage[0]] = garbage[1]
    response = shared_stack.teams_activity(body)
    assert response.status_code < 500, response.text


@HTTP_EXAMPLES
@given(body=JSON | st.fixed_dictionaries({"text": TEXT}) | st.binary(max_size=200))
def test_api_check_never_crashes(shared_stack: Stack, body: Any) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = shared_stack.http.post(
        "/api/check", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code < 500, response.text
    assert (
        response.json().get("guidance") or response.json().get("error") or response.json()["detail"]
    )


# The parsers' pure parts, many more examples ------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_slack_markup_round_trip_never_pings(text: str) -> None:
    shown = escape(plain_text(text))
    assert "<" not in shown and ">" not in shown
    slack_command(text)
    teams_command(text)
