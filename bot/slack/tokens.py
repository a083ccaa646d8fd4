"""OAuth tokens encrypted at rest: Fernet, with a key derived from CHECKPOST_SECRET_KEY."""

from __future__ import annotations

import base64
import logging

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger(__name__)

_INFO = b"checkpost:slack-oauth-tokens:v1"


class TokenCipher:
    """Encrypts and decrypts the token columns of bolt's installation rows."""

    def __init__(self, secret_key: str) -> None:
        if not secret_key:
            raise ValueError("CHECKPOST_SECRET_KEY is required to store Slack tokens")
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(
            secret_key.encode()
        )
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    def encrypt(self, value: str | None) -> str | None:
        if value is None:
            return None
        return self._fernet.encrypt(value.encode()).decode("ascii")

    def decrypt(self, value: str | None) -> str | None:
        """The plain token, or None when it cannot be read (the key changed, say)."""
        if value is None:
            return None
        try:
            return self._fernet.decrypt(value.encode("ascii")).decode()
        except (InvalidToken, UnicodeError):
            log.warning(
                "Jeton Slack illisible : CHECKPOST_SECRET_KEY a-t-elle changé ? "
                "Réinstallez l'application dans l'espace de travail concerné."
            )
            return None
