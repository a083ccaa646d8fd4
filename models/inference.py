"""`Classifier.load(dir).predict_proba(texts)`: batched, loaded once, thread-safe."""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from models.cpu import checked_without_here
from models.labels import LABELS
from models.runners import ONNX_INT8, OnnxRunner, Runner, TorchRunner
from models.tokens import (
    TokenizerFile,
    encode,
    length_batches,
    pad_arrays,
    windows,
    with_specials,
)

BaseResolver = Callable[[str], "Path | str"]

log = logging.getLogger(__name__)


class ModelMissingError(FileNotFoundError):
    """The prepared classifier is not where the settings say."""


class Classifier:
    """A fine-tuned multi-label classifier; satisfies `coaching.ports.Classifier`."""

    def __init__(
        self,
        runner: Runner,
        tokenizer: Any,
        thresholds: Mapping[str, float],
        max_length: int,
        batch_size: int = 8,
    ) -> None:
        self.runner = runner
        self.tokenizer = tokenizer
        self.thresholds: Mapping[str, float] = dict(thresholds)
        self.max_length = max_length
        self.batch_size = batch_size
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls,
        model_dir: Path,
        resolve_base: BaseResolver | None = None,
        backend: str = "auto",
        *,
        batch_work: bool = False,
    ) -> Classifier:
        """The ONNX int8 model when it was prepared (and `backend` allows), else PyTorch.

        `batch_work`: tuned for back-to-back batches (ONNX threads spin) rather than for a
        server answering other requests between calls."""
        meta = read_meta(model_dir)
        thresholds = json.loads((model_dir / "thresholds.json").read_text(encoding="utf-8"))
        onnx = model_dir / ONNX_INT8
        if backend in ("auto", "onnx") and onnx.exists():
            if checked_without_here(model_dir):
                log.warning(
                    "le chemin int8 de %s a été vérifié sur un processeur VNNI, celui-ci n'en "
                    "a pas : sa précision ici n'est pas mesurée (reconstruire ici : "
                    "checkpost train --force)",
                    model_dir,
                )
            tokenizer = TokenizerFile(model_dir / "tokenizer")
            fast = OnnxRunner(onnx, spin=batch_work)
            return cls(fast, tokenizer, thresholds, int(meta["config"]["max_length"]))
        from transformers import AutoTokenizer

        base = resolve_base(meta["base"]) if resolve_base else meta["base"]
        tokenizer = AutoTokenizer.from_pretrained(str(base))
        runner = TorchRunner(load_network(model_dir, base))
        return cls(runner, tokenizer, thresholds, int(meta["config"]["max_length"]))

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One probability per label per text; a risk on any window of a long text counts."""
        if not texts:
            return []
        with self._lock:
            pieces, owners = self._pieces(texts)
            probs = self._forward(pieces)
        merged: list[list[float]] = [[0.0] * len(LABELS) for _ in texts]
        for owner, row in zip(owners, probs):
            merged[owner] = [max(a, b) for a, b in zip(merged[owner], row)]
        return [dict(zip(LABELS, row)) for row in merged]

    def _pieces(self, texts: Sequence[str]) -> tuple[list[list[int]], list[int]]:
        size = self.max_length - 2
        pieces: list[list[int]] = []
        owners: list[int] = []
        for owner, ids in enumerate(encode(self.tokenizer, texts)):
            for window in windows(ids, size, stride=size // 2):
                pieces.append(with_specials(window, self.tokenizer))
                owners.append(owner)
        return pieces, owners

    def _forward(self, pieces: list[list[int]]) -> list[list[float]]:
        out: list[list[float]] = [[] for _ in pieces]
        for batch in length_batches([len(p) for p in pieces], self.batch_size, None):
            input_ids, mask = pad_arrays([pieces[i] for i in batch], self.tokenizer.pad_token_id)
            for index, row in zip(batch, self.runner.logits(input_ids, mask)):
                out[index] = [_sigmoid(value) for value in row]
        return out


def _sigmoid(value: float) -> float:
    return (
        1.0 / (1.0 + math.exp(-value)) if value >= 0 else math.exp(value) / (1.0 + math.exp(value))
    )


def read_meta(model_dir: Path) -> dict[str, Any]:
    meta_path = model_dir / "classifier.json"
    if not meta_path.exists():
        raise ModelMissingError(str(model_dir))
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    return meta


def load_network(model_dir: Path, base: Path | str) -> Any:
    """The PyTorch network: the frozen base with the trained weights laid over it."""
    from safetensors.torch import load_file

    from models.encoder import build_network, load_trained_state

    network = build_network(base)
    load_trained_state(network, load_file(str(model_dir / "trained.safetensors")))
    return network.eval()
