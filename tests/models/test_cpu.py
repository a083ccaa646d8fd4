"""The int8 check remembers the CPU it ran on; a CPU without VNNI is told it was not measured."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from models import cpu
from models.data import Example
from models.inference import Classifier
from models.optimise import build_fast_path
from models.runners import ONNX_INT8
from tests.tiny import CORPUS

VNNI = "flags\t\t: fpu sse2 avx avx2 avx512f avx512bw avx512_vnni\n"
AVX2 = "flags\t\t: fpu sse2 avx avx2 fma\n"


def _cpu(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: str) -> None:
    fake = tmp_path / f"cpuinfo-{len(flags)}"
    fake.write_text("processor\t: 0\nmodel name\t: Test CPU\n" + flags)
    monkeypatch.setattr(cpu, "CPUINFO", fake)


def test_int8_flags_are_read_from_cpuinfo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _cpu(tmp_path, monkeypatch, VNNI)
    assert cpu.int8_flags() == ["avx2", "avx512f", "avx512_vnni"]
    assert cpu.cpu_field("model name") == "Test CPU"
    _cpu(tmp_path, monkeypatch, AVX2)
    assert cpu.int8_flags() == ["avx2"]


@pytest.mark.parametrize(
    ("checked_on", "here", "unmeasured"),
    [(VNNI, AVX2, True), (VNNI, VNNI, False), (AVX2, VNNI, False), (AVX2, AVX2, False)],
)
def test_only_vnni_checked_and_served_without_vnni_is_unmeasured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checked_on: str, here: str, unmeasured: bool
) -> None:
    _cpu(tmp_path, monkeypatch, checked_on)
    cpu.record_int8_check(tmp_path)
    _cpu(tmp_path, monkeypatch, here)
    assert cpu.checked_without_here(tmp_path) is unmeasured


def test_a_model_without_a_record_is_not_flagged(tmp_path: Path) -> None:
    assert cpu.checked_without_here(tmp_path) is False


def test_the_kept_int8_path_records_its_cpu_and_warns_elsewhere(
    tiny_model_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model_dir)
    slow = Classifier.load(model_dir, backend="torch")
    dev = [Example(f"d{i}", text, (0, 0, 0)) for i, text in enumerate(CORPUS)]
    probs = [list(row.values()) for row in slow.predict_proba(CORPUS)]
    _cpu(tmp_path, monkeypatch, VNNI)
    kept = build_fast_path(model_dir, slow.runner.network, slow.tokenizer, dev, probs)  # type: ignore[attr-defined]
    if kept is None:
        pytest.skip("the tiny model's int8 path lost too much on this CPU: nothing to record")
    assert (model_dir / ONNX_INT8).exists()
    assert json.loads((model_dir / cpu.CHECK_FILE).read_text())["int8_flags"][-1] == "avx512_vnni"
    assert "avx512_vnni" in kept
    _cpu(tmp_path, monkeypatch, AVX2)
    with caplog.at_level(logging.WARNING, logger="models.inference"):
        Classifier.load(model_dir)
    assert "VNNI" in caplog.text
