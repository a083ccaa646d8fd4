"""Identifiers with a checksum: NIR, SIREN/SIRET, IBAN, Canadian SIN, payment cards."""

import re
from collections.abc import Callable

from coaching.detectors.checksums import (
    card_is_valid,
    iban_is_valid,
    nir_is_valid,
    sin_is_valid,
    siren_is_valid,
    siret_is_valid,
)
from coaching.findings import Finding, FindingKind, Strength, make_finding

_SEP = r"[ \u00a0\u202f.\-]?"
_NIR = re.compile(
    rf"(?<![0-9A-Za-z])[1-478]{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}(?:[0-9]{{2}}|2[ABab])"
    rf"{_SEP}[0-9]{{3}}{_SEP}[0-9]{{3}}{_SEP}[0-9]{{2}}(?![0-9A-Za-z])"
)
_IBAN = re.compile(
    r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?: ?[0-9A-Z]{4}){2,7}(?: ?[0-9A-Z]{1,4})?"
    r"(?![0-9A-Za-z])"
)
_CARD = re.compile(r"(?<![0-9])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9])")
_NINE = re.compile(r"(?<![0-9])[0-9]{3}[ \u00a0\-]?[0-9]{3}[ \u00a0\-]?[0-9]{3}(?![0-9 \-]?[0-9])")
_SIRET = re.compile(r"(?<![0-9])[0-9]{3} ?[0-9]{3} ?[0-9]{3} ?[0-9]{5}(?![0-9])")
_SIN_CONTEXT = re.compile(
    r"\b(?:NAS|SIN|assurance[\s-]+sociale|social\s+insurance)\b", re.IGNORECASE
)
_SIREN_CONTEXT = re.compile(r"\b(?:SIREN|SIRET|RCS|TVA)\b", re.IGNORECASE)
_CONTEXT_WINDOW = 60


def find_identifiers(text: str) -> list[Finding]:
    """Valid checksums only; a SIN needs a nearby « NAS », a 9-digit SIREN a nearby « SIREN »."""
    found = _scan(text, _NIR, nir_is_valid, FindingKind.NATIONAL_ID, Strength.STRONG)
    found += _scan(text, _IBAN, iban_is_valid, FindingKind.IBAN, Strength.STRONG)
    found += _scan(text, _CARD, card_is_valid, FindingKind.CARD_NUMBER, Strength.STRONG)
    found += _scan(text, _SIRET, siret_is_valid, FindingKind.SIRET_SIREN, Strength.WEAK)
    for match in _NINE.finditer(text):
        context = text[max(0, match.start() - _CONTEXT_WINDOW) : match.end() + _CONTEXT_WINDOW]
        if _SIN_CONTEXT.search(context) and sin_is_valid(match.group()):
            found.append(make_finding(text, *match.span(), FindingKind.SIN, Strength.STRONG))
        elif _SIREN_CONTEXT.search(context) and siren_is_valid(match.group()):
            found.append(make_finding(text, *match.span(), FindingKind.SIRET_SIREN, Strength.WEAK))
    return found


def _scan(
    text: str,
    pattern: re.Pattern[str],
    is_valid: Callable[[str], bool],
    kind: FindingKind,
    strength: Strength,
) -> list[Finding]:
    return [
        make_finding(text, *match.span(), kind, strength)
        for match in pattern.finditer(text)
        if is_valid(match.group())
    ]
