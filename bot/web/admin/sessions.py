"""The admin session: a cookie signed with the server secret (itsdangerous), holding a CSRF
token and whether the password was given. Changing the password ends every session."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from bot.settings import Settings

COOKIE = "checkpost_admin"
COOKIE_PATH = "/admin"
MAX_AGE_SECONDS = 8 * 3600
_SALT = "checkpost-admin-session"


@dataclass(frozen=True, slots=True)
class AdminSession:
    csrf: str
    signed_in: bool = False


def fresh_session(*, signed_in: bool = False) -> AdminSession:
    return AdminSession(secrets.token_urlsafe(32), signed_in)


class SessionSigner:
    def __init__(self, secret: str, password: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt=_SALT)
        digest = hmac.new(secret.encode(), password.encode(), hashlib.sha256).hexdigest()
        self._password_tag = digest[:16]

    def dumps(self, session: AdminSession) -> str:
        payload = {"csrf": session.csrf, "in": session.signed_in, "pw": self._password_tag}
        return str(self._serializer.dumps(payload))

    def loads(self, cookie: str | None) -> AdminSession | None:
        """The session in a cookie, or None if absent, forged, expired or for an old password."""
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=MAX_AGE_SECONDS)
        except BadSignature:  # SignatureExpired is a BadSignature
            return None
        if not isinstance(data, dict) or data.get("pw") != self._password_tag:
            return None
        csrf = data.get("csrf")
        if not isinstance(csrf, str) or len(csrf) < 32:
            return None
        return AdminSession(csrf, data.get("in") is True)


def signer_for(settings: Settings) -> SessionSigner | None:
    """None when admin is disabled (no password set)."""
    password = admin_password(settings)
    secret = settings.secret_key.get_secret_value() if settings.secret_key else ""
    if password is None or not secret:
        return None
    return SessionSigner(secret, password)


def admin_password(settings: Settings) -> str | None:
    value = settings.admin_password.get_secret_value() if settings.admin_password else ""
    return value or None


def password_matches(settings: Settings, given: str) -> bool:
    expected = admin_password(settings)
    if expected is None:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def same_token(given: object, expected: str) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())
