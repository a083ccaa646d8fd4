"""docs/privacy.md stays true: every test it points to exists, and every privacy test is
pointed to (by name, or through its whole file)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "privacy.md"
POINTER = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


def _pointers() -> set[tuple[str, str | None]]:
    return {(path, name or None) for path, name in POINTER.findall(DOC.read_text("utf-8"))}


def test_every_pointer_names_an_existing_test() -> None:
    missing = []
    for path, name in sorted(_pointers(), key=str):
        source = ROOT / path
        if not source.is_file():
            missing.append(path)
        elif name and not re.search(rf"^(?:async )?def {name}\(", source.read_text("utf-8"), re.M):
            missing.append(f"{path}::{name}")
    assert missing == []


def test_every_privacy_test_is_pointed_to() -> None:
    pointers = _pointers()
    whole_files = {path for path, name in pointers if name is None}
    named = {(path, name) for path, name in pointers if name}
    forgotten = []
    for source in sorted((ROOT / "tests" / "privacy").glob("test_*.py")):
        path = source.relative_to(ROOT).as_posix()
        if path in whole_files or source.name == Path(__file__).name:
            continue
        for name in re.findall(r"^def (test_\w+)\(", source.read_text("utf-8"), re.M):
            if (path, name) not in named:
                forgotten.append(f"{path}::{name}")
    assert forgotten == []
