"""What the coaching domain needs from the outside world, as structural Protocols."""

from collections.abc import Mapping, Sequence
from typing import Protocol


class Classifier(Protocol):
    """Scores drafts on the three axes (keys are `Axis` values)."""

    thresholds: Mapping[str, float]
    """Per-axis tuned decision thresholds, keyed by `Axis` value."""

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One probability per axis for each text, in the order given."""
        ...


class NameFinder(Protocol):
    """Finds the names of people in a text."""

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        """Character spans (start, end) of person names in `text`."""
        ...
