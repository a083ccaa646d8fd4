"""Requests signed exactly as Slack signs them: `v0:` + timestamp + `:` + raw body, HMAC-SHA256."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5-test"


def signature(secret: str, timestamp: str, body: bytes) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(
    body: bytes,
    *,
    content_type: str,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "content-type": content_type,
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": signature(secret, stamp, body),
        **(extra or {}),
    }


def form_body(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode()


def json_body(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
