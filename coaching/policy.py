"""The company's settings for the coach: thresholds, sensitive terms, public facts, tone of address.

`Policy` is built from a plain mapping (the parsed `checkpost.yaml`) by `policy_from_mapping`;
reading YAML is the shell's job, so this module stays standard-library only.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from coaching.address import AddressForm
from coaching.axes import Axis
from coaching.copy_fr import policy_error_message

__all__ = ["AddressForm", "Policy", "PolicyError", "policy_from_mapping"]

DEFAULT_THRESHOLD = 0.5
REPLY_LANGUAGES = frozenset({"fr"})


@dataclass(frozen=True, slots=True)
class Policy:
    """Company context. Every list is matched case-insensitively on word boundaries."""

    thresholds: Mapping[Axis, float] = field(default_factory=dict)
    """Overrides of the classifier's tuned thresholds; an axis absent here keeps the tuned one."""
    company_name: str = ""
    code_names: tuple[str, ...] = ()
    clients: tuple[str, ...] = ()
    """Clients or partners under NDA or not yet announced."""
    competitors: tuple[str, ...] = ()
    unannounced_products: tuple[str, ...] = ()
    public_facts: tuple[str, ...] = ()
    """What is already public (figures, dates, products): never a finding, for everyone."""
    internal_hosts: tuple[str, ...] = ()
    """Host names (or domain suffixes) of internal tools, e.g. ``intranet.acme.fr``."""
    address_form: AddressForm = AddressForm.TU
    reply_language: str = "fr"

    def threshold(self, axis: Axis, tuned: Mapping[str, float]) -> float:
        """The decision threshold for `axis`: the policy's, else the classifier's, else 0.5."""
        value = self.thresholds.get(axis, tuned.get(axis.value, DEFAULT_THRESHOLD))
        return value if 0.0 < value <= 1.0 else DEFAULT_THRESHOLD


class PolicyError(ValueError):
    """A policy mapping that cannot be used; `key` says where, `code` says what.

    Its message is a French sentence for whoever edits ``checkpost.yaml``.
    """

    def __init__(self, key: str, code: str) -> None:
        super().__init__(policy_error_message(key, code))
        self.key = key
        self.code = code


_TERM_KEYS = (
    "code_names",
    "clients",
    "competitors",
    "unannounced_products",
    "public_facts",
    "internal_hosts",
)
_KNOWN_KEYS = frozenset(
    {*_TERM_KEYS, "thresholds", "company_name", "address_form", "reply_language"}
)


def policy_from_mapping(data: Mapping[str, object]) -> Policy:
    """Build a `Policy` from plain data; raises `PolicyError` on unknown keys or bad values."""
    unknown = sorted(str(key) for key in data if key not in _KNOWN_KEYS)
    if unknown:
        raise PolicyError(unknown[0], "unknown_key")
    terms = {key: _terms(key, data.get(key)) for key in _TERM_KEYS}
    return Policy(
        thresholds=_thresholds(data.get("thresholds")),
        company_name=_text("company_name", data.get("company_name")),
        address_form=_address_form(data.get("address_form")),
        reply_language=_reply_language(data.get("reply_language")),
        **terms,
    )


def _terms(key: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items: list[object] = [value] if isinstance(value, str) else _as_list(key, value)
    seen: dict[str, str] = {}
    for item in items:
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise PolicyError(key, "not_a_list_of_strings")
        term = " ".join(str(item).split())
        if term:
            seen.setdefault(term.casefold(), term)
    return tuple(seen.values())


def _as_list(key: str, value: object) -> list[object]:
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    raise PolicyError(key, "not_a_list_of_strings")


def _thresholds(value: object) -> dict[Axis, float]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise PolicyError("thresholds", "not_a_mapping")
    result: dict[Axis, float] = {}
    for name, raw in value.items():
        if name not in set(Axis):
            raise PolicyError(f"thresholds.{name}", "unknown_axis")
        if raw is None:
            continue
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 < raw <= 1:
            raise PolicyError(f"thresholds.{name}", "threshold_out_of_range")
        result[Axis(name)] = float(raw)
    return result


def _text(key: str, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PolicyError(key, "not_a_string")
    return " ".join(value.split())


def _address_form(value: object) -> AddressForm:
    if value is None:
        return AddressForm.TU
    if not isinstance(value, str) or value.strip().lower() not in set(AddressForm):
        raise PolicyError("address_form", "unknown_address_form")
    return AddressForm(value.strip().lower())


def _reply_language(value: object) -> str:
    if value is None:
        return "fr"
    if not isinstance(value, str) or value.strip().lower() not in REPLY_LANGUAGES:
        raise PolicyError("reply_language", "unsupported_reply_language")
    return value.strip().lower()
