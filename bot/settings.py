"""Settings: the only reader of the environment (and of `.env`)."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger(__name__)

VAR_DIR = Path("var")
MIN_SECRET_CHARS = 32
PLACEHOLDER_WORDS = ("change-me", "changeme", "not-for-production", "example", "valeur-aleatoire")
"""A production secret containing one of these was copied from a document or a test."""


class Settings(BaseSettings):
    """Everything checkpost reads from the environment. Defaults run locally."""

    # An empty value (`CHECKPOST_MODEL_DIR=` as in .env.example) means "not set", not "." or "".
    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", populate_by_name=True, env_ignore_empty=True
    )

    environment: Literal["development", "production"] = Field("development", alias="CHECKPOST_ENV")
    var_dir: Path = Field(VAR_DIR, alias="CHECKPOST_VAR_DIR")
    database_url: str = Field("", alias="DATABASE_URL")
    model_dir: Path | None = Field(None, alias="CHECKPOST_MODEL_DIR")
    base_model: str | None = Field(None, alias="CHECKPOST_BASE_MODEL")
    policy_file: Path | None = Field(None, alias="CHECKPOST_POLICY")
    secret_key: SecretStr | None = Field(None, alias="CHECKPOST_SECRET_KEY")
    admin_password: SecretStr | None = Field(None, alias="CHECKPOST_ADMIN_PASSWORD")
    """The /admin password; unset (or empty), the admin pages say they are disabled."""
    retention_days: int = Field(90, alias="CHECKPOST_RETENTION_DAYS", ge=1)
    checks_per_minute: int = Field(30, alias="CHECKPOST_CHECKS_PER_MINUTE", ge=1)
    scheduler_enabled: bool = Field(True, alias="CHECKPOST_SCHEDULER")
    scheduler_interval: float = Field(60.0, alias="CHECKPOST_SCHEDULER_INTERVAL", gt=0)
    host: str = Field("127.0.0.1", alias="CHECKPOST_HOST")
    port: int = Field(8000, alias="CHECKPOST_PORT")
    log_format: Literal["text", "json"] = Field("text", alias="CHECKPOST_LOG_FORMAT")
    """text: for people at a terminal; json: one object a line (the container image's default)."""

    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_client_id: str | None = Field(None, alias="SLACK_CLIENT_ID")
    slack_client_secret: SecretStr | None = Field(None, alias="SLACK_CLIENT_SECRET")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    slack_socket_mode: bool = Field(False, alias="SLACK_SOCKET_MODE")

    microsoft_app_id: str | None = Field(None, alias="MICROSOFT_APP_ID")
    microsoft_app_password: SecretStr | None = Field(None, alias="MICROSOFT_APP_PASSWORD")
    microsoft_app_tenant_id: str | None = Field(None, alias="MICROSOFT_APP_TENANT_ID")
    teams_anonymous: bool = Field(False, alias="CHECKPOST_TEAMS_ANONYMOUS")

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.var_dir / 'checkpost.db'}"

    @property
    def models_dir(self) -> Path:
        return self.var_dir / "models"

    @property
    def slack_enabled(self) -> bool:
        over_http = self.slack_signing_secret and (self.slack_bot_token or self.slack_client_id)
        over_socket = self.slack_socket_mode and self.slack_app_token and self.slack_bot_token
        return bool(over_http or over_socket)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id or self.teams_anonymous)


class SettingsError(RuntimeError):
    """Settings that cannot run safely (production without a real secret...)."""


def load_settings() -> Settings:
    """Read the environment, then make sure a secret key exists."""
    settings = Settings()
    if settings.secret_key is None or not settings.secret_key.get_secret_value().strip():
        settings.secret_key = SecretStr(_local_secret(settings))
    elif settings.environment == "production":
        _require_strong(settings.secret_key)
    return settings


def _require_strong(secret: SecretStr) -> None:
    value = secret.get_secret_value().strip()
    if any(word in value.casefold() for word in PLACEHOLDER_WORDS):
        raise SettingsError(
            "CHECKPOST_SECRET_KEY ressemble à une valeur d'exemple : en production, mettez une "
            'vraie clé aléatoire (python3 -c "import secrets; print(secrets.token_urlsafe(48))").'
        )
    if len(value) < MIN_SECRET_CHARS:
        raise SettingsError(
            f"CHECKPOST_SECRET_KEY est trop court pour la production (au moins "
            f'{MIN_SECRET_CHARS} caractères ; python3 -c "import secrets; '
            f'print(secrets.token_urlsafe(48))").'
        )


def _local_secret(settings: Settings) -> str:
    if settings.environment == "production":
        raise SettingsError(
            "CHECKPOST_SECRET_KEY est obligatoire en production (aucune valeur par défaut)."
        )
    path = settings.var_dir / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key, encoding="utf-8")
    path.chmod(0o600)
    log.warning(
        "CHECKPOST_SECRET_KEY absent: une clé locale a été générée dans %s "
        "(à remplacer par une vraie variable d'environnement en production).",
        path,
    )
    return key
