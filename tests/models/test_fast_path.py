"""The ONNX export keeps the network's answers, padding included; the int8 path is picked up."""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path

import pytest

from models.data import Example
from models.inference import Classifier
from models.optimise import VARIANTS, build_fast_path, export_onnx
from models.quantization import lower_ffn_outputs, quantize_int8, store_half
from models.runners import ONNX_INT8, OnnxRunner
from tests.tiny import CORPUS

TEXTS = [
    "le client est nul",
    "Super journée au bureau avec toute l'équipe du salon de Lyon !",
    "secret",
]


def test_onnx_export_matches_pytorch_on_a_padded_batch(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    torch_model = Classifier.load(tiny_model_dir, backend="torch")
    onnx_path = export_onnx(torch_model.runner.network, tmp_path / "m.onnx")  # type: ignore[attr-defined]
    exported = Classifier(
        OnnxRunner(onnx_path), torch_model.tokenizer, torch_model.thresholds, torch_model.max_length
    )
    for mine, theirs in zip(exported.predict_proba(TEXTS), torch_model.predict_proba(TEXTS)):
        assert mine == pytest.approx(theirs, abs=1e-4)


def test_fast_path_is_kept_and_loaded(tiny_model_dir: Path, tmp_path: Path) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model_dir)
    slow = Classifier.load(model_dir, backend="torch")
    dev = [Example(f"d{i}", text, (0, 0, 0)) for i, text in enumerate(CORPUS)]
    probs = [list(row.values()) for row in slow.predict_proba(CORPUS)]
    kept = build_fast_path(model_dir, slow.runner.network, slow.tokenizer, dev, probs)  # type: ignore[attr-defined]
    assert (kept is not None) == (model_dir / ONNX_INT8).exists()
    if kept:
        fast = Classifier.load(model_dir)
        assert fast.runner.name == "onnxruntime-int8"
        assert len(fast.predict_proba(TEXTS)) == 3
        batch = Classifier.load(model_dir, batch_work=True)  # threads spin: same numbers
        assert batch.predict_proba(TEXTS) == fast.predict_proba(TEXTS)
    assert not (model_dir / ".onnx-work").exists()


def test_onnx_path_reads_the_same_ids_without_torch_tokenizers(tiny_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    from models.tokens import TokenizerFile, encode

    saved = tiny_model_dir.parent / "saved-tokenizer"
    if not saved.exists():
        Classifier.load(tiny_model_dir, backend="torch").tokenizer.save_pretrained(str(saved))
    light, full = TokenizerFile(saved), AutoTokenizer.from_pretrained(str(saved))
    texts = [*TEXTS, "Émoji 🎉 et #hashtag, l’apostrophe", ""]
    assert encode(light, texts) == encode(full, texts)
    assert (light.cls_token_id, light.sep_token_id, light.pad_token_id) == (
        full.cls_token_id,
        full.sep_token_id,
        full.pad_token_id,
    )


def test_the_fallback_keeps_lower_feed_forward_outputs_in_float(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    import onnx

    network = Classifier.load(tiny_model_dir, backend="torch").runner.network  # type: ignore[attr-defined]
    fp32 = export_onnx(network, tmp_path / "m.onnx")
    kept = lower_ffn_outputs(fp32)
    layers = network.encoder.config.num_hidden_layers
    assert len(kept) == layers // 2 and all(name.endswith("/output/dense/MatMul") for name in kept)
    int8 = onnx.load(str(quantize_int8(fp32, tmp_path / "q.onnx", kept)))
    float_matmuls = {node.name: node for node in int8.graph.node if node.op_type == "MatMul"}
    assert set(kept) <= set(float_matmuls)  # left as plain float MatMuls
    assert any(node.op_type == "MatMulInteger" for node in int8.graph.node)
    casts = {node.output[0]: node.input[0] for node in int8.graph.node if node.op_type == "Cast"}
    halves = {t.name for t in int8.graph.initializer if t.data_type == onnx.TensorProto.FLOAT16}
    assert all(casts.get(float_matmuls[name].input[1]) in halves for name in kept)


def test_float_weights_stored_at_half_size_answer_like_full_size(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    import numpy as np
    import onnx

    network = Classifier.load(tiny_model_dir, backend="torch").runner.network  # type: ignore[attr-defined]
    fp32 = export_onnx(network, tmp_path / "m.onnx")
    model = onnx.load(str(fp32))
    matmuls = [node.name for node in model.graph.node if node.op_type == "MatMul"]
    store_half(model, matmuls)
    onnx.save(model, str(tmp_path / "half.onnx"))
    ids = np.array([[0, 5, 6, 7, 2], [0, 5, 2, 1, 1]])
    mask = np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    full = OnnxRunner(fp32).logits(ids, mask)
    half = OnnxRunner(tmp_path / "half.onnx").logits(ids, mask)
    assert (tmp_path / "half.onnx").stat().st_size < fp32.stat().st_size
    assert np.allclose(half, full, atol=1e-2)


def test_each_fallback_keeps_more_feed_forward_outputs_in_float(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    network = Classifier.load(tiny_model_dir, backend="torch").runner.network  # type: ignore[attr-defined]
    fp32 = export_onnx(network, tmp_path / "m.onnx")
    kept = [set(choose(fp32)) for _description, choose in VARIANTS]
    assert kept[0] == set()
    assert all(before < after for before, after in pairwise(kept))
    assert len(kept[-1]) == network.encoder.config.num_hidden_layers
