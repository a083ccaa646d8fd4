"""Word TF-IDF and one logistic regression per axis, served without scikit-learn.

scikit-learn fits it at training time; the server only needs the vocabulary, the idf
weights and the regression coefficients (about 2 MB of JSON), and computes exactly what
scikit-learn's `predict_proba` would (a test holds the two together)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from models.data import Example, label_matrix
from models.labels import LABELS

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def terms(text: str) -> list[str]:
    """Lowercased words and word pairs, as TfidfVectorizer(ngram_range=(1, 2)) reads them."""
    words = TOKEN.findall(text.lower())
    return words + [f"{first} {second}" for first, second in pairwise(words)]


class LexicalModel:
    """Per axis, the probability a word-level logistic regression gives a draft."""

    def __init__(
        self, vocabulary: Sequence[str], idf: Sequence[float], coef: Any, intercept: Sequence[float]
    ) -> None:
        import numpy as np

        self.vocabulary = list(vocabulary)
        self._index = {term: position for position, term in enumerate(self.vocabulary)}
        self._idf = np.asarray(idf, dtype=np.float64)
        self._coef = np.asarray(coef, dtype=np.float64)  # (terms, axes)
        self._intercept = np.asarray(intercept, dtype=np.float64)

    @classmethod
    def fit(cls, train_set: Sequence[Example]) -> LexicalModel:
        from models.baseline import axis_regression, word_vectorizer

        vectorizer = word_vectorizer()
        features = vectorizer.fit_transform([example.text for example in train_set])
        model = axis_regression().fit(features, label_matrix(train_set))
        ordered = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        coef = [[float(e.coef_[0][i]) for e in model.estimators_] for i in range(len(ordered))]
        intercept = [float(e.intercept_[0]) for e in model.estimators_]
        return cls(ordered, vectorizer.idf_.tolist(), coef, intercept)

    def matrix(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._row(text) for text in texts]

    def _row(self, text: str) -> list[float]:
        import numpy as np

        counts = Counter(self._index[term] for term in terms(text) if term in self._index)
        logits = self._intercept.copy()
        if counts:
            positions = np.fromiter(counts.keys(), dtype=np.int64)
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))
            weights = tf * self._idf[positions]
            weights /= np.linalg.norm(weights)
            logits += weights @ self._coef[positions]
        return [1.0 / (1.0 + math.exp(-value)) for value in logits.tolist()]

    def save(self, path: Path, extra: dict[str, Any]) -> None:
        data = {
            **extra,
            "labels": list(LABELS),
            "vocabulary": self.vocabulary,
            "idf": [round(value, 6) for value in self._idf.tolist()],
            "coef": [[round(value, 6) for value in row] for row in self._coef.tolist()],
            "intercept": self._intercept.tolist(),
        }
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")

    @classmethod
    def load(cls, path: Path) -> tuple[LexicalModel, dict[str, Any]]:
        return cls.from_data(json.loads(path.read_text("utf-8")))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> tuple[LexicalModel, dict[str, Any]]:
        """The model, and what was saved beside it (version, thresholds, labels)."""
        rest = dict(data)
        model = cls(
            rest.pop("vocabulary"), rest.pop("idf"), rest.pop("coef"), rest.pop("intercept")
        )
        return model, rest
