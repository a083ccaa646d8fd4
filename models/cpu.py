"""The CPU's int8 instructions: dynamic int8 answers differ with them.

Without VNNI (AVX2 alone, or AVX-512 without VNNI), ONNX Runtime's u8×s8 int8 kernels can
saturate their 16-bit intermediate sums, so an int8 model that kept its dev accuracy on a
VNNI CPU can lose some on an older one. The check that keeps or refuses the int8 path is
only valid on the kind of CPU it ran on."""

from __future__ import annotations

import json
from pathlib import Path

CPUINFO = Path("/proc/cpuinfo")
INT8_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")
VNNI_FLAGS = frozenset({"avx512_vnni", "avx_vnni", "amx_int8"})
CHECK_FILE = "int8_check.json"


def cpu_field(name: str, cpuinfo: Path | None = None) -> str:
    path = cpuinfo or CPUINFO
    lines = path.read_text().splitlines() if path.exists() else []
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(name)), "")


def int8_flags(cpuinfo: Path | None = None) -> list[str]:
    """The int8-relevant instruction sets of this CPU (empty when /proc/cpuinfo is absent)."""
    flags = set(cpu_field("flags", cpuinfo).split())
    return [flag for flag in INT8_FLAGS if flag in flags]


def record_int8_check(model_dir: Path) -> None:
    """Write down which instructions the CPU that accepted the int8 path had."""
    (model_dir / CHECK_FILE).write_text(json.dumps({"int8_flags": int8_flags()}), "utf-8")


def checked_without_here(model_dir: Path) -> bool:
    """True when the int8 path was checked on a VNNI CPU and this CPU has no VNNI: its
    accuracy here was never measured."""
    path = model_dir / CHECK_FILE
    if not path.exists():
        return False
    checked = set(json.loads(path.read_text("utf-8")).get("int8_flags", []))
    return bool(checked & VNNI_FLAGS) and not set(int8_flags()) & VNNI_FLAGS
