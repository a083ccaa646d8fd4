"""The sub-command words both chats understand, exactly (« Aide-nous à… » is a draft).

Each platform maps these kinds (`help`, `data`, `forget`) onto its own `Kind` and adds its
own words (tips); anything that is not exactly a sub-command is a draft to review.
"""

from __future__ import annotations

SHARED_WORDS = {
    "": "help",
    "aide": "help",
    "help": "help",
    "?": "help",
    "mes-donnees": "data",
    "mes-données": "data",
    "mes donnees": "data",
    "mes données": "data",
    "oublie-moi": "forget",
    "oublie moi": "forget",
}


def command_words(text: str) -> str:
    """The text as a sub-command is compared: spaces collapsed, case and final « . ! » dropped."""
    return " ".join(text.split()).casefold().rstrip(".! ")
