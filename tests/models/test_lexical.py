"""The lexical model computes what scikit-learn computes, and the blend averages the two."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from models.blend import BLEND_FILE, BlendedClassifier, is_blended, load_blended, prepare_blend
from models.data import Example, label_matrix, load_split
from models.inference import Classifier
from models.labels import LABELS
from models.lexical import LexicalModel, char_grams, terms

TEXTS = [
    "Le client est vraiment nul, une bande d'incapables !!!",
    "Super journée au salon de Lyon avec toute l'équipe 🎉",
    "Notre CA du T3 : 30 M€, pas encore publié",
    "🔥🔥🔥",
    "",
    "What a great conference in Montreal",
    "Fier de rejoindre une entreprise innovante #innovation #leadership #agile",
    "  a  ÉNORME\tmerci\n\n à @Zoé_B   pour l'aide, vraiment top 👍 x y",
]


@pytest.fixture(scope="module")
def small_train() -> list[Example]:
    return load_split("train")[:600]


def test_terms_read_words_and_pairs_like_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyse = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    for text in TEXTS:
        assert sorted(terms(text)) == sorted(analyse(text))


def test_char_grams_read_like_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyse = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in TEXTS:
        assert char_grams(text) == analyse(text)


def test_lexical_model_gives_scikit_learn_probabilities(small_train: list[Example]) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion(
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
    reference = make_pipeline(
        features,
        OneVsRestClassifier(LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced")),
    ).fit([e.text for e in small_train], label_matrix(small_train))
    mine = LexicalModel.fit(small_train).matrix(TEXTS)
    for row, expected in zip(mine, reference.predict_proba(TEXTS)):
        assert row == pytest.approx(list(expected), abs=1e-9)


def test_saved_lexical_model_answers_the_same(small_train: list[Example], tmp_path: Path) -> None:
    model = LexicalModel.fit(small_train)
    model.save(tmp_path / "lexical.json", {"version": 0})
    loaded, meta = LexicalModel.load(tmp_path / "lexical.json")
    assert meta["version"] == 0 and meta["labels"] == list(LABELS)
    for mine, theirs in zip(loaded.matrix(TEXTS), model.matrix(TEXTS)):
        assert mine == pytest.approx(theirs, abs=1e-4)


def test_blend_averages_the_encoder_and_the_lexical_model(
    tiny_model_dir: Path, small_train: list[Example], tmp_path: Path
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model_dir)
    encoder = Classifier.load(model_dir)
    assert load_blended(encoder, model_dir) is encoder  # no lexical model yet: the encoder alone
    thresholds = prepare_blend(model_dir, small_train, load_split("dev")[:200], encoder)
    assert is_blended(model_dir)
    blend = load_blended(encoder, model_dir)
    assert isinstance(blend, BlendedClassifier)
    assert blend.thresholds == thresholds and set(thresholds) == set(LABELS)
    words = blend.lexical.matrix(TEXTS)
    for row, alone, other in zip(blend.predict_proba(TEXTS), encoder.predict_proba(TEXTS), words):
        for i, label in enumerate(LABELS):
            assert row[label] == pytest.approx((alone[label] + other[i]) / 2)


def test_a_lexical_model_from_older_code_is_not_used(tiny_model_dir: Path, tmp_path: Path) -> None:
    (tmp_path / BLEND_FILE).write_text(json.dumps({"version": -1}), "utf-8")
    assert not is_blended(tmp_path)
    encoder = Classifier.load(tiny_model_dir)
    assert load_blended(encoder, tmp_path) is encoder
