"""How a tip reaches a channel: Slack's Web API (chat.postMessage), Teams proactive messages.

Both implement `bot.tips_service.TipSender`. Failures become `TipSendError` with a short
code (never the text); the scheduler retries them with backoff. Only rate limits (429,
`Retry-After`) and dropped connections are retried inside a single attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings
from bot.tips_service import SubscriptionView, TipSender, TipSendError

log = logging.getLogger(__name__)
SlackTokens = Callable[[SubscriptionView], Awaitable[str | None]]
TeamsSend = Callable[[str, str], Awaitable[None]]
"""`app.state.teams.send_to_conversation(reference_json, text)` (bot.teams.proactive)."""
PERMANENT_SLACK_ERRORS = frozenset(
    {
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "account_inactive",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "missing_scope",
        "restricted_action",
        "no_token",
    }
)


class SlackTipSender:
    """chat.postMessage in the subscribed channel, on SLACK_API_URL."""

    def __init__(self, api_url: str, tokens: SlackTokens, *, timeout: int = 20) -> None:
        self._api_url = api_url if api_url.endswith("/") else api_url + "/"
        self._tokens = tokens
        self._timeout = timeout

    async def send_tip(self, subscription: SubscriptionView, text: str) -> None:
        token = await self._tokens(subscription)
        if not token:
            raise TipSendError("no_token", permanent=True)
        client = AsyncWebClient(
            token=token,
            base_url=self._api_url,
            timeout=self._timeout,
            retry_handlers=[
                AsyncConnectionErrorRetryHandler(max_retry_count=1),
                AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            ],
        )
        try:
            await client.chat_postMessage(
                channel=subscription.channel_id,
                text=slack_escape(text),
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            code = str(exc.response.get("error") or f"http_{exc.response.status_code}")
            raise TipSendError(code, permanent=code in PERMANENT_SLACK_ERRORS) from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise TipSendError(type(exc).__name__) from exc


def slack_escape(text: str) -> str:
    """Slack's three control characters, escaped as its docs ask."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_tokens(
    settings: Settings, installations: AsyncInstallationStore | None = None
) -> SlackTokens:
    """The workspace's bot token from the OAuth installations, else SLACK_BOT_TOKEN."""
    static = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None

    async def token_for(subscription: SubscriptionView) -> str | None:
        if installations is not None and subscription.team_id:
            bot = await installations.async_find_bot(
                enterprise_id=None, team_id=subscription.team_id
            )
            if bot is not None and bot.bot_token:
                return str(bot.bot_token)
        return static

    return token_for


class TeamsTipSender:
    """A proactive message to the conversation reference saved by `tips on` in Teams."""

    def __init__(self, send_to_conversation: TeamsSend) -> None:
        self._send = send_to_conversation

    async def send_tip(self, subscription: SubscriptionView, text: str) -> None:
        if not subscription.conversation_reference:
            raise TipSendError("no_conversation_reference", permanent=True)
        await self._send(subscription.conversation_reference, text.replace("\n", "\n\n"))


def tip_senders(
    settings: Settings,
    *,
    slack_installations: AsyncInstallationStore | None = None,
    teams_send: TeamsSend | None = None,
) -> dict[str, TipSender]:
    """One sender per platform that can deliver from this process."""
    senders: dict[str, TipSender] = {}
    if settings.slack_bot_token is not None or slack_installations is not None:
        tokens = slack_tokens(settings, slack_installations)
        senders["slack"] = SlackTipSender(settings.slack_api_url, tokens)
    if teams_send is not None:
        senders["teams"] = TeamsTipSender(teams_send)
    return senders


def server_senders(state: Any, settings: Settings) -> dict[str, TipSender]:
    """The senders of a running app: Slack's bolt installations, Teams' proactive sender.

    `state` is the FastAPI `app.state` after `mount_slack` / `mount_teams` ran."""
    bolt = getattr(state, "slack", None)
    teams = getattr(state, "teams", None)
    return tip_senders(
        settings,
        slack_installations=getattr(bolt, "installation_store", None),
        teams_send=getattr(teams, "send_to_conversation", None),
    )
