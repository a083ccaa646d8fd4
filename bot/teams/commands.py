"""What a message to checkpost asks for: a sub-command, or a draft to review."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.chat_commands import SHARED_WORDS, command_words


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
    **{word: Kind(kind) for word, kind in SHARED_WORDS.items()},
    "tips on": Kind.TIPS_ON,
    "tips off": Kind.TIPS_OFF,
    "tips": Kind.TIPS_USAGE,
}


def parse_command(text: str) -> Command:
    """Only an exact sub-command is one (« Aide-nous à… » is a draft); the rest is reviewed."""
    words = command_words(text)
    if words in _WORDS:
        return Command(_WORDS[words])
    return Command(Kind.REVIEW, text)
