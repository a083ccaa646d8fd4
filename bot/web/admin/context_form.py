"""The company-context form: the policy as form values, and posted values back to a policy."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from bot.db.company import policy_mapping
from coaching.axes import Axis
from coaching.copy_fr.admin import ADMIN
from coaching.copy_fr.web import AXIS_LABELS
from coaching.policy import Policy, PolicyError, policy_from_mapping

TERM_FIELDS = (
    "code_names",
    "clients",
    "competitors",
    "unannounced_products",
    "public_facts",
    "internal_hosts",
)
MAX_TERMS = 500
MAX_TERM_CHARS = 200
MAX_NAME_CHARS = 200
MIN_THRESHOLD = 0.05


class ContextFormError(ValueError):
    """A French sentence saying what to fix; nothing was saved."""


def form_values(policy: Policy) -> dict[str, str]:
    """What the form shows: one term per line, thresholds with a dot (HTML number inputs)."""
    values = {field: "\n".join(getattr(policy, field)) for field in TERM_FIELDS}
    values["company_name"] = policy.company_name
    values["address_form"] = policy.address_form.value
    for axis in Axis:
        value = policy.thresholds.get(axis)
        values[f"threshold_{axis.value}"] = "" if value is None else f"{value:g}"
    return values


def posted_values(form: Mapping[str, Any]) -> dict[str, str]:
    """The posted fields as text (files and unknown fields are ignored)."""
    names = [*TERM_FIELDS, "company_name", "address_form"]
    names += [f"threshold_{axis.value}" for axis in Axis]
    return {name: _text(form.get(name)) for name in names}


def policy_from_form(values: Mapping[str, str], current: Policy) -> Policy:
    """Raises ContextFormError with the French sentence to show."""
    data = policy_mapping(current)
    for field in TERM_FIELDS:
        data[field] = _terms(field, values.get(field, ""))
    name = " ".join(values.get("company_name", "").split())
    if len(name) > MAX_NAME_CHARS:
        raise ContextFormError(_too_long("company_name", MAX_NAME_CHARS))
    data["company_name"] = name
    data["address_form"] = values.get("address_form") or current.address_form.value
    data["thresholds"] = {
        axis.value: _threshold(axis, values.get(f"threshold_{axis.value}", "")) for axis in Axis
    }
    try:
        return policy_from_mapping(data)
    except PolicyError as error:
        raise ContextFormError(ADMIN["not_saved"].format(detail=error)) from error


def _terms(field: str, raw: str) -> list[str]:
    terms = [" ".join(line.split()) for line in raw.splitlines()]
    terms = [term for term in terms if term]
    if len(terms) > MAX_TERMS:
        raise ContextFormError(ADMIN["terms_too_many"].format(field=ADMIN[field], limit=MAX_TERMS))
    if any(len(term) > MAX_TERM_CHARS for term in terms):
        raise ContextFormError(_too_long(field, MAX_TERM_CHARS))
    return terms


def _threshold(axis: Axis, raw: str) -> float | None:
    text = raw.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not MIN_THRESHOLD <= value <= 1:  # NaN fails too
        raise ContextFormError(ADMIN["threshold_invalid"].format(axis=AXIS_LABELS[axis]))
    return value


def _too_long(field: str, limit: int) -> str:
    return ADMIN["term_too_long"].format(field=ADMIN[field], limit=limit)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
