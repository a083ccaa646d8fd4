"""Fine-tuning: multi-label head (sigmoid, BCE) on mean-pooled embeddings."""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.data import Example, label_matrix
from models.encoder import (
    build_network,
    freeze_embeddings,
    freeze_lower,
    lower_states,
    trained_state,
    upper_logits,
)
from models.evaluate import macro_f1, tune_thresholds
from models.tokens import encode, length_batches, pad, with_specials

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TrainConfig:
    max_length: int = 128
    batch_size: int = 16
    epochs: int = 2
    learning_rate: float = 6e-5
    head_learning_rate: float = 2e-3
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    patience: int = 1
    frozen_layers: int = 6
    seed: int = 13
    threads: int = 2


@dataclass(frozen=True, slots=True)
class TrainResult:
    model_dir: Path
    dev_macro_f1: float
    epochs_run: int
    seconds: float
    thresholds: dict[str, float]


def seed_everything(seed: int, threads: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)


def tokenize_examples(
    tokenizer: Any, examples: Sequence[Example], max_length: int
) -> list[list[int]]:
    """Training truncates to one window (drafts are short); inference uses windows."""
    ids = encode(tokenizer, [example.text for example in examples])
    return [with_specials(seq[: max_length - 2], tokenizer) for seq in ids]


def train(
    train_set: Sequence[Example],
    dev_set: Sequence[Example],
    base: Path | str,
    out_dir: Path,
    config: TrainConfig = TrainConfig(),
    progress: bool = True,
    base_spec: str = "",
) -> TrainResult:
    """Fine-tune, keep the best epoch on dev, tune thresholds on dev, save the model."""
    import torch
    from transformers import AutoTokenizer

    seed_everything(config.seed, config.threads)
    started = time.monotonic()
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    network = build_network(base)
    freeze_embeddings(network)
    freeze_lower(network, config.frozen_layers)
    train_ids = tokenize_examples(tokenizer, train_set, config.max_length)
    dev_ids = tokenize_examples(tokenizer, dev_set, config.max_length)
    cache = cache_lower(network, train_ids, tokenizer.pad_token_id, config, progress)
    targets = torch.tensor(label_matrix(train_set), dtype=torch.float32)
    optimiser, scheduler = _optimiser(network, config, _steps(len(train_ids), config))
    best: tuple[float, dict[str, Any], list[list[float]]] = (-1.0, {}, [])
    epochs_run, stale = 0, 0
    for epoch in range(config.epochs):
        epochs_run += 1
        rng = random.Random(config.seed + epoch)
        _run_epoch(
            network,
            cache,
            targets,
            optimiser,
            scheduler,
            config,
            rng,
            progress,
            f"époque {epoch + 1}/{config.epochs}",
        )
        dev_probs = predict_ids(network, dev_ids, tokenizer.pad_token_id, config.batch_size * 2)
        score = macro_f1(label_matrix(dev_set), dev_probs, None)
        log.info("époque %d: macro-F1 dev (seuil 0,5) = %.3f", epoch + 1, score)
        if score > best[0]:
            best, stale = (score, trained_state(network), dev_probs), 0
        else:
            stale += 1
        if stale > config.patience:
            break
    thresholds = tune_thresholds(label_matrix(dev_set), best[2])
    save_model(out_dir, best[1], thresholds, config, base_spec or str(base))
    return TrainResult(out_dir, best[0], epochs_run, time.monotonic() - started, thresholds)


def _steps(count: int, config: TrainConfig) -> int:
    return max(1, -(-count // config.batch_size) * config.epochs)


def _optimiser(network: Any, config: TrainConfig, total_steps: int) -> tuple[Any, Any]:
    import torch
    from transformers import get_linear_schedule_with_warmup

    head = [p for n, p in network.named_parameters() if n.startswith("head.") and p.requires_grad]
    body = [
        p for n, p in network.named_parameters() if not n.startswith("head.") and p.requires_grad
    ]
    optimiser = torch.optim.AdamW(
        [
            {"params": body, "lr": config.learning_rate},
            {"params": head, "lr": config.head_learning_rate},
        ],
        weight_decay=config.weight_decay,
    )
    warmup = int(total_steps * config.warmup_ratio)
    return optimiser, get_linear_schedule_with_warmup(optimiser, warmup, total_steps)


def cache_lower(
    network: Any, ids: list[list[int]], pad_id: int, config: TrainConfig, progress: bool
) -> list[Any]:
    """The frozen lower layers give the same states every epoch: compute them once."""
    import torch
    from tqdm import tqdm

    network.eval()
    cache: list[Any] = [None] * len(ids)
    batches = length_batches([len(seq) for seq in ids], config.batch_size * 2, None)
    with torch.inference_mode():
        for batch in tqdm(
            batches, desc="préparation", unit="lot", disable=not progress, leave=False
        ):
            input_ids, mask = pad([ids[index] for index in batch], pad_id)
            states = lower_states(network, input_ids, mask, config.frozen_layers)
            for row, index in enumerate(batch):
                cache[index] = states[row, : len(ids[index])].clone()
    return cache


def pad_states(states: Sequence[Any]) -> tuple[Any, Any]:
    import torch

    width = max(state.shape[0] for state in states)
    hidden = torch.zeros((len(states), width, states[0].shape[1]))
    mask = torch.zeros((len(states), width), dtype=torch.long)
    for row, state in enumerate(states):
        hidden[row, : state.shape[0]] = state
        mask[row, : state.shape[0]] = 1
    return hidden, mask


def _run_epoch(
    network: Any,
    cache: list[Any],
    targets: Any,
    optimiser: Any,
    scheduler: Any,
    config: TrainConfig,
    rng: random.Random,
    progress: bool,
    title: str,
) -> None:
    import torch
    from tqdm import tqdm

    network.train()
    loss_fn = torch.nn.BCEWithLogitsLoss()
    batches = length_batches([state.shape[0] for state in cache], config.batch_size, rng)
    bar = tqdm(batches, desc=title, unit="lot", disable=not progress, leave=False)
    for batch in bar:
        hidden, mask = pad_states([cache[index] for index in batch])
        logits = upper_logits(network, hidden, mask, config.frozen_layers)
        loss = loss_fn(logits, targets[batch])
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
        optimiser.step()
        scheduler.step()
        bar.set_postfix(perte=f"{loss.item():.3f}")


def predict_ids(
    network: Any, ids: list[list[int]], pad_id: int, batch_size: int
) -> list[list[float]]:
    """Probabilities per sequence, in input order."""
    import torch

    network.eval()
    probs: list[list[float]] = [[] for _ in ids]
    with torch.inference_mode():
        for batch in length_batches([len(seq) for seq in ids], batch_size, None):
            input_ids, mask = pad([ids[index] for index in batch], pad_id)
            for index, row in zip(batch, torch.sigmoid(network(input_ids, mask)).tolist()):
                probs[index] = row
    return probs


def save_model(
    out_dir: Path,
    state: dict[str, Any],
    thresholds: dict[str, float],
    config: TrainConfig,
    base: str,
) -> None:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(state, str(out_dir / "trained.safetensors"))
    (out_dir / "thresholds.json").write_text(json.dumps(thresholds, indent=2), encoding="utf-8")
    meta = {"base": base, "config": asdict(config), "format": 1}
    (out_dir / "classifier.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
