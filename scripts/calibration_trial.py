"""Trial 4 (models/data/trials/calibration-rule.md), to re-run it: a copy of the prepared
model whose blend thresholds are tuned on dev and tune-posts with the same weight.

    .venv/bin/python scripts/calibration_trial.py var/models/<hash> /tmp/trial4
    CHECKPOST_MODEL_DIR=/tmp/trial4 .venv/bin/checkpost eval --input ... --report /tmp/t4.md
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from models.blend import BLEND_FILE, BlendedClassifier
from models.data import Example, label_matrix, load_split
from models.evaluate import Matrix, Probs, tune_thresholds_over
from models.inference import Classifier
from models.lexical import LexicalModel
from models.store import base_resolver


def scored(blend: BlendedClassifier, examples: list[Example]) -> tuple[Matrix, Probs]:
    probs = [list(row.values()) for row in blend.predict_proba([e.text for e in examples])]
    return label_matrix(examples), probs


def main(source: Path, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(source, dest)
    data = json.loads((dest / BLEND_FILE).read_text("utf-8"))
    lexical, meta = LexicalModel.from_data(data)
    classifier = Classifier.load(dest, base_resolver(Path("var/models")))
    blend = BlendedClassifier(classifier, lexical, meta["thresholds"])
    tuned = tune_thresholds_over([scored(blend, load_split(s)) for s in ("dev", "tune-posts")])
    data["thresholds"] = tuned
    (dest / BLEND_FILE).write_text(json.dumps(data), "utf-8")
    print(f"dev seul : {meta['thresholds']}\ndev + tune-posts : {tuned}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
