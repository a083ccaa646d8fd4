"""Credentials and links to internal tools."""

import ipaddress
import re
from urllib.parse import urlsplit

from coaching.findings import Finding, FindingKind, Strength, make_finding

_CREDENTIAL = re.compile(
    r"(?:mot\s+de\s+passe|mdp|password|passwd|pwd|passcode|code\s+d['’]acc[èe]s|code\s+pin"
    r"|token|api[\s_-]?key|cl[ée]\s+(?:d['’])?api|identifiants?|login)"
    r"(?:\s+(?:du|de\s+la|de|des|pour|for|of|the)\s+[\w-]+)?"
    r"\s*(?:[:=]|est|is|c['’]est)\s*[«\"'`]?\s*(?P<value>[^\s«»\"'`]{4,})",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"(?<![\w-])(?:sk-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|gh[pousr]_[A-Za-z0-9]{30,}"
    r"|github_pat_[A-Za-z0-9_]{30,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}"
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----)"
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]+"
    r"|(?<![\w@.-])(?:[A-Za-z0-9-]+\.)+(?:local|internal|corp|lan|intra|intranet|localhost)"
    r"(?::[0-9]+)?(?:/[^\s<>\"'«»]*)?"
    r"|(?<![\w@.-])(?:intranet|intra|wiki|jira|confluence|gitlab|vpn|sso|extranet)\."
    r"(?:[A-Za-z0-9-]+\.)*[A-Za-z]{2,}(?:/[^\s<>\"'«»]*)?",
    re.IGNORECASE,
)
_INTERNAL_SUFFIXES = (
    ".local",
    ".internal",
    ".corp",
    ".lan",
    ".intra",
    ".intranet",
    ".localhost",
    ".home.arpa",
)
_INTERNAL_FIRST_LABELS = frozenset(
    {
        "intranet",
        "intra",
        "wiki",
        "jira",
        "confluence",
        "gitlab",
        "vpn",
        "sso",
        "extranet",
        "localhost",
    }
)
_SHARED_DOCUMENT_HOSTS = (
    "sharepoint.com",
    "atlassian.net",
    "notion.so",
    "docs.google.com",
    "drive.google.com",
    "box.com",
    "dropbox.com",
)
_TRAILING = ".,;:!?)]}»"


def find_credentials(text: str) -> list[Finding]:
    """Passwords given in clear and well-known token formats (strong)."""
    found = [
        make_finding(text, *match.span("value"), FindingKind.CREDENTIAL, Strength.STRONG)
        for match in _CREDENTIAL.finditer(text)
        if _looks_secret(match.group("value"))
    ]
    found += [
        make_finding(text, *match.span(), FindingKind.CREDENTIAL, Strength.STRONG)
        for match in _TOKEN.finditer(text)
    ]
    return found


def find_internal_urls(text: str, internal_hosts: tuple[str, ...]) -> list[Finding]:
    """Links to internal hosts (strong) or to shared internal documents (weak)."""
    found: list[Finding] = []
    for match in _URL.finditer(text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        strength = _url_strength(text[start:end], internal_hosts)
        if strength is not None:
            found.append(make_finding(text, start, end, FindingKind.INTERNAL_URL, strength))
    return found


def _url_strength(url: str, internal_hosts: tuple[str, ...]) -> Strength | None:
    host = _host(url)
    if not host:
        return None
    own = tuple(name.lower().strip(".") for name in internal_hosts if name.strip("."))
    if any(host == name or host.endswith("." + name) for name in own):
        return Strength.STRONG
    if host.endswith(_INTERNAL_SUFFIXES) or host.split(".")[0] in _INTERNAL_FIRST_LABELS:
        return Strength.STRONG
    if _is_private_ip(host):
        return Strength.STRONG
    if any(host == name or host.endswith("." + name) for name in _SHARED_DOCUMENT_HOSTS):
        return Strength.WEAK
    return None


def _host(url: str) -> str:
    try:
        host = urlsplit(url if "://" in url else "//" + url).hostname
    except ValueError:
        return ""
    return (host or "").lower()


def _is_private_ip(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback


def _looks_secret(value: str) -> bool:
    return any(char.isdigit() for char in value) or any(not char.isalnum() for char in value)
