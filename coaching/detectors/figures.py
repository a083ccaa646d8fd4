"""Figures that may be unpublished: amounts, percentages, volumes, launch dates."""

import re

from coaching.findings import Finding, FindingKind, Strength, make_finding
from coaching.sentences import sentence_around

NUMBER = r"(?<![\w.,])[+\-−±]?\s?(?:\d{1,3}(?:[  .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = r"(?:\s?(?:k|K|M|Md|Mds|Mrd|G|B|bn|mds?|milliards?|millions?|mille|mio|mios)\b)?"
_CURRENCY = r"(?:€|euros?\b|EUR\b|\$|USD\b|CHF\b|CAD\b|dollars?\b|francs?\b|£|GBP\b)"
_MONEY = re.compile(
    rf"{NUMBER}{_SCALE}\s?(?:d['’]\s?)?{_CURRENCY}(?:\s?CA\b)?"
    rf"|(?<!\w)(?:€|\$|£|CHF)\s?\d+(?:[.,]\d+)?{_SCALE}"
)
_PERCENT = re.compile(rf"{NUMBER}\s?(?:%|pour\s?cents?\b|pourcents?\b)")
_VOLUME = re.compile(
    rf"{NUMBER}(?P<scale>{_SCALE})\s+(?:de\s+|d['’])?(?:nouveaux\s+|nouvelles\s+)?"
    r"(?:clients?|utilisateurs?|abonnés?|commandes?|ventes?|unités?|licences?|contrats?"
    r"|salariés?|employés?|postes?|users?|customers?|téléchargements?|downloads?|exemplaires?"
    r"|visiteurs?|membres?|comptes?|souscriptions?|magasins?|boutiques?)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
    r"|octobre|novembre|décembre|decembre)"
)
_DATE = re.compile(
    rf"(?:\b(?:le\s+)?\d{{1,2}}(?:er)?\s+{_MONTHS}(?:\s+\d{{4}})?"
    rf"|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|\b(?:en|début|fin|mi-?|courant)\s+(?:{_MONTHS}|T[1-4]|Q[1-4])\b(?:\s+\d{{4}})?)",
    re.IGNORECASE,
)
_LAUNCH = re.compile(
    r"\b(?:lanc\w*|sorti\w*|sort|sortent|dispo\w*|annonc\w*|dévoil\w*|devoil\w*|release\w*"
    r"|launch\w*|go-live|mise\s+en\s+(?:production|ligne|vente)|commercialis\w*|livr\w*)",
    re.IGNORECASE,
)
_MIN_VOLUME = 100
_IDIOM_PERCENT = 100
"""« à 100 % » is a way of speaking, not a result."""


def find_figures(text: str) -> list[Finding]:
    """Money, percentages and volumes (weak: they only back a leaning classifier)."""
    found = [_weak(text, match, FindingKind.MONEY) for match in _MONEY.finditer(text)]
    found += [
        _weak(text, match, FindingKind.PERCENT)
        for match in _PERCENT.finditer(text)
        if _value(match.group(0)) != _IDIOM_PERCENT
    ]
    found += [
        _weak(text, match, FindingKind.FIGURE)
        for match in _VOLUME.finditer(text)
        if match.group("scale").strip() or _value(match.group(0)) >= _MIN_VOLUME
    ]
    return found


def find_launch_dates(text: str) -> list[Finding]:
    """Dates in the same sentence as a launch word (« sortie le 14 mars »)."""
    found: list[Finding] = []
    for match in _DATE.finditer(text):
        start, end = sentence_around(text, match.start(), match.end())
        if _LAUNCH.search(text, start, end):
            found.append(_weak(text, match, FindingKind.LAUNCH_DATE))
    return found


def _weak(text: str, match: re.Match[str], kind: FindingKind) -> Finding:
    start, end = match.span()
    while start < end and text[start].isspace():
        start += 1
    return make_finding(text, start, end, kind, Strength.WEAK)


def _value(figure: str) -> int:
    digits = re.match(r"[+\-−±]?\s?([\d  .]+)", figure)
    cleaned = re.sub(r"\D", "", digits.group(1)) if digits else ""
    return int(cleaned[:12]) if cleaned else 0
