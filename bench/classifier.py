"""Classifier latency, throughput, load time and accuracy, per inference path."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from models.data import Example
from models.evaluate import flags_from, score_flags
from models.labels import LABELS


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def latency_ms(
    predict: Callable[[list[str]], Any], drafts: Sequence[str], calls: int
) -> dict[str, float]:
    """Batch-1 latency over `calls` calls cycling through real-length drafts."""
    for text in drafts[:10]:
        predict([text])
    samples = []
    for index in range(calls):
        text = drafts[index % len(drafts)]
        samples.append(timed(partial(predict, [text])) * 1000)
    return {
        "p50": percentile(samples, 0.50),
        "p95": percentile(samples, 0.95),
        "p99": percentile(samples, 0.99),
        "mean": statistics.fmean(samples),
    }


def throughput(
    predict: Callable[[list[str]], Any], drafts: Sequence[str], batch: int, total: int
) -> float:
    """Drafts per second at a fixed batch size."""
    items = [drafts[i % len(drafts)] for i in range(total)]
    batches = [items[start : start + batch] for start in range(0, total, batch)]
    seconds = sum(timed(partial(predict, group)) for group in batches)
    return total / seconds


def accuracy(classifier: Any, examples: Sequence[Example]) -> dict[str, float]:
    rows = classifier.predict_proba([e.text for e in examples])
    probs = [[row[label] for label in LABELS] for row in rows]
    scores = score_flags(
        [list(e.labels) for e in examples], flags_from(probs, classifier.thresholds)
    )
    return {
        "macro_f1": scores.macro_f1,
        "false_alarm_rate": scores.false_alarm_rate,
        **{f"{label}_f1": scores.axes[label].f1 for label in LABELS},
    }


def measure_path(load: Callable[[], Any], test: Sequence[Example], calls: int) -> dict[str, Any]:
    started = time.perf_counter()
    classifier = load()
    load_s = time.perf_counter() - started
    drafts = [e.text for e in test]
    return {
        "load_s": load_s,
        "latency_ms": latency_ms(classifier.predict_proba, drafts, calls),
        "throughput_batch32": throughput(classifier.predict_proba, drafts, 32, 640),
        "accuracy": accuracy(classifier, test),
    }
