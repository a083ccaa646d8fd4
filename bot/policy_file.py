"""Read the company policy (checkpost.yaml) for the domain."""

from __future__ import annotations

from pathlib import Path

import yaml

from coaching.policy import Policy, policy_from_mapping


class PolicyFileError(ValueError):
    """The policy file cannot be read or does not describe a policy."""


def load_policy(path: Path | None) -> Policy:
    if path is None:
        return Policy()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyFileError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise PolicyFileError(f"{path}: un dictionnaire YAML est attendu")
    return policy_from_mapping(data)
