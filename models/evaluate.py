"""Per-axis precision, recall, F1, false alarms, threshold tuning, and the baseline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from models.labels import LABELS

Matrix = Sequence[Sequence[int]]
Probs = Sequence[Sequence[float]]


@dataclass(frozen=True, slots=True)
class AxisScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Scores:
    axes: dict[str, AxisScore]
    macro_f1: float
    false_alarm_rate: float  # share of all-clean drafts flagged on at least one axis
    clean_count: int
    count: int


def _ratio(top: float, bottom: float) -> float:
    return top / bottom if bottom else 0.0


def axis_score(truth: Sequence[int], flags: Sequence[bool]) -> AxisScore:
    tp = sum(1 for t, f in zip(truth, flags) if t and f)
    fp = sum(1 for t, f in zip(truth, flags) if not t and f)
    fn = sum(1 for t, f in zip(truth, flags) if t and not f)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return AxisScore(precision, recall, _ratio(2 * precision * recall, precision + recall), tp + fn)


def flags_from(probs: Probs, thresholds: Mapping[str, float] | None) -> list[list[bool]]:
    cut = [thresholds[label] if thresholds else 0.5 for label in LABELS]
    return [[p >= c for p, c in zip(row, cut)] for row in probs]


def score_flags(truth: Matrix, flags: Sequence[Sequence[bool]]) -> Scores:
    axes = {
        label: axis_score([row[i] for row in truth], [row[i] for row in flags])
        for i, label in enumerate(LABELS)
    }
    clean = [i for i, row in enumerate(truth) if not any(row)]
    alarms = sum(1 for i in clean if any(flags[i]))
    macro = sum(score.f1 for score in axes.values()) / len(axes)
    return Scores(axes, macro, _ratio(alarms, len(clean)), len(clean), len(truth))


def macro_f1(truth: Matrix, probs: Probs, thresholds: Mapping[str, float] | None) -> float:
    return score_flags(truth, flags_from(probs, thresholds)).macro_f1


def tune_thresholds(truth: Matrix, probs: Probs) -> dict[str, float]:
    """Per axis, the highest threshold within 0.01 of the best dev F1 (fewer false alarms)."""
    return tune_thresholds_over([(truth, probs)])


def tune_thresholds_over(sets: Sequence[tuple[Matrix, Probs]]) -> dict[str, float]:
    """Per axis, the highest threshold within 0.01 of the best mean F1 over `sets`, each
    set weighing the same whatever its size (one register does not drown another)."""
    thresholds: dict[str, float] = {}
    grid = [step / 100 for step in range(10, 96)]
    for i, label in enumerate(LABELS):
        columns = [([row[i] for row in truth], [row[i] for row in probs]) for truth, probs in sets]
        scored = [(_mean_f1(columns, cut), cut) for cut in grid]
        best = max(f1 for f1, _ in scored)
        thresholds[label] = max(cut for f1, cut in scored if f1 >= best - 0.01)
    return thresholds


def _mean_f1(columns: Sequence[tuple[Sequence[int], Sequence[float]]], cut: float) -> float:
    scores = [axis_score(truth, [value >= cut for value in values]).f1 for truth, values in columns]
    return sum(scores) / len(scores)


def auc(truth: Sequence[int], scores: Sequence[float]) -> float | None:
    """Chance that a positive scores above a negative (ties count half): the ranking,
    whatever the threshold. None when one of the two classes is missing."""
    positives = sum(1 for value in truth if value)
    negatives = len(truth) - positives
    if not positives or not negatives:
        return None
    pairs = sorted(zip(scores, truth))
    rank_sum, start = 0.0, 0
    while start < len(pairs):
        end = start
        while end < len(pairs) and pairs[end][0] == pairs[start][0]:
            end += 1
        tied_positives = sum(1 for _, value in pairs[start:end] if value)
        rank_sum += tied_positives * (start + end + 1) / 2  # mean 1-based rank of the tie
        start = end
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def axis_aucs(truth: Matrix, probs: Probs) -> dict[str, float | None]:
    return {
        label: auc([row[i] for row in truth], [row[i] for row in probs])
        for i, label in enumerate(LABELS)
    }
