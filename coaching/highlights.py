"""Something good and specific to say first: what the draft already does well."""

import re
from collections.abc import Callable, Mapping
from enum import StrEnum

from coaching.axes import Axis


class Highlight(StrEnum):
    """A quality of the draft the opener can name."""

    CARES = "cares"
    AFFILIATION = "affiliation"
    THANKS = "thanks"
    OWN_EXPERIENCE = "own_experience"
    QUESTION = "question"
    ENTHUSIASM = "enthusiasm"
    CONCISE = "concise"
    GENERIC = "generic"


_AFFILIATION = re.compile(
    r"\b(?:je\s+travaille|j['’]ai\s+rejoint|mon\s+[ée]quipe|notre\s+[ée]quipe|mes\s+coll[èe]gues"
    r"|chez\s+nous|i\s+work)\b",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(?:merci|bravo|f[ée]licit\w*|thanks?|thank\s+you|kudos)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(
    r"(?:\bj['’]|\bje\b|\bmoi\b|\bmon\b|\bma\b|\bmes\b|\bI\b|\bmy\b)", re.IGNORECASE
)
_ENTHUSIASM = re.compile(
    r"\b(?:h[âa]te|ravie?s?|fi[èe]re?s?|heureu(?:x|se)|contente?s?|g[ée]nial|adore|bonheur"
    r"|plaisir|excited|proud|happy)\b|!",
    re.IGNORECASE,
)
_CONCISE_LIMIT = 280
_CHECKS: tuple[tuple[Highlight, Callable[[str], bool]], ...] = (
    (Highlight.AFFILIATION, lambda text: bool(_AFFILIATION.search(text))),
    (Highlight.THANKS, lambda text: bool(_THANKS.search(text))),
    (Highlight.OWN_EXPERIENCE, lambda text: len(_FIRST_PERSON.findall(text)) >= 2),
    (Highlight.QUESTION, lambda text: "?" in text),
    (Highlight.ENTHUSIASM, lambda text: bool(_ENTHUSIASM.search(text))),
    (Highlight.CONCISE, lambda text: len(text) <= _CONCISE_LIMIT),
)


def spot_highlight(text: str, flags: Mapping[Axis, bool]) -> Highlight:
    """The first quality that applies, in a fixed order (an upset draft: « it matters to you »)."""
    if flags.get(Axis.TONE):
        return Highlight.CARES
    for highlight, applies in _CHECKS:
        if applies(text):
            return highlight
    return Highlight.GENERIC
