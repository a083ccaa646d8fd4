"""Secrets: production refuses a missing or placeholder key; Slack OAuth tokens are encrypted
at rest and deleted on uninstall; the settings never print them; none is in the repository.
(No secret in logs or error responses: test_no_secret_leaks.py.)"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from bot.slack.tokens import TokenCipher
from tests.bot.conftest import test_settings as make_settings
from tests.bot.slack import signing
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.payloads import event_callback
from tests.bot.teams.fake_botframework import FakeBotFramework
from tests.privacy.known_secrets import ISSUED, SECRETS, install, leaks_of, oauth
from tests.privacy.scan import database_text, leaks
from tests.privacy.stack import serve_stack, stack_settings

ROOT = Path(__file__).resolve().parents[2]
# slack_sdk 3.47 builds aiohttp.BasicAuth for oauth.v2.access (deprecated in aiohttp 3.14).
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


# Production settings ------------------------------------------------------------------------


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("CHECKPOST_ENV", "production")
    monkeypatch.setenv("CHECKPOST_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("CHECKPOST_SECRET_KEY", raising=False)
    return tmp_path / "var"


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "short-but-random-Xy7",
        "test-secret-key-not-for-production",
        "une-longue-valeur-aleatoire-pour-la-production",
        "change-me-change-me-change-me-change-me",
        "example-secret-example-secret-example",
    ],
)
def test_production_refuses_a_missing_or_default_secret(
    production: Path, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is not None:
        monkeypatch.setenv("CHECKPOST_SECRET_KEY", value)
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert "CHECKPOST_SECRET_KEY" in str(refused.value)
    assert not (production / "secret_key").exists(), "no key is made up in production"


def test_production_never_falls_back_to_the_development_key(
    production: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKPOST_ENV", "development")
    generated = load_settings().secret_key
    assert generated is not None and (production / "secret_key").exists()
    monkeypatch.setenv("CHECKPOST_ENV", "production")
    with pytest.raises(SettingsError):
        load_settings()
    monkeypatch.setenv("CHECKPOST_SECRET_KEY", SECRETS["CHECKPOST_SECRET_KEY"])
    assert load_settings().environment == "production"


def test_settings_never_print_their_secrets(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, **SECRETS)
    shown = repr(settings) + str(settings) + settings.model_dump_json()
    assert leaks_of(shown) == []


# OAuth tokens at rest -----------------------------------------------------------------------


def test_oauth_tokens_are_encrypted_at_rest(
    tmp_path: Path, fresh_database_url: str, fake_slack: FakeSlack, teams_fake: FakeBotFramework
) -> None:
    settings = stack_settings(
        tmp_path, fresh_database_url, fake_slack, **oauth(), SLACK_BOT_TOKEN=None
    )
    for stack in serve_stack(settings, fake_slack, teams_fake):
        assert install(stack.http).status_code == 200
        rows = database_text(fresh_database_url)
    assert fake_slack.sent("oauth.v2.access"), "the token really was issued"
    assert leaks(ISSUED, rows) == []
    assert leaks(SECRETS["SLACK_CLIENT_SECRET"], rows) == []
    sealed = re.findall(r"gAAAAA[\w=-]+", "\n".join(rows.values()))
    assert settings.secret_key is not None
    cipher = TokenCipher(settings.secret_key.get_secret_value())
    assert sealed and {cipher.decrypt(token) for token in sealed} == {ISSUED}


def test_uninstalling_deletes_the_workspaces_tokens(
    tmp_path: Path, fake_slack: FakeSlack, teams_fake: FakeBotFramework
) -> None:
    url = f"sqlite:///{tmp_path / 'checkpost.db'}"
    settings = stack_settings(tmp_path, url, fake_slack, **oauth(), SLACK_BOT_TOKEN=None)
    for stack in serve_stack(settings, fake_slack, teams_fake):
        assert install(stack.http).status_code == 200
        installed = database_text(url)["sqlite dump"]
        event = event_callback({"type": "app_uninstalled", "event_ts": "1700000000.1"})
        event["team_id"] = event["authorizations"][0]["team_id"] = "T0NEWCO"
        assert stack.slack.post(signing.json_body(event), signing.JSON).status_code == 200
        deadline = time.monotonic() + 10
        while "gAAAAA" in database_text(url)["sqlite dump"] and time.monotonic() < deadline:
            time.sleep(0.05)
        remaining = database_text(url)["sqlite dump"]
    assert "gAAAAA" in installed and "T0NEWCO" in installed
    assert "gAAAAA" not in remaining, "no token, even encrypted, outlives the uninstall"
    assert "U0ADMIN" not in remaining, "nor the installer's Slack id"


# The repository -----------------------------------------------------------------------------

SECRET_SHAPES = {
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"),
    "Slack token": re.compile(r"\bxox[abposr]-\d{8,}-\d{8,}-[A-Za-z0-9-]{20,}"),
    "Slack app token": re.compile(r"\bxapp-\d-[A-Z0-9]{9,}-\d{8,}-[a-f0-9]{32,}"),
    "Slack webhook": re.compile(r"https://hooks\.slack\.com/services/T\w+/B\w+/\w{20,}"),
    "Azure client secret": re.compile(r"\b[\w.~-]{3}\dQ~[\w.~-]{31,34}\b"),
    "AWS key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
}
FILLED_ENV = re.compile(
    r"(?m)^(?:CHECKPOST_SECRET_KEY|SLACK_\w*(?:TOKEN|SECRET)|MICROSOFT_APP_PASSWORD|"
    r"CHECKPOST_ADMIN_PASSWORD|POSTGRES_PASSWORD)=\S+"
)
"""In an env file (.env.example...), a secret variable with a value: only docs may show one."""


def _repository_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def test_no_secret_in_the_repository() -> None:
    files = _repository_files()
    names = {path.relative_to(ROOT).as_posix() for path in files}
    assert ".env" not in names and not [name for name in names if name.startswith("var/")]
    found = []
    for path in files:
        if path.stat().st_size > 5_000_000:
            continue
        content = path.read_bytes().decode("utf-8", "replace")
        found += [
            (path.name, what) for what, shape in SECRET_SHAPES.items() if shape.search(content)
        ]
        if ".env" in path.name and FILLED_ENV.search(content):
            found.append((path.name, "filled env secret"))
    assert found == []
