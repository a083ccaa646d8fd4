"""What a message to checkpost asks for: a sub-command, or a draft to review."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    REVIEW = "review"
    HELP = "help"
    TIPS_ON = "tips_on"
    TIPS_OFF = "tips_off"
    TIPS_USAGE = "tips_usage"
    DATA = "data"
    FORGET = "forget"


@dataclass(frozen=True, slots=True)
class Command:
    kind: Kind
    draft: str = ""


_WORDS = {
    "": Kind.HELP,
    "aide": Kind.HELP,
    "help": Kind.HELP,
    "?": Kind.HELP,
    "tips on": Kind.TIPS_ON,
    "tips off": Kind.TIPS_OFF,
    "tips": Kind.TIPS_USAGE,
    "mes-donnees": Kind.DATA,
    "mes-données": Kind.DATA,
    "mes donnees": Kind.DATA,
    "mes données": Kind.DATA,
    "oublie-moi": Kind.FORGET,
    "oublie moi": Kind.FORGET,
}


def parse_command(text: str) -> Command:
    """Only an exact sub-command is one (« Aide-nous à… » is a draft); the rest is reviewed."""
    words = " ".join(text.split()).casefold().rstrip(".!")
    if words in _WORDS:
        return Command(_WORDS[words])
    return Command(Kind.REVIEW, text)
