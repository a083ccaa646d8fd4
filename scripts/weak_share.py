"""How the bot's verdicts move with WEAK_SUPPORT_SHARE (coaching/review.py).

    .venv/bin/python scripts/weak_share.py models/data/dev.jsonl [more.jsonl ...]

Choose the share on the dev split (the tuning split); read the other files only to see
how the choice carries. Prints, per file, the served classifier's macro-F1 and clean
false alarms, then the bot's for each share.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import coaching.review as review
from bot.app import build_coach, load_classifier
from bot.evaluation import bot_flags
from bot.settings import Settings
from models.data import read_examples
from models.evaluate import Scores, flags_from, score_flags
from models.labels import LABELS

SHARES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


class Remembered:
    """The served classifier, scoring each text once across the sweep."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.thresholds, self.seen = inner, inner.thresholds, {}

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        new = [text for text in dict.fromkeys(texts) if text not in self.seen]
        self.seen.update(zip(new, self.inner.predict_proba(new) if new else []))
        return [self.seen[text] for text in texts]


def line(name: str, scores: Scores) -> str:
    axes = " ".join(f"{axis.f1:.3f}" for axis in scores.axes.values())
    alarms = f"clean flagged {scores.false_alarm_rate:.1%}"
    return f"{name:14s} macro-F1 {scores.macro_f1:.3f} ({axes}), {alarms}"


def main(paths: Sequence[str]) -> None:
    settings = Settings()
    served = Remembered(load_classifier(settings))
    coach = build_coach(settings, served)  # type: ignore[arg-type]
    for path in paths:
        examples = read_examples(Path(path))
        truth = [list(example.labels) for example in examples]
        probs = served.predict_proba([example.text for example in examples])
        matrix = [[row[label] for label in LABELS] for row in probs]
        print(Path(path).name)
        print(line("  served", score_flags(truth, flags_from(matrix, served.thresholds))))
        for share in SHARES:
            review.WEAK_SUPPORT_SHARE = share
            print(line(f"  bot at {share:.1f}", score_flags(truth, bot_flags(coach, examples))))


if __name__ == "__main__":
    main(sys.argv[1:] or ["models/data/dev.jsonl"])
