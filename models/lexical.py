"""TF-IDF of words and of character n-grams, one logistic regression per axis, served
without scikit-learn.

scikit-learn fits it at training time (the same features and regression as the TF-IDF
baseline, models/baseline.py); the server only needs the two vocabularies, their idf
weights and the regression coefficients (a few MB of JSON), and computes exactly what
scikit-learn's `predict_proba` would (a test holds the two together)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from models.data import Example, label_matrix
from models.labels import LABELS

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
SPACES = re.compile(r"\s\s+")
CHAR_SIZES = range(2, 6)  # as in models.baseline.lexical_features


def terms(text: str) -> list[str]:
    """Lowercased words and word pairs, as TfidfVectorizer(ngram_range=(1, 2)) reads them."""
    words = TOKEN.findall(text.lower())
    return words + [f"{first} {second}" for first, second in pairwise(words)]


def char_grams(text: str) -> list[str]:
    """Character n-grams inside space-padded words, as TfidfVectorizer(analyzer="char_wb")."""
    grams: list[str] = []
    for word in SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for size in CHAR_SIZES:
            if len(padded) <= size:
                grams.append(padded)  # a short word counts once, whatever the size
                break
            grams.extend(padded[start : start + size] for start in range(len(padded) - size + 1))
    return grams


PARTS: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
    ("words", terms),
    ("chars", char_grams),
)


class _Part:
    """One vectorizer of the union: its vocabulary, idf weights and where its rows start."""

    def __init__(self, vocabulary: Sequence[str], idf: Sequence[float], offset: int) -> None:
        import numpy as np

        self.vocabulary = list(vocabulary)
        self.index = {term: position + offset for position, term in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.offset = offset


class LexicalModel:
    """Per axis, the probability a word and character logistic regression gives a draft."""

    def __init__(
        self,
        parts: Sequence[tuple[Sequence[str], Sequence[float]]],
        coef: Any,
        intercept: Sequence[float],
    ) -> None:
        import numpy as np

        self._parts, offset = [], 0
        for vocabulary, idf in parts:
            self._parts.append(_Part(vocabulary, idf, offset))
            offset += len(vocabulary)
        self._coef = np.asarray(coef, dtype=np.float64)  # (terms of every part, axes)
        self._intercept = np.asarray(intercept, dtype=np.float64)

    @classmethod
    def fit(cls, train_set: Sequence[Example]) -> LexicalModel:
        from models.baseline import axis_regression, lexical_features

        union = lexical_features()
        features = union.fit_transform([example.text for example in train_set])
        model = axis_regression().fit(features, label_matrix(train_set))
        parts = []
        for _, vectorizer in union.transformer_list:
            ordered = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
            parts.append((ordered, vectorizer.idf_.tolist()))
        coef = [estimator.coef_[0].tolist() for estimator in model.estimators_]
        intercept = [float(estimator.intercept_[0]) for estimator in model.estimators_]
        return cls(parts, list(zip(*coef)), intercept)

    def matrix(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._row(text) for text in texts]

    def _row(self, text: str) -> list[float]:
        logits = self._intercept.copy()
        for part, (_, read) in zip(self._parts, PARTS):
            logits += self._part_logits(part, read(text))
        return [1.0 / (1.0 + math.exp(-value)) for value in logits.tolist()]

    def _part_logits(self, part: _Part, found: list[str]) -> Any:
        import numpy as np

        counts = Counter(part.index[term] for term in found if term in part.index)
        if not counts:
            return 0.0
        positions = np.fromiter(counts.keys(), dtype=np.int64)
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))
        weights = tf * part.idf[positions - part.offset]
        weights /= np.linalg.norm(weights)
        return weights @ self._coef[positions]

    def save(self, path: Path, extra: dict[str, Any]) -> None:
        data = {
            **extra,
            "labels": list(LABELS),
            "parts": {
                name: {
                    "vocabulary": part.vocabulary,
                    "idf": [round(value, 6) for value in part.idf.tolist()],
                }
                for (name, _), part in zip(PARTS, self._parts)
            },
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
        saved = rest.pop("parts")
        parts = [(saved[name]["vocabulary"], saved[name]["idf"]) for name, _ in PARTS]
        model = cls(parts, rest.pop("coef"), rest.pop("intercept"))
        return model, rest
