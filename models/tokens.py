"""From text to padded token batches, with overlapping windows for long drafts."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ftfy

PREFIX = "query: "
HASHTAG = re.compile(r"#(?=\w)")
MENTION = re.compile(r"(?<![\w@])@[\w.]*\w")
URL = re.compile(r"\b(?:https?://(?:www\.)?|www\.)([^\s/<>|]+)[^\s<>|]*", re.IGNORECASE)
LINK_PLACEHOLDER = re.compile(r"\bLINK\b")
MOJIBAKE = re.compile(r"Ã|Â|â€")
# Phones type ’ and “ ”; the corpus was typed with ' and ": the same text must read the same.
TYPOGRAPHY = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "…": "...",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


def normalise(text: str) -> str:
    """What the classifier reads: the draft without what says nothing about its risk.

    - text that went through a wrong encoding (`Ã©tÃ©`) is repaired (`été`);
    - typographic apostrophes, quotes, ellipses and non-breaking spaces read as their
      plain forms (`j’ai` as `j'ai`): phones type the first, the corpus has the second;
    - `#word` reads as `word`: a hashtag alone says nothing about authenticity (people use
      them everywhere); stuffing is caught by the coaching rules, which see the raw draft;
    - every `@handle` reads as `@user`: who is mentioned is not how it is said;
    - a link keeps only its host (`intranet.acme.local` still tells something), and the
      `LINK` placeholder of shared or anonymised posts reads as `lien`.
    """
    if MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    text = text.translate(TYPOGRAPHY)
    text = URL.sub(lambda match: f"lien {match.group(1).lower()}", text)
    text = LINK_PLACEHOLDER.sub("lien", text)
    text = MENTION.sub("@user", text)
    return HASHTAG.sub("", text)


def encode(tokenizer: Any, texts: Sequence[str], prefix: str = PREFIX) -> list[list[int]]:
    """Token ids with special tokens, not truncated (windows cut them later)."""
    batch = tokenizer([prefix + normalise(text) for text in texts], add_special_tokens=False)
    return [list(ids) for ids in batch["input_ids"]]


def windows(ids: list[int], size: int, stride: int) -> list[list[int]]:
    """Cut a token sequence into windows of `size` tokens overlapping by `size - stride`."""
    if len(ids) <= size:
        return [ids]
    starts = list(range(0, len(ids) - size + 1, stride))
    if starts[-1] + size < len(ids):
        starts.append(len(ids) - size)
    return [ids[start : start + size] for start in starts]


def with_specials(ids: list[int], tokenizer: Any) -> list[int]:
    return [tokenizer.cls_token_id, *ids, tokenizer.sep_token_id]


def pad(batch: Sequence[list[int]], pad_id: int) -> tuple[Any, Any]:
    """(input_ids, attention_mask) tensors padded to the longest sequence."""
    import torch

    width = max(len(ids) for ids in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for row, ids in enumerate(batch):
        input_ids[row, : len(ids)] = torch.tensor(ids, dtype=torch.long)
        mask[row, : len(ids)] = 1
    return input_ids, mask


def pad_arrays(batch: Sequence[list[int]], pad_id: int) -> tuple[Any, Any]:
    """The same as `pad`, as int64 numpy arrays (the ONNX path never imports torch)."""
    import numpy as np

    width = max(len(ids) for ids in batch)
    input_ids = np.full((len(batch), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    for row, ids in enumerate(batch):
        input_ids[row, : len(ids)] = ids
        mask[row, : len(ids)] = 1
    return input_ids, mask


def length_batches(lengths: Sequence[int], size: int, rng: random.Random | None) -> list[list[int]]:
    """Indices grouped by similar length (less padding); shuffled when `rng` is given."""
    order = sorted(range(len(lengths)), key=lambda index: lengths[index])
    if rng is not None:
        # Sort within noisy buckets so each epoch sees different neighbours.
        order = sorted(order, key=lambda index: lengths[index] + rng.uniform(0, 8))
    batches = [order[start : start + size] for start in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


class TokenizerFile:
    """The tokenizer saved beside the ONNX model, read with `tokenizers` alone (no torch import).

    Answers the few calls `encode`, `with_specials` and `pad` make of a transformers tokenizer.
    """

    def __init__(self, directory: Path) -> None:
        import json

        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        config = json.loads((directory / "tokenizer_config.json").read_text("utf-8"))
        self.cls_token_id = self._id(config["cls_token"])
        self.sep_token_id = self._id(config["sep_token"])
        self.pad_token_id = self._id(config["pad_token"])

    def _id(self, token: str) -> int:
        found = self._tokenizer.token_to_id(token)
        if found is None:
            raise ValueError(f"{token} absent du tokenizer")
        return int(found)

    def __call__(self, texts: Sequence[str], add_special_tokens: bool = False) -> dict[str, Any]:
        batch = self._tokenizer.encode_batch(list(texts), add_special_tokens=add_special_tokens)
        return {"input_ids": [encoding.ids for encoding in batch]}
