"""Rule findings: every detector, public facts set aside, overlaps resolved.

`detect_findings(text, policy, names)` is the one entry point; each finding's
span points into `text` (``text[start:end] == finding.quote``).
"""

from collections.abc import Iterable

from coaching.detectors.authenticity import find_copied_messaging, find_undisclosed_affiliation
from coaching.detectors.checksums import (
    card_is_valid,
    iban_is_valid,
    luhn_is_valid,
    nir_is_valid,
    sin_is_valid,
    siren_is_valid,
    siret_is_valid,
)
from coaching.detectors.company import find_company_terms, named_parties
from coaching.detectors.figures import find_figures, find_launch_dates
from coaching.detectors.identifiers import find_identifiers
from coaching.detectors.people import find_names, lazily, person_spans
from coaching.detectors.personal import find_contacts, find_health_or_hr
from coaching.detectors.public_facts import is_public
from coaching.detectors.secrets import find_credentials, find_internal_urls
from coaching.detectors.tone import find_tone
from coaching.findings import Finding
from coaching.policy import Policy
from coaching.ports import NameFinder

__all__ = [
    "card_is_valid",
    "detect_findings",
    "drop_allowed",
    "iban_is_valid",
    "luhn_is_valid",
    "nir_is_valid",
    "sin_is_valid",
    "siren_is_valid",
    "siret_is_valid",
]


def detect_findings(
    text: str, policy: Policy, names: NameFinder | None = None
) -> tuple[Finding, ...]:
    """All rule findings in `text`, minus public facts, one finding per stretch of text."""
    found_names = lazily(lambda: find_names(text, names))
    people = lazily(lambda: person_spans(text, found_names()))
    parties = lazily(
        lambda: [
            *named_parties(text, policy),
            *person_spans(text, found_names(), sentence_initial=False),
        ]
    )
    found = [
        *find_credentials(text),
        *find_identifiers(text),
        *find_internal_urls(text, policy.internal_hosts),
        *find_company_terms(text, policy),
        *find_contacts(text, people),
        *find_health_or_hr(text, people),
        *find_figures(text),
        *find_launch_dates(text),
        *find_tone(text, parties),
        *find_copied_messaging(text),
        *find_undisclosed_affiliation(text, policy.company_name),
    ]
    kept = [finding for finding in found if not is_public(finding, policy.public_facts)]
    return _without_overlaps(kept)


def drop_allowed(findings: Iterable[Finding], allow_list: Iterable[str]) -> tuple[Finding, ...]:
    """Findings whose quoted term is not in a person's allow-list (case-insensitive)."""
    allowed = {" ".join(term.split()).casefold() for term in allow_list}
    return tuple(
        finding for finding in findings if " ".join(finding.quote.split()).casefold() not in allowed
    )


def _without_overlaps(findings: list[Finding]) -> tuple[Finding, ...]:
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda item: item.rank):
        if finding.start < finding.end and not any(finding.overlaps(other) for other in kept):
            kept.append(finding)
    return tuple(sorted(kept, key=lambda item: item.start))
