"""Training, saving and loading the classifier, on a tiny BERT built in the test."""

from __future__ import annotations

import json
from pathlib import Path

from models.inference import Classifier
from models.labels import LABELS


def test_training_saves_only_what_was_trained(tiny_model_dir: Path) -> None:
    from safetensors.torch import load_file

    state = load_file(str(tiny_model_dir / "trained.safetensors"))
    assert "head.weight" in state
    assert not any(name.endswith("word_embeddings.weight") for name in state)
    assert all(str(tensor.dtype) == "torch.float16" for tensor in state.values())


def test_thresholds_are_tuned_per_axis(tiny_model_dir: Path) -> None:
    thresholds = json.loads((tiny_model_dir / "thresholds.json").read_text())
    assert set(thresholds) == set(LABELS)
    assert all(0.0 < value < 1.0 for value in thresholds.values())


def test_loaded_classifier_scores_every_text_on_every_axis(tiny_model_dir: Path) -> None:
    classifier = Classifier.load(tiny_model_dir)
    rows = classifier.predict_proba(["Bonne journée à tous !", "Le client est nul", ""])
    assert len(rows) == 3
    for row in rows:
        assert set(row) == set(LABELS)
        assert all(0.0 <= value <= 1.0 for value in row.values())


def test_long_text_is_scored_in_windows(tiny_model_dir: Path) -> None:
    from models.tokens import encode

    classifier = Classifier.load(tiny_model_dir)
    risky = "Notre chiffre d'affaires du trimestre: 30 M€, +18 % (pas encore publié)."
    filler = "Il fait beau aujourd'hui et on se promène au parc. " * 40
    pieces, owners = classifier._pieces([filler + risky])
    assert len(pieces) > 2 and set(owners) == {0}
    assert all(len(piece) <= classifier.max_length for piece in pieces)
    whole, risky_ids = encode(classifier.tokenizer, [filler + risky, risky])
    assert whole[-8:] == risky_ids[-8:]  # the text ends with the risky sentence
    assert pieces[-1][1:-1] == whole[-(classifier.max_length - 2) :]  # the risky end
    per_window = classifier._forward(pieces)
    buried = classifier.predict_proba([filler + risky])[0]
    # A risk on any window counts: the text gets each axis's highest window score.
    for column, label in enumerate(LABELS):
        assert buried[label] == max(row[column] for row in per_window)
    assert per_window[-1] != per_window[0]


def test_same_seed_same_model(tiny_base: Path, tmp_path: Path, tiny_model_dir: Path) -> None:
    from safetensors.torch import load_file

    from tests.tiny import train_tiny

    train_tiny(tiny_base, tmp_path / "again")
    first = load_file(str(tiny_model_dir / "trained.safetensors"))
    second = load_file(str(tmp_path / "again" / "trained.safetensors"))
    assert all((first[name] == second[name]).all() for name in first)
