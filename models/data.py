"""The corpus on disk: load and validate JSONL files in the LABELS.md format."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from models.labels import LABELS

DATA_DIR = Path(__file__).resolve().parent / "data"
SPLITS = ("train", "dev", "test")


class CorpusError(ValueError):
    """A line of a corpus file that does not follow the LABELS.md format."""


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    labels: tuple[int, ...]  # in LABELS order

    @property
    def is_clean(self) -> bool:
        return not any(self.labels)


def parse_example(raw: str, where: str) -> Example:
    try:
        row = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: JSON illisible ({exc.msg})") from exc
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise CorpusError(f"{where}: il faut un objet avec un champ « text »")
    labels = tuple(row.get(name) for name in LABELS)
    if any(value not in (0, 1) for value in labels):
        raise CorpusError(f"{where}: chaque axe ({', '.join(LABELS)}) vaut 0 ou 1")
    return Example(str(row.get("id", where)), row["text"], labels)  # type: ignore[arg-type]


def read_examples(path: Path) -> list[Example]:
    """Every line of a JSONL file, validated; raises CorpusError on the first bad line."""
    with path.open(encoding="utf-8") as handle:
        return [
            parse_example(line, f"{path.name}:{number}")
            for number, line in enumerate(handle, 1)
            if line.strip()
        ]


def split_path(split: str, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / f"{split}.jsonl"


def load_split(split: str, data_dir: Path = DATA_DIR) -> list[Example]:
    return read_examples(split_path(split, data_dir))


def write_examples(path: Path, examples: Iterable[Example]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for example in examples:
            row = {"id": example.id, "text": example.text, **dict(zip(LABELS, example.labels))}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def label_matrix(examples: Iterable[Example]) -> list[list[int]]:
    return [list(example.labels) for example in examples]


def texts_of(examples: Iterable[Example]) -> Iterator[str]:
    return (example.text for example in examples)
