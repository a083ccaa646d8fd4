"""The network: a BERT encoder, mean pooling, one sigmoid output per label."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.labels import LABELS

if TYPE_CHECKING:
    import torch

FROZEN_PREFIXES = ("encoder.embeddings.word_embeddings.",)


def _torch() -> Any:
    import torch

    return torch


def build_network(base: Path | str, dropout: float = 0.1) -> Any:
    """The base encoder with a fresh multi-label head (weights from `base`)."""
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()

    class MultiLabelEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(base), add_pooling_layer=False)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(hidden, len(LABELS))

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
            pooled = mean_pool(states.last_hidden_state, attention_mask)
            logits: torch.Tensor = self.head(self.dropout(pooled))
            return logits

    return MultiLabelEncoder()


def mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    weights = mask.unsqueeze(-1).to(states.dtype)
    return (states * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)


def freeze_embeddings(network: Any) -> None:
    """The 96M-parameter word-embedding matrix stays as the base ships it."""
    for name, parameter in network.named_parameters():
        if name.startswith(FROZEN_PREFIXES):
            parameter.requires_grad_(False)


def trained_state(network: Any) -> dict[str, torch.Tensor]:
    """Only what training changed, in fp16: the frozen rest is rebuilt from the base."""
    return {
        name: parameter.detach().to(_torch().float16).contiguous()
        for name, parameter in network.named_parameters()
        if parameter.requires_grad
    }


def load_trained_state(network: Any, state: dict[str, torch.Tensor]) -> None:
    full = {name: tensor.float() for name, tensor in state.items()}
    _missing, unexpected = network.load_state_dict(full, strict=False)
    if unexpected or "head.weight" not in full:
        raise ValueError(f"poids incompatibles avec la base: {unexpected[:3]}")


def freeze_lower(network: Any, layers: int) -> None:
    """Embeddings and the first `layers` transformer layers stay as the base ships them."""
    encoder = network.encoder
    for module in [encoder.embeddings, *encoder.encoder.layer[:layers]]:
        for parameter in module.parameters():
            parameter.requires_grad_(False)


def additive_mask(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """(batch, seq) 1/0 mask -> (batch, 1, 1, seq) additive mask for the attention layers."""
    torch = _torch()
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min  # type: ignore[no-any-return]


def lower_states(
    network: Any, input_ids: torch.Tensor, mask: torch.Tensor, layers: int
) -> torch.Tensor:
    """Hidden states after the embeddings and the first `layers` layers."""
    encoder = network.encoder
    hidden = encoder.embeddings(input_ids=input_ids)
    extended = additive_mask(mask, hidden.dtype)
    for layer in encoder.encoder.layer[:layers]:
        hidden = _layer_output(layer(hidden, attention_mask=extended))
    return hidden  # type: ignore[no-any-return]


def upper_logits(
    network: Any, hidden: torch.Tensor, mask: torch.Tensor, layers: int
) -> torch.Tensor:
    """The rest of the network from the states `lower_states` produced."""
    encoder = network.encoder
    extended = additive_mask(mask, hidden.dtype)
    for layer in encoder.encoder.layer[layers:]:
        hidden = _layer_output(layer(hidden, attention_mask=extended))
    pooled = mean_pool(hidden, mask)
    return network.head(network.dropout(pooled))  # type: ignore[no-any-return]


def _layer_output(output: Any) -> torch.Tensor:
    return output[0] if isinstance(output, tuple) else output  # type: ignore[no-any-return]
