"""`checkpost teams package`: the Teams app package (manifest.json + two icons, zipped)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from bot.settings import Settings, load_settings
from bot.teams.icons import color_icon, outline_icon
from coaching.copy_fr import teams as copy
from coaching.copy_fr.lines import Line

MANIFEST_VERSION = "1.17"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
DEFAULT_OUTPUT = Path("var/checkpost-teams.zip")
DEFAULT_WEBSITE = "https://example.com/checkpost"
DEFAULT_PUBLISHER = "checkpost"
_GUID = re.compile(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_COMMANDS = (
    ("aide", copy.COMMAND_HELP),
    ("mes-donnees", copy.COMMAND_MY_DATA),
    ("oublie-moi", copy.COMMAND_FORGET),
)


@dataclass(frozen=True, slots=True)
class Publisher:
    """Who publishes the app, as Teams shows it (https URLs are required)."""

    name: str = DEFAULT_PUBLISHER
    website: str = DEFAULT_WEBSITE


class PackageError(ValueError):
    """Settings that cannot make a package; the message is a French sentence."""


def manifest(app_id: str, publisher: Publisher = Publisher()) -> dict[str, Any]:
    """The Teams manifest of a bot in personal chat, teams and group chats."""
    if not app_id:
        raise PackageError(_say(copy.PACKAGE_NEEDS_APP_ID))
    if not _GUID.fullmatch(app_id):
        raise PackageError(_say(copy.PACKAGE_BAD_APP_ID).format(value=app_id))
    scopes = ["personal", "team", "groupChat"]
    return {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": _version(),
        "id": app_id,
        "developer": {
            "name": publisher.name,
            "websiteUrl": publisher.website,
            "privacyUrl": publisher.website,
            "termsOfUseUrl": publisher.website,
        },
        "name": {"short": "checkpost", "full": "checkpost : un second regard avant de publier"},
        "description": {
            "short": _say(copy.APP_SHORT_DESCRIPTION),
            "full": _say(copy.APP_FULL_DESCRIPTION),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#2E7D6B",
        "bots": [
            {
                "botId": app_id,
                "scopes": scopes,
                "supportsFiles": False,
                "isNotificationOnly": False,
                "commandLists": [
                    {
                        "scopes": scopes,
                        "commands": [
                            {"title": title, "description": _say(line)} for title, line in _COMMANDS
                        ],
                    }
                ],
            }
        ],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
    }


def write_package(settings: Settings, output: Path, publisher: Publisher = Publisher()) -> Path:
    """Write the zip Teams accepts: manifest.json, color.png and outline.png at its root."""
    content = json.dumps(
        manifest(settings.microsoft_app_id or "", publisher), ensure_ascii=False, indent=2
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", content)
        archive.writestr("color.png", color_icon())
        archive.writestr("outline.png", outline_icon())
    return output


def teams_command(args: argparse.Namespace) -> int:
    """The CLI handler: `checkpost teams package [--output ZIP] [--website URL] [--name NAME]`."""
    publisher = Publisher(args.name or DEFAULT_PUBLISHER, args.website or DEFAULT_WEBSITE)
    try:
        path = write_package(load_settings(), Path(args.output or DEFAULT_OUTPUT), publisher)
    except PackageError as error:
        print(error, file=sys.stderr)
        return 2
    print(_say(copy.PACKAGE_WRITTEN).format(path=path))
    return 0


def add_teams_parser(sub: Any) -> None:
    """The `teams` sub-command and its `package` action (called from bot.__main__)."""
    teams = sub.add_parser("teams", help="Microsoft Teams : paquet d'application")
    teams.add_argument("action", choices=["package"], help="package : écrire le zip à téléverser")
    teams.add_argument("--output", help=f"fichier zip (défaut {DEFAULT_OUTPUT})")
    teams.add_argument("--website", help="site de l'éditeur, en https (défaut : exemple)")
    teams.add_argument("--name", help="nom de l'éditeur affiché dans Teams")


def _say(line: Line) -> str:
    return line.tu


def _version() -> str:
    try:
        return metadata.version("checkpost")
    except metadata.PackageNotFoundError:
        return "0.1.0"
