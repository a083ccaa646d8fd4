"""The served classifier: the fine-tuned encoder's and the lexical model's probabilities
(TF-IDF of words and characters), averaged, with thresholds tuned on dev for the average.

On the two sets written apart from the corpus (models/data/independent*.jsonl) the
average scored 0.948 and 0.942 macro-F1 against 0.922 and 0.914 for the encoder alone
(models/REPORT.md): the two make different mistakes."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from models.data import Example, label_matrix
from models.evaluate import tune_thresholds
from models.labels import LABELS
from models.lexical import LexicalModel

C = TypeVar("C")
BLEND_FILE = "lexical.json"
BLEND_VERSION = 2  # bump when the lexical model or the blend changes what it produces


class BlendedClassifier:
    """Satisfies `coaching.ports.Classifier`; `classifier` alone stays reachable."""

    def __init__(
        self, classifier: Any, lexical: LexicalModel, thresholds: Mapping[str, float]
    ) -> None:
        self.classifier = classifier
        self.lexical = lexical
        self.thresholds: Mapping[str, float] = dict(thresholds)

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.average(texts, self.classifier.predict_proba(texts))

    def average(
        self, texts: Sequence[str], encoded: Sequence[Mapping[str, float]]
    ) -> list[dict[str, float]]:
        """The served scores, from the encoder's scores of the same texts."""
        words = self.lexical.matrix(texts)
        return [
            {label: (row[label] + other[i]) / 2 for i, label in enumerate(LABELS)}
            for row, other in zip(encoded, words)
        ]


def _current_blend(model_dir: Path) -> dict[str, Any] | None:
    """The saved lexical model and thresholds, if made by this version of the code."""
    path = model_dir / BLEND_FILE
    data = json.loads(path.read_text("utf-8")) if path.exists() else None
    return data if data and data.get("version") == BLEND_VERSION else None


def is_blended(model_dir: Path) -> bool:
    return _current_blend(model_dir) is not None


def prepare_blend(
    model_dir: Path, train_set: Sequence[Example], dev_set: Sequence[Example], classifier: Any
) -> Mapping[str, float]:
    """Fit the lexical model on train, tune the average's thresholds on dev, save both."""
    lexical = LexicalModel.fit(train_set)
    blend = BlendedClassifier(classifier, lexical, dict.fromkeys(LABELS, 0.5))
    probs = [list(row.values()) for row in blend.predict_proba([e.text for e in dev_set])]
    thresholds = tune_thresholds(label_matrix(dev_set), probs)
    lexical.save(model_dir / BLEND_FILE, {"version": BLEND_VERSION, "thresholds": thresholds})
    return thresholds


def load_blended(classifier: C, model_dir: Path) -> C | BlendedClassifier:
    """The blend when the model directory has one, else the classifier alone (one read)."""
    data = _current_blend(model_dir)
    if data is None:
        return classifier
    lexical, meta = LexicalModel.from_data(data)
    return BlendedClassifier(classifier, lexical, meta["thresholds"])
