"""`checkpost teams package`: a zip Teams accepts (manifest.json + two PNG icons)."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.teams.icons import color_icon, outline_icon
from bot.teams.package import PackageError, manifest
from tests.bot.teams.fake_botframework import APP_ID


def _png_size_and_pixels(data: bytes) -> tuple[int, int, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (depth, colour) == (8, 6)
    idat_length = struct.unpack(">I", data[33:37])[0]
    assert data[37:41] == b"IDAT"
    pixels = zlib.decompress(data[41 : 41 + idat_length])
    assert len(pixels) == height * (1 + 4 * width)
    return width, height, pixels


def test_icons_are_the_sizes_teams_asks_for() -> None:
    assert _png_size_and_pixels(color_icon())[:2] == (192, 192)
    width, height, pixels = _png_size_and_pixels(outline_icon())
    assert (width, height) == (32, 32)
    alphas = {
        pixels[row * (1 + 4 * width) + 1 + 4 * x + 3] for row in range(height) for x in range(width)
    }
    assert alphas == {0, 255}  # white check on transparent


def test_manifest_declares_the_bot_in_every_scope() -> None:
    data = manifest(APP_ID)
    assert data["id"] == APP_ID and data["manifestVersion"] == "1.17"
    [bot] = data["bots"]
    assert bot["botId"] == APP_ID and set(bot["scopes"]) == {"personal", "team", "groupChat"}
    titles = [command["title"] for command in bot["commandLists"][0]["commands"]]
    assert titles == ["aide", "mes-donnees", "oublie-moi"]
    assert len(data["description"]["short"]) <= 80 and len(data["name"]["full"]) <= 100
    assert all(url.startswith("https://") for url in data["developer"].values() if "://" in url)


@pytest.mark.parametrize("app_id", ["", "not-a-guid"])
def test_manifest_needs_a_guid(app_id: str) -> None:
    with pytest.raises(PackageError):
        manifest(app_id)


def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, app_id: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CHECKPOST_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CHECKPOST_SECRET_KEY", "test-secret")
    monkeypatch.setenv("MICROSOFT_APP_ID", app_id)


def test_cli_writes_the_zip(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _env(monkeypatch, tmp_path, APP_ID)
    target = tmp_path / "app.zip"
    code = main(["teams", "package", "--output", str(target), "--website", "https://acme.example"])
    assert code == 0 and str(target) in capsys.readouterr().out
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        data = json.loads(archive.read("manifest.json"))
    assert data["developer"]["websiteUrl"] == "https://acme.example"


def test_cli_explains_a_missing_app_id(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _env(monkeypatch, tmp_path, "")
    assert main(["teams", "package", "--output", str(tmp_path / "app.zip")]) == 2
    assert "MICROSOFT_APP_ID" in capsys.readouterr().err
