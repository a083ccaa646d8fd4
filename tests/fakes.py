"""Small fakes: a classifier that reads trigger words (no torch, no mocks)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

TRIGGERS = {
    "tone": ("abruti", "nul", "idiot"),
    "confidentiality": ("zéphyr", "trimestre", "secret"),
    "authenticity": ("disruptive", "leader", "#innovation"),
}


class KeywordClassifier:
    """0.9 on an axis when one of its trigger words appears, 0.05 otherwise."""

    def __init__(self, thresholds: Mapping[str, float] | None = None) -> None:
        self.thresholds: Mapping[str, float] = thresholds or dict.fromkeys(TRIGGERS, 0.5)
        self.calls = 0

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.calls += 1
        return [
            {
                axis: 0.9 if any(word in text.lower() for word in words) else 0.05
                for axis, words in TRIGGERS.items()
            }
            for text in texts
        ]


class NoNames:
    """A name finder that finds nobody (spaCy has its own tests in tests/models)."""

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        return []
