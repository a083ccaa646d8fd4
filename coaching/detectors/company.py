"""The company's context from the policy: code names, NDA clients, products, competitors."""

from coaching.detectors.terms import find_terms
from coaching.findings import Finding, FindingKind, Strength, make_finding
from coaching.policy import Policy


def find_company_terms(text: str, policy: Policy) -> list[Finding]:
    """Code names, clients under NDA and unannounced products are strong; competitors weak."""
    lists = (
        (policy.code_names, FindingKind.CODE_NAME, Strength.STRONG),
        (policy.unannounced_products, FindingKind.UNANNOUNCED_PRODUCT, Strength.STRONG),
        (policy.clients, FindingKind.CLIENT, Strength.STRONG),
        (policy.competitors, FindingKind.COMPETITOR, Strength.WEAK),
    )
    return [
        make_finding(text, start, end, kind, strength)
        for terms, kind, strength in lists
        for start, end in find_terms(text, terms)
    ]


def named_parties(text: str, policy: Policy) -> list[tuple[int, int]]:
    """Spans naming a competitor or a client: contempt next to them is a strong finding."""
    return list(find_terms(text, (*policy.competitors, *policy.clients)))
