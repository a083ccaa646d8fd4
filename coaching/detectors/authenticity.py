"""Signs of copied messaging: hashtag stuffing, slogans, pasted instructions, hidden affiliation."""

import re

from coaching.detectors.terms import find_terms
from coaching.findings import Finding, FindingKind, Strength, make_finding
from coaching.sentences import sentence_spans, shorten_span

_HASHTAG_RUN = re.compile(r"#\w+(?:[\s,]+#\w+)*")
_HASHTAG = re.compile(r"#\w+")
_SUPERLATIVE = re.compile(
    r"\b(?:r[ée]volutionnaires?|incroyables?|exceptionnel(?:le)?s?|uniques?|leaders?"
    r"|innovante?s?|innovations?|meilleure?s?|incontournables?|extraordinaires?|in[ée]gal[ée]e?s?"
    r"|ultimes?|disrupti(?:f|ve)s?|best[\s-]in[\s-]class|world[\s-]class|game[\s-]changer"
    r"|de\s+pointe|sans\s+pr[ée]c[ée]dent|in[ée]dite?s?|performante?s?|excellence|synergies?"
    r"|valeur\s+ajout[ée]e|cl[ée]s?\s+en\s+main|n°\s?1|num[ée]ro\s+(?:1|un)|plus\s+que\s+jamais"
    r"|transformation\s+digitale|[ée]cosyst[èe]me|premium|d['’]exception|in[ée]gal[ée]e?s?)\b",
    re.IGNORECASE,
)
_PASTED = re.compile(
    r"[\[{<]\s*[àa]\s+(?:publier|partager|poster|diffuser|copier|relayer)[^\]>}\n]{0,80}[\]>}]"
    r"|\(\s*[àa]\s+(?:publier|poster|copier)\s+(?:depuis|sur|tel|avant|dès)[^)\n]{0,60}\)"
    r"|\[\s*(?:ins[ée]rer|pr[ée]nom|nom|votre\s+\w+|ton\s+\w+|texte|lien)[^\]\n]{0,40}\]"
    r"|\{\{[^}\n]{1,40}\}\}"
    r"|\b(?:texte|message)\s+[àa]\s+(?:copier|publier|relayer)\b"
    r"|\bcopier[\s-]coller\s+(?:ce|le)\s+(?:texte|message)\b"
    r"|\b[àa]\s+(?:publier|poster|partager)\s+depuis\s+(?:votre|ton)\s+compte\b",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(
    r"\b(?:je\s+travaille|j['’]ai\s+rejoint|je\s+bosse|mon\s+employeur|mon\s+entreprise"
    r"|ma\s+bo[îi]te|chez\s+nous|notre|nos|nous|mes\s+coll[èe]gues|fi[èe]re?\s+de\s+travailler"
    r"|i\s+work|my\s+employer|our|we|coll[èe]gues|[ée]quipe|employ[ée]e?|salari[ée]e?)\b",
    re.IGNORECASE,
)
_PRAISE = re.compile(
    r"\b(?:g[ée]nial\w*|top|meilleure?s?|recommande|conseille|incroyable\w*|excellent\w*"
    r"|bravo|adore|foncez|fonce|must|parfaite?|super|formidable|bluffant\w*|impeccable)\b",
    re.IGNORECASE,
)
_MIN_HASHTAGS_IN_RUN = 5
_MIN_HASHTAGS = 7
_MIN_SUPERLATIVES = 3


def find_copied_messaging(text: str) -> list[Finding]:
    """Hashtag stuffing and superlative chains (weak); pasted instructions (strong)."""
    found = [
        make_finding(text, *match.span(), FindingKind.PASTED_INSTRUCTION, Strength.STRONG)
        for match in _PASTED.finditer(text)
    ]
    found += _hashtag_stuffing(text)
    found += _superlatives(text)
    return found


def find_undisclosed_affiliation(text: str, company_name: str) -> list[Finding]:
    """Praise of the company with no sign the author works there (weak): the first mention."""
    if not company_name or _AFFILIATION.search(text) or not _PRAISE.search(text):
        return []
    mentions = list(find_terms(text, [company_name]))
    if not mentions:
        return []
    return [make_finding(text, *mentions[0], FindingKind.UNDISCLOSED_AFFILIATION, Strength.WEAK)]


def _hashtag_stuffing(text: str) -> list[Finding]:
    runs = list(_HASHTAG_RUN.finditer(text))
    if not runs:
        return []
    longest = max(runs, key=lambda match: len(_HASHTAG.findall(match.group())))
    count = len(_HASHTAG.findall(longest.group()))
    if count < _MIN_HASHTAGS_IN_RUN and len(_HASHTAG.findall(text)) < _MIN_HASHTAGS:
        return []
    start, end = shorten_span(text, *longest.span())
    return [make_finding(text, start, end, FindingKind.HASHTAG_STUFFING, Strength.WEAK)]


def _superlatives(text: str) -> list[Finding]:
    matches = list(_SUPERLATIVE.finditer(text))
    if len(matches) < _MIN_SUPERLATIVES:
        return []
    best = max(sentence_spans(text), key=lambda span: _count_in(matches, span))
    inside = [
        match for match in matches if best[0] <= match.start() and match.end() <= best[1]
    ] or matches
    start, end = shorten_span(text, inside[0].start(), inside[-1].end())
    return [make_finding(text, start, end, FindingKind.SUPERLATIVES, Strength.WEAK)]


def _count_in(matches: list[re.Match[str]], span: tuple[int, int]) -> int:
    return sum(1 for match in matches if span[0] <= match.start() and match.end() <= span[1])
