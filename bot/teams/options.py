"""What Teams needs from the settings: app id, secret, tenant, and how much to trust."""

from __future__ import annotations

from dataclasses import dataclass

from bot.settings import Settings


class TeamsConfigError(ValueError):
    """Settings that cannot run Teams safely."""


@dataclass(frozen=True, slots=True)
class TeamsOptions:
    """A single-tenant Azure Bot registration, or anonymous mode for local tries.

    `trust_any_service_url` lets replies go to any service URL (the local Playground, a
    loopback fake); otherwise only Microsoft's hosts over https are accepted.
    """

    app_id: str = ""
    password: str = ""
    tenant_id: str = ""
    anonymous: bool = False
    trust_any_service_url: bool = False


def options_from(settings: Settings) -> TeamsOptions:
    """Auth on whenever MICROSOFT_APP_ID is set; anonymous only when asked, never in production."""
    if settings.teams_anonymous and not settings.microsoft_app_id:
        if settings.environment == "production":
            raise TeamsConfigError(
                "CHECKPOST_TEAMS_ANONYMOUS=true est refusé en production : "
                "renseignez MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD et MICROSOFT_APP_TENANT_ID."
            )
        return TeamsOptions(anonymous=True, trust_any_service_url=True)
    password = settings.microsoft_app_password
    missing = [
        name
        for name, value in (
            ("MICROSOFT_APP_ID", settings.microsoft_app_id),
            ("MICROSOFT_APP_PASSWORD", password.get_secret_value() if password else ""),
            ("MICROSOFT_APP_TENANT_ID", settings.microsoft_app_tenant_id),
        )
        if not value
    ]
    if missing:
        raise TeamsConfigError(f"Teams désactivé : {', '.join(missing)} manquant(s).")
    return TeamsOptions(
        app_id=settings.microsoft_app_id or "",
        password=password.get_secret_value() if password else "",
        tenant_id=settings.microsoft_app_tenant_id or "",
    )
