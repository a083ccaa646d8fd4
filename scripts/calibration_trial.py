"""Trial 4 (models/data/trials/calibration-rule.md), to re-run it: a copy of the prepared
model whose blend thresholds are tuned on dev and tune-posts with the same weight.

    .venv/bin/python scripts/calibration_trial.py var/models/<hash> /tmp/trial4
    CHECKPOST_MODEL_DIR=/tmp/trial4 .venv/bin/checkpost eval --input ... --report /tmp/t4.md
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from models.blend import BLEND_FILE, BLEND_VERSION, BlendedClassifier, load_blended
from models.data import label_matrix, load_split
from models.evaluate import Matrix, Probs, tune_thresholds_over
from models.inference import Classifier
from models.store import base_resolver


def scored(blend: BlendedClassifier, split: str) -> tuple[Matrix, Probs]:
    examples = load_split(split)
    probs = [list(row.values()) for row in blend.predict_proba([e.text for e in examples])]
    return label_matrix(examples), probs


def main(source: Path, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(source, dest)
    blend = load_blended(Classifier.load(dest, base_resolver(Path("var/models"))), dest)
    assert isinstance(blend, BlendedClassifier), "the model directory has no lexical.json"
    tuned = tune_thresholds_over([scored(blend, split) for split in ("dev", "tune-posts")])
    blend.lexical.save(dest / BLEND_FILE, {"version": BLEND_VERSION, "thresholds": tuned})
    print(f"dev seul : {dict(blend.thresholds)}\ndev + tune-posts : {tuned}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
