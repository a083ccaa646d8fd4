"""Who may post to /api/messages: a valid Bot Framework / Entra JWT, or anyone in anonymous mode.

The SDK's own validator does the work (JWKS, signature, expiry, audience, issuer allow-list);
any failure, of whatever kind, is a 401 here, never a 500.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from microsoft_agents.hosting.core import (
    AgentAuthConfiguration,
    ClaimsIdentity,
    JwtTokenValidator,
)

from bot.teams.options import TeamsOptions

log = logging.getLogger(__name__)
SERVICE_CONNECTION = "SERVICE_CONNECTION"


def auth_configuration(options: TeamsOptions) -> AgentAuthConfiguration:
    """Single tenant: the tenant's issuers plus Bot Framework's; issuer checked, not only aud."""
    return AgentAuthConfiguration(
        client_id=options.app_id or None,
        tenant_id=options.tenant_id or None,
        client_secret=options.password or None,
        connection_name=SERVICE_CONNECTION,
        anonymous_allowed=options.anonymous,
        validate_issuer=True,
    )


async def authenticate(
    configuration: AgentAuthConfiguration, header: str | None
) -> ClaimsIdentity | None:
    """The caller's claims, or None when it must be turned away (401)."""
    validator = JwtTokenValidator(configuration)
    if not header:
        return validator.get_anonymous_claims() if configuration.ANONYMOUS_ALLOWED else None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    try:
        return await validator.validate_token(token.strip())
    except Exception as exc:  # any flaw in any token is a refusal, never a crash
        log.warning("teams : jeton refusé (%s)", type(exc).__name__)
        return None


def service_url_matches(identity: ClaimsIdentity, activity: dict[str, Any]) -> bool:
    """A token bound to a service URL (claim `serviceurl`) may only ask replies to go there."""
    claimed = identity.get_claim_value("serviceurl")
    if not claimed:
        return True
    return _origin(str(claimed)) == _origin(str(activity.get("serviceUrl") or ""))


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url.strip())
    return parts.scheme.casefold(), parts.netloc.casefold()
