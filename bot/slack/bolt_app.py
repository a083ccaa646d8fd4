"""The bolt AsyncApp: single-workspace (bot token) or multi-workspace (OAuth), same listeners."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse

from bot.runtime import Runtime
from bot.slack.delivery import web_client
from bot.slack.installation import DatabaseStateStore, EncryptedInstallationStore
from bot.slack.listeners import register_listeners
from bot.slack.retries import DeliveryLog, skip_redeliveries
from bot.slack.services import Services
from bot.slack.tokens import TokenCipher
from coaching.address import AddressForm
from coaching.copy_fr import slack as copy

log = logging.getLogger(__name__)
BOLT_LOG = logging.getLogger("slack_bolt.checkpost")
"""bolt's own lines stay under `slack_bolt`, which mount_slack keeps at INFO or above."""

BOT_SCOPES = ("chat:write", "commands", "im:history")
"""Exactly the scopes of slack/manifest.yaml (a test keeps them equal)."""
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"


def build_bolt_app(runtime: Runtime, services: Services) -> AsyncApp:
    settings = runtime.settings
    signing = settings.slack_signing_secret
    common: dict[str, Any] = {
        "name": "checkpost",
        "signing_secret": signing.get_secret_value() if signing else None,
        "request_verification_enabled": signing is not None,
        "process_before_response": False,
        "user_facing_authorize_error_message": copy.REINSTALL.say(AddressForm.TU),
    }
    if settings.slack_client_id and settings.slack_client_secret:
        app = _multi_workspace_app(runtime, common)
    else:
        token = settings.slack_bot_token
        app = AsyncApp(
            client=web_client(settings, token.get_secret_value() if token else None), **common
        )
    app.use(skip_redeliveries(DeliveryLog(runtime.sessions)))
    app.error(log_failure)
    register_listeners(app, services)
    return app


def _multi_workspace_app(runtime: Runtime, common: dict[str, Any]) -> AsyncApp:
    settings = runtime.settings
    client_id = str(settings.slack_client_id)
    client_secret = settings.slack_client_secret.get_secret_value()  # type: ignore[union-attr]
    secret = settings.secret_key.get_secret_value() if settings.secret_key else ""
    store = EncryptedInstallationStore(client_id, runtime.engine, TokenCipher(secret))
    client = web_client(settings)
    oauth = AsyncOAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(BOT_SCOPES),
        user_scopes=[],
        installation_store=store,
        state_store=DatabaseStateStore(runtime.engine),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        logger=BOLT_LOG,
    )
    authorize = AsyncInstallationStoreAuthorize(
        installation_store=store,
        client_id=client_id,
        client_secret=client_secret,
        client=client,
        logger=BOLT_LOG,
    )
    app = AsyncApp(
        client=client,
        installation_store=store,
        oauth_settings=oauth,
        authorize=authorize,  # type: ignore[arg-type]  # bolt takes an AsyncAuthorize too
        **common,
    )
    app.enable_token_revocation_listeners()
    return app


SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError)


async def log_failure(
    error: Exception, response: BoltResponse | None = None
) -> BoltResponse | None:
    """bolt's error hook: the error's type only, never the payload or its message.

    The signature was checked before bolt saw the request: a payload bolt trips over (a
    field of the wrong type...) is the sender's error, a 400 that Slack will not retry.
    """
    log.error("slack : erreur non gérée : %s", type(error).__name__)
    if response is not None and response.status >= 500 and isinstance(error, SHAPE_ERRORS):
        return BoltResponse(status=400, body="")
    return None
