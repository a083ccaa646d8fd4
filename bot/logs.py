"""Logging: plain text for people, one JSON object a line for machines; secrets masked.

`configure_logging("json")` (CHECKPOST_LOG_FORMAT=json, the container's default) writes
`{"time", "level", "logger", "message", "request_id", "draft_id"?, "exception"?}` lines.
Draft text never reaches a log: code logs draft ids, counts and kinds, never a draft. As a
second line of defence, anything shaped like a Slack or Teams token or secret is masked.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Literal, TextIO

from bot.metrics import count_logged_error

LogFormat = Literal["text", "json"]

request_id: ContextVar[str | None] = ContextVar("checkpost_request_id", default=None)
draft_id: ContextVar[str | None] = ContextVar("checkpost_draft_id", default=None)


def bind_draft_id(value: str) -> None:
    """Log lines written after this, in this request (and its threads), carry the draft id."""
    draft_id.set(value)


MASK = "[masqué]"
SECRET_PATTERNS = (
    re.compile(r"\bxox[abposre]-[A-Za-z0-9-]{6,}"),  # Slack bot, user, refresh tokens
    re.compile(r"\bxoxe\.xox[bp]-[A-Za-z0-9-]{6,}"),  # Slack rotating tokens
    re.compile(r"\bxapp-\d-[A-Za-z0-9-]{6,}"),  # Slack app-level (Socket Mode) tokens
    re.compile(r"https://hooks\.slack\.com/\S+"),  # Slack incoming webhooks
    re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),  # JWTs (Teams)
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{8,}"),  # Authorization headers
    re.compile(r"\b[A-Za-z0-9_.-]{3}\dQ~[A-Za-z0-9_.~-]{30,}"),  # Azure client secrets
    re.compile(r"\bgAAAAA[A-Za-z0-9_=-]{20,}"),  # Fernet tokens (encrypted OAuth tokens)
)
NAMED_SECRET = re.compile(
    r"(?i)\b((?:client_|signing_|app_)?(?:secret|password|token|api_key|secret_key)"
    r"[\"']?\s*[=:]\s*[\"']?)([^\s\"'&,;]{4,})"
)
"""`password=...`, `"client_secret": "..."`, `token: ...`: the name stays, the value goes."""

JSON_EXTRAS = ("method", "route", "status", "duration_ms", "platform")
"""Content-free fields a call may pass with `extra=` that JSON lines carry."""


def redact(text: str, known: Iterable[str] = ()) -> str:
    for secret in known:
        if secret:
            text = text.replace(secret, MASK)
    for pattern in SECRET_PATTERNS:
        text = pattern.sub(MASK, text)
    return NAMED_SECRET.sub(lambda match: match.group(1) + MASK, text)


class RedactSecrets(logging.Filter):
    """On a handler: mask secrets in the message, the traceback and the stack of every record."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        super().__init__()
        self.known: set[str] = {secret for secret in known if len(secret) >= 8}

    def remember(self, *secrets: str | None) -> None:
        """Mask these exact values too (the configured tokens and keys)."""
        self.known.update(secret for secret in secrets if secret and len(secret) >= 8)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call must not break the caller
            message = str(record.msg)
        record.msg, record.args = redact(message, self.known), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.known)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.known)
        return True


class RequestContext(logging.Filter):
    """Stamp each record with the request id and draft id of the code that logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        fields = record.__dict__
        if fields.get("request_id") is None:
            fields["request_id"] = request_id.get()
        if fields.get("draft_id") is None:
            fields["draft_id"] = draft_id.get()
        if record.levelno >= logging.ERROR:
            count_logged_error(record.name)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line; only known, content-free fields."""

    def format(self, record: logging.LogRecord) -> str:
        fields = record.__dict__
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": fields.get("request_id"),
        }
        if fields.get("draft_id") is not None:
            line["draft_id"] = fields["draft_id"]
        line.update({key: fields[key] for key in JSON_EXTRAS if key in fields})
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False, default=str)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class CheckpostHandler(logging.StreamHandler[TextIO]):
    """The handler `configure_logging` installs (told apart from others' handlers)."""


def build_handler(log_format: LogFormat, stream: TextIO | None = None) -> logging.Handler:
    """A stream handler with the context stamp, the secret mask and the chosen format."""
    handler = CheckpostHandler(stream or sys.stderr)
    handler.addFilter(RequestContext())
    handler.addFilter(RedactSecrets())
    handler.setFormatter(
        JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
    )
    return handler


def configure_logging(log_format: LogFormat = "text", level: int = logging.INFO) -> None:
    """One root handler for the process; uvicorn's loggers reach it (serve: log_config=None).

    Like `logging.basicConfig`, it leaves a root logger that already has someone else's
    handlers alone (pytest, a host application); it replaces its own on a second call.
    """
    root = logging.getLogger()
    if any(not isinstance(handler, CheckpostHandler) for handler in root.handlers):
        return
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(build_handler(log_format))
    root.setLevel(level)


def remember_secrets(*secrets: str | None) -> None:
    """Tell every root handler's mask about the configured secret values."""
    for handler in logging.getLogger().handlers:
        for item in handler.filters:
            if isinstance(item, RedactSecrets):
                item.remember(*secrets)
