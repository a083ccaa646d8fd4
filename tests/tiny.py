"""A tiny BERT built in the test session: real transformers code, no real weights."""

from __future__ import annotations

from pathlib import Path

CORPUS = [
    "Super journée au bureau, merci à toute l'équipe pour le lancement !",
    "Le projet Zéphyr sort le 14 mars, chut, c'est encore secret.",
    "Ce client est vraiment un abruti fini, je n'en peux plus.",
    "Fier de rejoindre une entreprise innovante, leader, agile et disruptive #innovation",
    "Je ne suis pas d'accord avec la décision sur les salaires, voici pourquoi.",
    "What a great conference in Montreal, learned a lot about accessibility.",
    "tabarnak le char est encore pris dans la neige 😂",
    "Notre chiffre d'affaires du trimestre: 30 M€, +18 % (pas encore publié).",
]


def build_tiny_base(directory: Path) -> Path:
    """A 2-layer BERT with a WordPiece tokenizer trained on a few sentences."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(
        vocab_size=400, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    )
    tokenizer.train_from_iterator(CORPUS * 3, trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
    )
    config = BertConfig(
        vocab_size=tokenizer.get_vocab_size(),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    import torch

    torch.manual_seed(0)
    BertModel(config, add_pooling_layer=False).save_pretrained(directory)
    fast.save_pretrained(directory)
    return directory


LABELS = [(0, 0, 0), (0, 1, 0), (1, 0, 0), (0, 0, 1), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 1, 0)]


def train_tiny(base: Path, out: Path) -> Path:
    """Two quick epochs of the real training code on the tiny base (same seed, same result)."""
    from models.data import Example
    from models.train import TrainConfig, train

    examples = [Example(f"t{i}", text, lab) for i, (text, lab) in enumerate(zip(CORPUS, LABELS))]
    config = TrainConfig(epochs=2, batch_size=4, max_length=32, patience=5)
    train(examples, examples, base, out, config, progress=False)
    return out
