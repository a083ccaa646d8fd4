from __future__ import annotations

import pytest

from models.evaluate import axis_score, score_flags, tune_thresholds, tune_thresholds_over


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


def test_a_small_calibration_set_weighs_as_much_as_a_large_dev_set() -> None:
    def rows(scores: list[float], label: int) -> tuple[list[list[int]], list[list[float]]]:
        return [[label, 0, 0] for _ in scores], [[score, 0.1, 0.1] for score in scores]

    big_pos, big_neg = rows([0.8] * 20, 1), rows([0.55] * 4 + [0.1] * 76, 0)
    small_pos, small_neg = rows([0.5] * 3, 1), rows([0.1] * 3, 0)
    big = (big_pos[0] + big_neg[0], big_pos[1] + big_neg[1])
    small = (small_pos[0] + small_neg[0], small_pos[1] + small_neg[1])
    pooled = tune_thresholds(big[0] + small[0], big[1] + small[1])
    assert pooled["tone"] > 0.55
    assert tune_thresholds_over([big, small])["tone"] <= 0.5
    assert tune_thresholds_over([big]) == tune_thresholds(*big)


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
