"""Small fakes for the coaching tests: a classifier that holds a dict of scores.

Imported by the test modules as `tests.coaching.fakes`.
"""

from collections.abc import Mapping, Sequence

from coaching.coach import Coach
from coaching.policy import Policy


class FakeClassifier:
    """Fixed scores for every text, or per text when a key of `by_text` occurs in it."""

    def __init__(
        self,
        scores: Mapping[str, float] | None = None,
        by_text: Mapping[str, Mapping[str, float]] | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> None:
        self.scores = dict(scores or {})
        self.by_text = dict(by_text or {})
        self.thresholds: Mapping[str, float] = dict(
            thresholds or {"tone": 0.5, "confidentiality": 0.5, "authenticity": 0.5}
        )
        self.calls: list[list[str]] = []

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.calls.append(list(texts))
        return [self._score(text) for text in texts]

    def _score(self, text: str) -> dict[str, float]:
        for fragment, scores in self.by_text.items():
            if fragment in text:
                return dict(scores)
        return dict(self.scores)


class FakeNames:
    """A NameFinder that knows a fixed list of names."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.calls = 0

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        self.calls += 1
        spans = []
        for name in self.names:
            start = text.find(name)
            if start >= 0:
                spans.append((start, start + len(name)))
        return spans


LOW = {"tone": 0.05, "confidentiality": 0.05, "authenticity": 0.05}
LEANING = {"tone": 0.45, "confidentiality": 0.45, "authenticity": 0.45}  # under 0.5, over 0.4
HIGH_TONE = {"tone": 0.9, "confidentiality": 0.05, "authenticity": 0.05}

ACME = Policy(
    company_name="Acme",
    code_names=("Orion",),
    clients=("Banque Lumière",),
    competitors=("Zorg",),
    unannounced_products=("Nova",),
    public_facts=("30 M€ de chiffre d'affaires en 2023", "Acme compte 1 200 salariés"),
    internal_hosts=("acme.local", "intranet.acme.fr"),
)


def make_coach(
    scores: Mapping[str, float] | None = None, policy: Policy = ACME, names: FakeNames | None = None
) -> tuple[Coach, FakeClassifier]:
    """A coach over a fake classifier (returned too, to inspect its calls)."""
    classifier = FakeClassifier(scores if scores is not None else LOW)
    return Coach(classifier, policy, names), classifier
