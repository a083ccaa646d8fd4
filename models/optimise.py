"""The fast path: export to ONNX, quantize to int8, keep it only if accuracy holds."""

from __future__ import annotations

import logging
import shutil
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from models.cpu import int8_flags, record_int8_check
from models.data import Example, label_matrix
from models.evaluate import macro_f1
from models.quantization import ffn_outputs, lower_ffn_outputs, quantize_int8
from models.runners import ONNX_INT8

log = logging.getLogger(__name__)

ONNX_FP32 = "model.fp32.onnx"
MAX_F1_LOSS = 0.01


def export_onnx(network: Any, target: Path) -> Path:
    """Trace the network with a padded batch so padding stays dynamic in the graph."""
    import torch

    ids = torch.tensor([[0, 5, 6, 7, 2], [0, 5, 2, 1, 1]])
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    axes = {
        "input_ids": {0: "batch", 1: "tokens"},
        "attention_mask": {0: "batch", 1: "tokens"},
        "logits": {0: "batch"},
    }
    with warnings.catch_warnings():
        # The TorchScript exporter is chosen on purpose (the dynamo one needs onnxscript);
        # its tracer warns about shape-dependent branches that the padded example covers.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            network.eval(),
            (ids, mask),
            str(target),
            dynamo=False,
            opset_version=17,
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes=axes,
        )
    return target


# Tried in order, the first within MAX_F1_LOSS is served. Dynamic int8 hurts most on the
# feed-forward output projections (wide activations after GELU): keeping the lower half of
# them in float cut the dev loss from 0.014 to 0.007 for about 13 % more time in a trial;
# keeping all of them, 0.011 to 0.007 (batches of 8) for about 7 % more in another.
VARIANTS: tuple[tuple[str, Callable[[Path], list[str]]], ...] = (
    ("every MatMul int8", lambda _model: []),
    ("int8, lower-half feed-forward outputs kept fp32", lower_ffn_outputs),
    ("int8, feed-forward outputs kept fp32", lambda model: list(ffn_outputs(model))),
)
# Dynamic int8 scales activations per call, over every row of the batch (padding
# included): a draft scored alone (as the server does) and in a batch (as `checkpost
# score` and `eval` do) do not get quite the same numbers. The fast path must hold both.
CHECKED_BATCH_SIZES = (8, 1)


def build_fast_path(
    model_dir: Path,
    network: Any,
    tokenizer: Any,
    dev_set: Sequence[Example],
    torch_probs: Sequence[Sequence[float]],
) -> str | None:
    """Write model.int8.onnx + tokenizer/ from the first variant whose dev macro-F1 drops by
    at most MAX_F1_LOSS; its description, or None when none holds (PyTorch serves)."""
    work = model_dir / ".onnx-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        fp32 = export_onnx(network, work / ONNX_FP32)
        tokenizer.save_pretrained(str(work / "tokenizer"))
        for description, keep_fp32 in VARIANTS:
            int8 = quantize_int8(fp32, work / ONNX_INT8, keep_fp32(fp32))
            loss = _dev_loss(model_dir, int8, tokenizer, dev_set, torch_probs)
            log.info(
                "ONNX %s : perte de macro-F1 dev = %.4f, la pire seul ou par lots (tolérance %.2f)",
                description,
                loss,
                MAX_F1_LOSS,
            )
            if loss <= MAX_F1_LOSS:
                int8.rename(model_dir / ONNX_INT8)
                record_int8_check(model_dir)
                (work / "tokenizer").rename(model_dir / "tokenizer")
                worst = f"worst dev macro-F1 loss {loss:.4f} ≤ {MAX_F1_LOSS}, alone or batched"
                worst += f", on a CPU with {', '.join(int8_flags()) or 'no AVX2'}"
                return f"{description} ({worst})"
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _dev_loss(
    model_dir: Path,
    int8: Path,
    tokenizer: Any,
    dev_set: Sequence[Example],
    torch_probs: Sequence[Sequence[float]],
) -> float:
    from models.inference import Classifier
    from models.runners import OnnxRunner

    thresholds, truth, texts = (
        _thresholds(model_dir),
        label_matrix(dev_set),
        [e.text for e in dev_set],
    )
    reference = macro_f1(truth, torch_probs, thresholds)
    runner, losses = OnnxRunner(int8, spin=True), []
    for size in CHECKED_BATCH_SIZES:
        fast = Classifier(runner, tokenizer, thresholds, _max_length(model_dir), batch_size=size)
        fast_probs = [list(row.values()) for row in fast.predict_proba(texts)]
        losses.append(reference - macro_f1(truth, fast_probs, thresholds))
    return max(losses)


def _thresholds(model_dir: Path) -> dict[str, float]:
    import json

    values: dict[str, float] = json.loads((model_dir / "thresholds.json").read_text("utf-8"))
    return values


def _max_length(model_dir: Path) -> int:
    from models.inference import read_meta

    return int(read_meta(model_dir)["config"]["max_length"])
