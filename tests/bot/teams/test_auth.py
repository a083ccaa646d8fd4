"""Every request to /api/messages is a valid JWT (single tenant) or a 401, never a 500."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from tests.bot.conftest import LiveServer, serve_in_thread
from tests.bot.conftest import test_settings as make_settings
from tests.bot.teams.conftest import build_app, personal_message, post_activity
from tests.bot.teams.fake_botframework import (
    APP_ID,
    APP_PASSWORD,
    BOT_FRAMEWORK_ISSUER,
    TENANT_ID,
    FakeBotFramework,
    new_key,
    sign,
)

OTHER_KEY = new_key()


def _refused(server: LiveServer, fake: FakeBotFramework, token: str | None) -> None:
    response = post_activity(server, personal_message(fake.service_url, "Bonjour"), token)
    assert response.status_code == 401, response.text
    assert fake.messages() == []


def test_no_token_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    _refused(teams_app, fake, None)


@pytest.mark.parametrize("header", ["Basic abc", "Bearer", "Bearer not-a-jwt", "Bearer a.b.c"])
def test_malformed_authorization_is_refused(
    teams_app: LiveServer, fake: FakeBotFramework, header: str
) -> None:
    with teams_app.client() as client:
        response = client.post(
            "/api/messages",
            headers={"Authorization": header},
            json=personal_message(fake.service_url, "Bonjour"),
        )
    assert response.status_code == 401


def test_wrong_signing_key_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    _refused(teams_app, fake, fake.channel_token(key=OTHER_KEY))


def test_unknown_key_id_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    now = int(time.time())
    claims = {
        "iss": BOT_FRAMEWORK_ISSUER,
        "aud": APP_ID,
        "exp": now + 600,
        "serviceurl": fake.service_url,
    }
    _refused(teams_app, fake, sign(claims, OTHER_KEY, kid="someone-elses-key"))


def test_token_without_key_id_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    import jwt

    claims = {"iss": BOT_FRAMEWORK_ISSUER, "aud": APP_ID, "exp": int(time.time()) + 600}
    _refused(teams_app, fake, jwt.encode(claims, fake.signing_key, algorithm="RS256"))


def test_wrong_audience_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    _refused(teams_app, fake, fake.channel_token(aud="11111111-2222-3333-4444-555555555555"))


def test_wrong_issuer_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    _refused(teams_app, fake, fake.channel_token(iss="https://issuer.example.com/"))


def test_other_tenant_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    other = "99999999-8888-7777-6666-555555555555"
    issuer = f"https://login.microsoftonline.com/{other}/v2.0"
    _refused(teams_app, fake, fake.channel_token(iss=issuer, tid=other))


def test_expired_token_is_refused(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    past = int(time.time()) - 3600
    _refused(teams_app, fake, fake.channel_token(exp=past, nbf=past - 60, iat=past - 60))


def test_service_url_other_than_the_tokens_is_refused(
    teams_app: LiveServer, fake: FakeBotFramework
) -> None:
    token = fake.channel_token(service_url="https://smba.trafficmanager.net/emea/")
    _refused(teams_app, fake, token)


def test_tenant_issued_token_is_accepted(teams_app: LiveServer, fake: FakeBotFramework) -> None:
    issuer = f"https://login.microsoftonline.com/{TENANT_ID}/v2.0"
    token = fake.channel_token(iss=issuer, tid=TENANT_ID)
    response = post_activity(teams_app, personal_message(fake.service_url, "aide"), token)
    assert response.status_code in (200, 202)
    assert len(fake.messages()) == 1


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[]", b'{"type": "message"}', b"\xff\xfe", b'{"type": 3, "conversation": 1}'],
)
def test_bad_bodies_are_client_errors(
    teams_app: LiveServer, fake: FakeBotFramework, body: bytes
) -> None:
    with teams_app.client() as client:
        response = client.post(
            "/api/messages",
            content=body,
            headers={
                "Authorization": f"Bearer {fake.channel_token()}",
                "Content-Type": "application/json",
            },
        )
    assert 400 <= response.status_code < 500
    assert fake.messages() == []


def test_settings_with_an_app_id_mount_teams_with_auth_on(
    tmp_path: Path, fake: FakeBotFramework
) -> None:
    settings = make_settings(
        tmp_path,
        MICROSOFT_APP_ID=APP_ID,
        MICROSOFT_APP_PASSWORD=APP_PASSWORD,
        MICROSOFT_APP_TENANT_ID=TENANT_ID,
    )
    for server in serve_in_thread(build_app(settings)):
        _refused(server, fake, None)


def test_anonymous_mode_is_loud_and_accepts_no_token(
    tmp_path: Path, fake: FakeBotFramework, caplog: pytest.LogCaptureFixture
) -> None:
    fake.expected_app_id = None
    settings = make_settings(tmp_path, CHECKPOST_TEAMS_ANONYMOUS="true")
    with caplog.at_level(logging.WARNING, logger="bot.teams"):
        app = build_app(settings)
    assert "MODE ANONYME" in caplog.text
    for server in serve_in_thread(app):
        response = post_activity(server, personal_message(fake.service_url, "aide"), None)
        assert response.status_code in (200, 202)
        assert fake.messages()[0].authorization is None


def test_anonymous_mode_is_refused_in_production(
    tmp_path: Path, fake: FakeBotFramework, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, CHECKPOST_TEAMS_ANONYMOUS="true", CHECKPOST_ENV="production")
    with caplog.at_level(logging.ERROR, logger="bot.teams"):
        app = build_app(settings)
    assert "refusé en production" in caplog.text
    for server in serve_in_thread(app):
        response = post_activity(server, personal_message(fake.service_url, "aide"), None)
        assert response.status_code == 404
