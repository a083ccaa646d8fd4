from __future__ import annotations

import pytest

from models.evaluate import axis_score, score_flags, tune_thresholds


def test_axis_score_counts() -> None:
    score = axis_score([1, 1, 0, 0], [True, False, True, False])
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)
    assert score.support == 2


def test_false_alarm_rate_counts_clean_drafts_flagged_anywhere() -> None:
    truth = [[0, 0, 0], [0, 0, 0], [1, 0, 0], [0, 0, 0]]
    flags = [
        [False, True, False],
        [False, False, False],
        [True, False, False],
        [False, False, False],
    ]
    scores = score_flags(truth, flags)
    assert scores.clean_count == 3
    assert scores.false_alarm_rate == pytest.approx(1 / 3)


def test_thresholds_separate_a_separable_axis() -> None:
    truth = [[1, 0, 0], [0, 0, 0], [1, 0, 0], [0, 0, 0]]
    probs = [[0.8, 0.1, 0.1], [0.3, 0.1, 0.1], [0.7, 0.1, 0.1], [0.2, 0.1, 0.1]]
    thresholds = tune_thresholds(truth, probs)
    assert 0.3 < thresholds["tone"] <= 0.7


def test_auc_is_the_share_of_positive_negative_pairs_ranked_right() -> None:
    import random

    from models.evaluate import auc

    assert auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    assert auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.5
    assert auc([0, 0, 0], [0.1, 0.2, 0.3]) is None
    rng = random.Random(7)
    truth = [rng.randint(0, 1) for _ in range(200)]
    scores = [round(rng.random(), 1) for _ in truth]  # many ties
    pairs = [(p, n) for p, t in zip(scores, truth) if t for n, u in zip(scores, truth) if not u]
    brute = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in pairs) / len(pairs)
    assert auc(truth, scores) == pytest.approx(brute)
