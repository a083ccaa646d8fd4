"""`checkpost eval`: the classifier, the bot's verdicts and the TF-IDF baseline, side by side."""

from __future__ import annotations

import os
import platform
import shlex
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from tqdm import tqdm

from bot.app import build_coach, load_classifier, model_dir_for
from bot.settings import Settings
from coaching.axes import Axis
from coaching.coach import Coach
from coaching.copy_fr import shell
from coaching.guidance import Guidance
from coaching.ports import Classifier
from models.baseline import TfidfBaseline
from models.blend import BlendedClassifier
from models.data import Example, load_split, read_examples, split_path
from models.evaluate import axis_aucs, flags_from, score_flags
from models.labels import LABELS
from models.report import dataset_section


def bot_flags(coach: Coach, examples: Sequence[Example]) -> list[list[bool]]:
    results = coach.review_many([example.text for example in examples])
    return [
        [isinstance(result, Guidance) and result.flags.get(Axis(label), False) for label in LABELS]
        for result in results
    ]


class Progress(Protocol):
    def update(self, n: int) -> object: ...
    def set_postfix_str(self, s: str) -> None: ...


_STEPS = 3  # per file: the encoder (and the blend), the bot, the baseline

CLASSIFIER, BLEND, BOT, BASELINE = (
    "classifieur affiné (e5-small)",
    "servi : affiné + TF-IDF mots et caractères, moyenne",
    "checkpost (servi + règles)",
    "référence TF-IDF + régression logistique",
)


def evaluate_file(
    path: Path, coach: Coach, served: Classifier, baseline: TfidfBaseline, bar: Progress
) -> str:
    """One report section: thresholded scores of each system, then their rankings.
    `bar` moves once per system (the encoder, the bot, the baseline)."""
    bar.set_postfix_str(path.name)
    examples = read_examples(path)
    truth = [list(example.labels) for example in examples]
    texts = [example.text for example in examples]
    rows, rankings = [], []
    for name, scored, thresholds in _system_scores(served, texts):
        probs = [[row[label] for label in LABELS] for row in scored]
        rows.append((name, score_flags(truth, flags_from(probs, thresholds))))
        rankings.append((name, axis_aucs(truth, probs)))
    bar.update(1)
    rows.append((BOT, score_flags(truth, bot_flags(coach, examples))))
    bar.update(1)
    base_probs = baseline.matrix(texts)
    bar.update(1)
    rows.append((BASELINE, score_flags(truth, flags_from(base_probs, baseline.thresholds))))
    rankings.append((BASELINE, axis_aucs(truth, base_probs)))
    return dataset_section(path.name, rows, rankings)


def _system_scores(
    served: Classifier, texts: list[str]
) -> list[tuple[str, list[Mapping[str, float]], Mapping[str, float]]]:
    """The encoder's scores, and the blend's from them when it is served (one encoder run)."""
    if not isinstance(served, BlendedClassifier):
        return [(CLASSIFIER, list(served.predict_proba(texts)), served.thresholds)]
    encoder = served.classifier
    encoded = list(encoder.predict_proba(texts))
    return [
        (CLASSIFIER, encoded, encoder.thresholds),
        (BLEND, list(served.average(texts, encoded)), served.thresholds),
    ]


def run_evaluation(inputs: Sequence[str], settings: Settings) -> str | int:
    paths = [Path(name) for name in inputs] or [split_path("test")]
    missing = [path for path in paths if not path.exists()]
    if missing:
        print(shell.INPUT_MISSING.format(path=missing[0]), file=sys.stderr)
        return 2
    try:
        classifier = load_classifier(settings)
    except FileNotFoundError:
        print(shell.MODEL_MISSING, file=sys.stderr)
        return 3
    coach = build_coach(settings, classifier)
    with tqdm(total=1 + _STEPS * len(paths), desc=shell.EVAL_PROGRESS, unit="étape") as bar:
        bar.set_postfix_str("train.jsonl")
        baseline = TfidfBaseline.fit(load_split("train"), load_split("dev"))
        bar.update(1)
        sections = [evaluate_file(path, coach, classifier, baseline, bar) for path in paths]
    return _header(settings) + "\n".join(sections)


def _header(settings: Settings) -> str:
    command = "checkpost " + " ".join(shlex.quote(arg) for arg in sys.argv[1:])
    return "\n".join(
        [
            "# Rapport d'évaluation du classifieur checkpost",
            "",
            f"- commande : `{command}`",
            f"- date : {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"- machine : {platform.machine()}, {os.cpu_count()} cœurs, "
            f"Python {platform.python_version()}",
            f"- modèle : `{model_dir_for(settings)}`",
            "- « fausses alertes » : part des brouillons sans aucun risque (0 sur les trois axes) "
            "qui reçoivent au moins un signalement.",
            "",
        ]
    )
