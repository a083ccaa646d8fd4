"""Criticism of pay, working conditions or a decision, stated without insult, is legitimate.

When a draft is such a critique (a workplace topic, and no insult, contempt or
shouting found), rules never tip tone or confidentiality, and the classifier
alone needs to be clearly sure (halfway between its threshold and 1).
"""

import re

from coaching.findings import Finding, FindingKind

_WORKPLACE_TOPIC = re.compile(
    r"\b(?:salaires?|r[ée]mun[ée]rations?|augmentations?|primes?|gr[èe]ves?|syndica\w*"
    r"|conditions?\s+de\s+travail|charge\s+de\s+travail|horaires?|heures?\s+sup\w*"
    r"|t[ée]l[ée]travail|licenciements|plan\s+social|r[ée]organisation|d[ée]cisions?"
    r"|direction|pas\s+d['’]accord|d[ée]saccord|injuste\w*|revendicat\w*|n[ée]gociations?"
    r"|NAO|CSE|effectifs?|sous-effectif|inflation|pouvoir\s+d['’]achat|gel\s+des)\b",
    re.IGNORECASE,
)
_DISRESPECT = frozenset({FindingKind.INSULT, FindingKind.CONTEMPT, FindingKind.SHOUTING})
"""Not a reported insult: recounting a slur someone else said is not disrespect from the author."""


def is_protected_critique(text: str, findings: tuple[Finding, ...]) -> bool:
    """A workplace critique with no insult, contempt or shouting in it."""
    if any(finding.kind in _DISRESPECT for finding in findings):
        return False
    return bool(_WORKPLACE_TOPIC.search(text))


def raised_threshold(threshold: float) -> float:
    """The bar the classifier alone must reach on a protected critique."""
    return threshold + (1.0 - threshold) / 2
