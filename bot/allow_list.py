"""A person's « Pas pertinent » terms: kept as HMACs, matched against what the coach quotes.

The coach compares plain terms (`Coach.review(allow_list=...)`); the database only knows
HMACs. So: review, see which quoted terms hash to an entry of the person's list, and
review again with those plain terms allowed (a few rounds at most, usually none).
"""

from __future__ import annotations

import hashlib
import hmac

from coaching.coach import Coach
from coaching.findings import FindingKind
from coaching.guidance import FindingView, Guidance
from coaching.policy import Policy

_ROUNDS = 3


def normalise_term(term: str) -> str:
    """The form the coach compares: whitespace collapsed, case folded."""
    return " ".join(term.split()).casefold()


def term_hash(secret: str, term: str) -> str:
    """HMAC-SHA256 of the normalised term with the server secret (never the term itself)."""
    message = f"term:{normalise_term(term)}".encode("utf-8", "surrogatepass")
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def allowable_hash(secret: str, finding: FindingView) -> str | None:
    """The hash a « Pas pertinent » button carries; None for a whole quoted sentence."""
    if finding.kind is FindingKind.SENTENCE or not finding.quote.strip():
        return None
    return term_hash(secret, finding.quote)


def review_allowing(
    coach: Coach, text: str, *, secret: str, allowed: frozenset[str], policy: Policy | None = None
) -> Guidance:
    """`coach.review`, minus the findings whose term the person marked as not relevant."""
    plain: set[str] = set()
    guidance = coach.review(text, allow_list=frozenset(), policy=policy)
    for _ in range(_ROUNDS):
        newly = {
            finding.quote
            for finding in guidance.findings
            if finding.quote not in plain and allowable_hash(secret, finding) in allowed
        }
        if not allowed or not newly:
            return guidance
        plain |= newly
        guidance = coach.review(text, allow_list=frozenset(plain), policy=policy)
    return guidance
