"""The split forward used for cached training equals the network's own forward."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("layers", [0, 1, 2])
def test_lower_then_upper_equals_full_forward(tiny_base: Path, layers: int) -> None:
    import torch
    from transformers import AutoTokenizer

    from models.encoder import build_network, lower_states, upper_logits

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_base))
    network = build_network(tiny_base).eval()
    batch = tokenizer(
        ["le client est nul", "super journée au bureau avec l'équipe"],
        padding=True,
        return_tensors="pt",
    )
    with torch.inference_mode():
        full = network(batch["input_ids"], batch["attention_mask"])
        hidden = lower_states(network, batch["input_ids"], batch["attention_mask"], layers)
        split = upper_logits(network, hidden, batch["attention_mask"], layers)
    assert torch.allclose(full, split, atol=1e-5)
