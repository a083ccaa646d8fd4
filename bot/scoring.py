"""`checkpost score`: one output line per input line, same order, nothing crashes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from coaching.coach import Coach
from coaching.copy_fr import shell
from coaching.drafts import DraftError
from coaching.guidance import Guidance, draft_error_message

CHUNK = 64
Parsed = tuple[object, str | None]  # (id, text or None when the line is unreadable)


def parse_line(line: str, number: int) -> Parsed:
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return number, None
    if not isinstance(row, dict):
        return number, None
    text = row.get("text")
    return row.get("id", number), text if isinstance(text, str) else None


def read_lines(path: Path) -> Iterator[Parsed]:
    with path.open(encoding="utf-8", errors="surrogateescape") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield parse_line(line, number)


def output_row(
    draft_id: object, result: Guidance | DraftError | None, coach: Coach
) -> dict[str, object]:
    if result is None:
        return {"id": draft_id, "error": shell.SCORE_LINE_UNREADABLE}
    if isinstance(result, DraftError):
        return {"id": draft_id, "error": draft_error_message(result, coach.policy)}
    return {
        "id": draft_id,
        "scores": {str(axis): round(value, 6) for axis, value in result.scores.items()},
        "flags": {str(axis): flag for axis, flag in result.flags.items()},
    }


def score_file(coach: Coach, source: Path, target: Path) -> tuple[int, int]:
    """Score every line; returns (lines written, lines in error)."""
    from tqdm import tqdm

    total = sum(1 for _ in read_lines(source))
    rows = read_lines(source)
    count = errors = 0
    with target.open("w", encoding="utf-8") as out, tqdm(total=total, unit="brouillon") as bar:
        while chunk := list(islice(rows, CHUNK)):
            texts = [text for _, text in chunk if text is not None]
            results = iter(coach.review_many(texts) if texts else [])
            for draft_id, text in chunk:
                row = output_row(draft_id, next(results) if text is not None else None, coach)
                errors += "error" in row
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
            bar.update(len(chunk))
    return count, errors
