"""The company's allow-list: what is already public is never a confidentiality finding."""

import re

from coaching.axes import Axis
from coaching.detectors.terms import contains_term
from coaching.findings import Finding

_GROUPED_DIGITS = re.compile(r"(?<=\d)[\s\u00a0\u202f.](?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(?:,\d+)?")
_UNIT = re.compile(r"[^\W\d_]+|[€$£%]")
_FILLER = frozenset({"le", "la", "les", "l", "de", "d", "du", "des", "en", "au", "à", "a"})


def is_public(finding: Finding, public_facts: tuple[str, ...]) -> bool:
    """True if a confidentiality finding restates one of the policy's public facts."""
    if finding.axis is not Axis.CONFIDENTIALITY or not public_facts:
        return False
    return any(_restates(finding.quote, fact) for fact in public_facts)


def _restates(quote: str, fact: str) -> bool:
    if contains_term(fact, quote):
        return True
    numbers = _numbers(quote)
    if not numbers or not numbers <= _numbers(fact):
        return False
    fact_units = set(_UNIT.findall(fact.casefold()))
    return all(unit in fact_units for unit in _units(quote))


def _numbers(text: str) -> set[str]:
    compact = _GROUPED_DIGITS.sub("", text).replace(".", ",")
    return {number.lstrip("0") or "0" for number in _NUMBER.findall(compact)}


def _units(text: str) -> set[str]:
    return {unit for unit in _UNIT.findall(text.casefold()) if unit not in _FILLER}
