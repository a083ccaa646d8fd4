"""Socket Mode: the same bolt app, reached over a WebSocket that checkpost opens itself.

For companies that cannot expose a public URL. Started with the FastAPI app's lifespan,
retried with backoff until Slack answers, closed on shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

log = logging.getLogger(__name__)
_MAX_WAIT = 60.0


def attach_socket_mode(app: FastAPI, bolt: AsyncApp, app_token: str) -> None:
    """Wrap the app's lifespan so the Socket Mode connection lives as long as the server."""
    previous = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(fastapi_app: FastAPI) -> AsyncIterator[Any]:
        async with previous(fastapi_app) as state:
            handler = AsyncSocketModeHandler(bolt, app_token, web_client=bolt.client)
            task = asyncio.create_task(_connect(handler))
            try:
                yield state
            finally:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                await handler.close_async()  # type: ignore[no-untyped-call]

    app.router.lifespan_context = lifespan


async def _connect(handler: AsyncSocketModeHandler) -> None:
    wait = 1.0
    while True:
        try:
            await handler.connect_async()  # type: ignore[no-untyped-call]
            log.info("Slack (Socket Mode) : connecté")
            return
        except Exception as exc:
            log.warning(
                "Slack (Socket Mode) : connexion impossible (%s), nouvel essai dans %.0f s",
                type(exc).__name__,
                wait,
            )
            await asyncio.sleep(wait)
            wait = min(wait * 2, _MAX_WAIT)
