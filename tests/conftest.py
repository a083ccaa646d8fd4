"""Shared fixtures: a tiny real model, a trained tiny classifier, databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tiny import CORPUS, build_tiny_base


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_base(tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A classifier trained for two quick epochs on the tiny base (real training code)."""
    from models.data import Example
    from models.train import TrainConfig, train

    labels = [
        (0, 0, 0),
        (0, 1, 0),
        (1, 0, 0),
        (0, 0, 1),
        (0, 0, 0),
        (0, 0, 0),
        (0, 0, 0),
        (0, 1, 0),
    ]
    examples = [Example(f"t{i}", text, lab) for i, (text, lab) in enumerate(zip(CORPUS, labels))]
    out = tmp_path_factory.mktemp("tiny-model") / "model"
    config = TrainConfig(epochs=2, batch_size=4, max_length=32, patience=5)
    train(examples, examples, tiny_base, out, config, progress=False)
    return out
