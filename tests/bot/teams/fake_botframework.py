"""A loopback Bot Framework: Entra/Bot Framework sign-in (OpenID metadata, JWKS, token
endpoint) and a Connector that records what the bot posts.

The Agents SDK hard-codes its key URLs (https://login.botframework.com/v1/.well-known/keys,
https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys) and MSAL insists on an
https authority it knows. So this fake is also an HTTPS proxy: with HTTPS_PROXY pointing here
and its test CA trusted (SSL_CERT_FILE, REQUESTS_CA_BUNDLE), the SDK's unmodified code —
PyJWKClient through urllib, MSAL through requests — reaches it under the real host names.
The Connector is plain HTTP at `service_url` (the activity says where replies go).
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import ssl
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from jwt.algorithms import RSAAlgorithm

APP_ID = "0b5f7a4e-3c1d-4e8a-9f2b-6d7c8e9fa0b1"
APP_PASSWORD = "fake-client-secret"
TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47"
BOT_FRAMEWORK_ISSUER = "https://api.botframework.com"
BOT_FRAMEWORK_AUDIENCE = "https://api.botframework.com"
HOSTS = ("login.botframework.com", "login.microsoftonline.com")


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Posted:
    """One call the bot made to the Connector."""

    path: str
    conversation_id: str
    reply_to: str | None
    body: dict[str, Any]
    authorization: str | None


@dataclass
class FakeBotFramework:
    workdir: Path
    signing_key: rsa.RSAPrivateKey = field(default_factory=new_key)
    kid: str = field(default_factory=lambda: f"fake-{uuid.uuid4().hex[:12]}")
    """Unique per fake: the SDK caches JWKS per URL, a new kid makes it fetch again."""
    expected_app_id: str | None = APP_ID
    """None: the Connector accepts calls without a token (anonymous mode)."""
    posted: list[Posted] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)
    token_requests: list[dict[str, list[str]]] = field(default_factory=list)
    failures: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.ca_file, self.tls = _tls_context(self.workdir)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.fake = self  # type: ignore[attr-defined]
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def service_url(self) -> str:
        return f"{self.url}/teams/"

    def proxy_environment(self) -> dict[str, str]:
        proxy = self.url
        return {
            "HTTPS_PROXY": proxy,
            "https_proxy": proxy,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "SSL_CERT_FILE": str(self.ca_file),
            "REQUESTS_CA_BUNDLE": str(self.ca_file),
        }

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self.lock:
            self.posted.clear()
            self.created.clear()
            self.failures.clear()
            self.expected_app_id = APP_ID

    def fail_next(self, *statuses: int) -> None:
        """The next Connector calls answer these statuses (e.g. 429, then 503)."""
        with self.lock:
            self.failures.extend(statuses)

    def messages(self) -> list[Posted]:
        with self.lock:
            return [item for item in self.posted if item.body.get("type") == "message"]

    # Tokens -------------------------------------------------------------------------

    def jwks(self) -> dict[str, Any]:
        key = RSAAlgorithm.to_jwk(self.signing_key.public_key(), as_dict=True)
        key.update(kid=self.kid, use="sig", alg="RS256", endorsements=["msteams"])
        return {"keys": [key]}

    def channel_token(
        self,
        *,
        key: rsa.RSAPrivateKey | None = None,
        service_url: str | None = None,
        **claims: Any,
    ) -> str:
        """What the Bot Framework channel sends the bot: iss api.botframework.com, aud app id."""
        now = int(time.time())
        payload: dict[str, Any] = {
            "iss": BOT_FRAMEWORK_ISSUER,
            "aud": APP_ID,
            "nbf": now - 10,
            "iat": now - 10,
            "exp": now + 3600,
            "serviceurl": service_url or self.service_url,
        }
        payload.update(claims)
        return sign(payload, key or self.signing_key, self.kid)

    def _outbound_token(self, client_id: str) -> str:
        now = int(time.time())
        return sign(
            {
                "iss": f"https://sts.windows.net/{TENANT_ID}/",
                "aud": BOT_FRAMEWORK_AUDIENCE,
                "appid": client_id,
                "tid": TENANT_ID,
                "iat": now,
                "nbf": now,
                "exp": now + 3600,
            },
            self.signing_key,
            self.kid,
        )

    def connector_accepts(self, authorization: str | None) -> bool:
        if self.expected_app_id is None:
            return True
        scheme, _, token = (authorization or "").partition(" ")
        if scheme != "Bearer":
            return False
        try:
            claims = jwt.decode(
                token,
                self.signing_key.public_key(),
                algorithms=["RS256"],
                audience=BOT_FRAMEWORK_AUDIENCE,
            )
        except jwt.PyJWTError:
            return False
        return bool(claims.get("appid") == self.expected_app_id)


def sign(payload: dict[str, Any], key: rsa.RSAPrivateKey, kid: str) -> str:
    return jwt.encode(payload, key, algorithm="RS256", headers={"kid": kid})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    @property
    def fake(self) -> FakeBotFramework:
        return self.server.fake  # type: ignore[attr-defined,no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_CONNECT(self) -> None:
        """Become the requested https host: answer 200, then speak TLS with the test CA."""
        self.send_response(200, "Connection Established")
        self.end_headers()
        self.wfile.flush()
        tunnel = self.fake.tls.wrap_socket(self.connection, server_side=True)
        self.connection = self.tunnel = tunnel
        self.rfile = tunnel.makefile("rb")
        self.wfile = tunnel.makefile("wb")
        self.close_connection = False

    def finish(self) -> None:
        super().finish()
        tunnel: ssl.SSLSocket | None = getattr(self, "tunnel", None)
        if tunnel is not None:
            tunnel.close()

    def _forwarded(self) -> bool:
        """Also a plain-HTTP forward proxy: Teams needs HTTPS_PROXY pointing here (the SDK
        hard-codes its sign-in hosts) and slack_sdk then sends every Web API call through
        that proxy too (it ignores NO_PROXY), so plain-HTTP requests for another loopback
        fake (Slack's) are passed on to it unchanged."""
        if not self.path.startswith("http://"):
            return False
        target = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        skip = {"host", "connection", "proxy-connection", "content-length"}
        headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
        connection = http.client.HTTPConnection(target.hostname or "", target.port, timeout=30)
        query = f"?{target.query}" if target.query else ""
        connection.request(self.command, target.path + query, body or None, headers)
        answer = connection.getresponse()
        data = answer.read()
        connection.close()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in {"transfer-encoding", "connection", "content-length"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        return True

    def do_GET(self) -> None:
        if self._forwarded():
            return
        path = urlsplit(self.path).path
        if path.endswith("/keys"):
            self._json(200, self.fake.jwks())
        elif path.endswith("/.well-known/openid-configuration"):
            self._json(200, _openid_metadata(path.split("/")[1]))
        elif path.endswith("/discovery/instance"):
            self._json(200, {"tenant_discovery_endpoint": _metadata_url(TENANT_ID)})
        else:
            self._json(404, {"error": "unknown"})

    def do_POST(self) -> None:
        if self._forwarded():
            return
        path = urlsplit(self.path).path
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        if path.endswith("/oauth2/v2.0/token"):
            self._token(parse_qs(body.decode()))
        elif path.startswith("/teams/v3/conversations"):
            self._connector(path.removeprefix("/teams/v3/conversations"), json.loads(body or b"{}"))
        else:
            self._json(404, {"error": "unknown"})

    def _token(self, form: dict[str, list[str]]) -> None:
        with self.fake.lock:
            self.fake.token_requests.append(form)
        client_id = form.get("client_id", [""])[0]
        if client_id != APP_ID or form.get("client_secret", [""])[0] != APP_PASSWORD:
            self._json(401, {"error": "invalid_client"})
            return
        token = self.fake._outbound_token(client_id)
        self._json(
            200,
            {
                "token_type": "Bearer",
                "expires_in": 3599,
                "ext_expires_in": 3599,
                "access_token": token,
            },
        )

    def _connector(self, rest: str, body: dict[str, Any]) -> None:
        fake = self.fake
        authorization = self.headers.get("authorization")
        if not fake.connector_accepts(authorization):
            self._json(401, {"error": "unauthorized"})
            return
        with fake.lock:
            status = fake.failures.pop(0) if fake.failures else 0
        if status:
            self._json(status, {"error": "injected"}, {"Retry-After": "0"})
            return
        if rest in ("", "/"):
            with fake.lock:
                fake.created.append(body)
            member = (body.get("members") or [{}])[0].get("id", "someone")
            self._json(201, {"id": f"a:personal-{member}", "activityId": str(uuid.uuid4())})
            return
        parts = rest.strip("/").split("/")
        posted = Posted(
            self.path, parts[0], parts[2] if len(parts) > 2 else None, body, authorization
        )
        with fake.lock:
            fake.posted.append(posted)
        self._json(200, {"id": str(uuid.uuid4())})

    def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _metadata_url(tenant: str) -> str:
    return f"https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration"


def _openid_metadata(tenant: str) -> dict[str, Any]:
    base = f"https://login.microsoftonline.com/{tenant}"
    return {
        "issuer": f"{base}/v2.0",
        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
        "token_endpoint": f"{base}/oauth2/v2.0/token",
        "jwks_uri": f"{base}/discovery/v2.0/keys",
        "response_types_supported": ["code", "id_token", "token"],
        "id_token_signing_alg_values_supported": ["RS256"],
    }


def _tls_context(workdir: Path) -> tuple[Path, ssl.SSLContext]:
    """A throwaway CA and a server certificate for the sign-in hosts, signed by it."""
    ca_key, server_key = new_key(), new_key()
    now = dt.datetime.now(dt.UTC)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "checkpost test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOSTS[0])]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(host) for host in HOSTS]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = (workdir / name for name in ("ca.pem", "server.pem", "key.pem"))
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return ca_file, context


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        key_encipherment=not ca,
        content_commitment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )
