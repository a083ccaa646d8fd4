"""Talking to Slack: Web API clients on SLACK_API_URL, response_url posts, both retried.

429 waits for `Retry-After`; 500/502/503/504 and dropped connections are retried with
backoff (slack_sdk's retry handlers).
"""

from __future__ import annotations

import logging

from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.settings import Settings
from bot.slack.blocks import Message

log = logging.getLogger(__name__)
RETRIED_STATUSES = frozenset({500, 502, 503, 504})


class ServerErrorRetryHandler(AsyncServerErrorRetryHandler):
    """slack_sdk's handler retries 500 and 503 only; gateways fail with 502 and 504 too."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and response.status_code in RETRIED_STATUSES


def retry_handlers() -> list[AsyncRetryHandler]:
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=3),
    ]


def api_url(settings: Settings) -> str:
    url = settings.slack_api_url
    return url if url.endswith("/") else url + "/"


def web_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """Every Web API call goes through a client made here, so SLACK_API_URL is honoured."""
    return AsyncWebClient(token=token, base_url=api_url(settings), retry_handlers=retry_handlers())


async def post_response(url: str, message: Message, *, replace_original: bool = False) -> None:
    """An ephemeral answer through a `response_url` (only the person sees it)."""
    body = {"response_type": "ephemeral", "replace_original": replace_original}
    client = AsyncWebhookClient(url, retry_handlers=retry_handlers())
    response = await client.send_dict({**body, **message.payload()})
    if response.status_code >= 400:
        log.warning("slack : response_url a répondu %d", response.status_code)
