"""The yardstick: TF-IDF (words + character n-grams) and one logistic regression per axis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from models.data import Example, label_matrix
from models.evaluate import tune_thresholds
from models.labels import LABELS


class TfidfBaseline:
    """Trained on the same split as the fine-tuned model; thresholds tuned on the same dev."""

    def __init__(self, pipeline: Any, thresholds: Mapping[str, float]) -> None:
        self._pipeline = pipeline
        self.thresholds: Mapping[str, float] = dict(thresholds)

    @classmethod
    def fit(cls, train_set: Sequence[Example], dev_set: Sequence[Example]) -> TfidfBaseline:
        from sklearn.pipeline import make_pipeline

        features = lexical_features()
        model = axis_regression()
        pipeline = make_pipeline(features, model)
        pipeline.fit([e.text for e in train_set], label_matrix(train_set))
        untuned = cls(pipeline, dict.fromkeys(LABELS, 0.5))
        dev_probs = untuned.matrix([e.text for e in dev_set])
        return cls(pipeline, tune_thresholds(label_matrix(dev_set), dev_probs))

    def matrix(self, texts: Sequence[str]) -> list[list[float]]:
        return [list(map(float, row)) for row in self._pipeline.predict_proba(list(texts))]

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict(zip(LABELS, row)) for row in self.matrix(texts)]


def lexical_features() -> Any:
    """TF-IDF of words and word pairs beside TF-IDF of character n-grams (2 to 5, inside
    words), each normalised apart. The served lexical model (models/lexical.py) reads the
    same features."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                ),
            ),
        ]
    )


def axis_regression() -> Any:
    """One balanced logistic regression per axis."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced"))
