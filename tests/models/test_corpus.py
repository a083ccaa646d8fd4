"""The training corpus keeps the promises of models/data/README.md."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from models.data import Example, load_split

WORD = re.compile(r"\w+")
# After dev and test, all were written apart from the corpus: evaluation only, except
# tune-posts, which calibrates the thresholds (models/blend.py) and is never trained on.
SPLITS = (
    "train",
    "dev",
    "test",
    "independent",
    "independent-posts",
    "subtle-tone",
    "fresh-posts",
    "tune-posts",
)


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Example]]:
    return {split: load_split(split) for split in SPLITS}


def _all(corpus: dict[str, list[Example]]) -> list[Example]:
    return [example for split in SPLITS for example in corpus[split]]


def test_size_and_split_shares(corpus: dict[str, list[Example]]) -> None:
    total = len(_all(corpus))
    assert total >= 4000
    for split in ("dev", "test"):
        assert 0.12 <= len(corpus[split]) / total <= 0.18


def test_balance(corpus: dict[str, list[Example]]) -> None:
    examples = _all(corpus)
    clean = sum(example.is_clean for example in examples) / len(examples)
    multi = sum(sum(example.labels) >= 2 for example in examples) / len(examples)
    assert clean >= 0.50
    assert multi >= 0.10
    for axis in range(3):
        assert sum(example.labels[axis] for example in examples) / len(examples) >= 0.08


def test_ids_unique_and_splits_disjoint(corpus: dict[str, list[Example]]) -> None:
    ids = Counter(example.id for example in _all(corpus))
    assert max(ids.values()) == 1
    texts = [set(example.text for example in corpus[split]) for split in SPLITS]
    assert not (texts[0] & texts[1]) and not (texts[0] & texts[2]) and not (texts[1] & texts[2])


def test_lengths_between_5_and_150_words(corpus: dict[str, list[Example]]) -> None:
    lengths = [len(example.text.split()) for example in _all(corpus)]
    assert min(lengths) >= 5 and max(lengths) <= 150


def test_no_two_drafts_share_an_eight_word_run(corpus: dict[str, list[Example]]) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for example in _all(corpus):
        words = [word.lower() for word in WORD.findall(example.text)]
        runs = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
        for run in runs:
            owner = seen.setdefault(run, example.id)
            if owner != example.id:
                clashes.append((owner, example.id, run))
    assert clashes == []
