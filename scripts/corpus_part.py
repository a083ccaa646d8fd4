"""Check a new corpus part, then add it to the splits (how models/data grew).

    python scripts/corpus_part.py check PART.jsonl   # what a writer runs until it prints OK
    python scripts/corpus_part.py add PART.jsonl     # 70/15/15 split, appended to models/data

A part is a JSONL file named after its id prefix (`sms.jsonl` holds `sms-0001`, ...), one
draft per line in the LABELS.md format. `check` refuses what tests/models/test_corpus.py
would refuse (lengths, ids, labels, an 8-word run shared with any draft already in the
corpus or in another part beside it) and prints the part's balance. `add` splits the
part by itself, stratified by label combination with a fixed seed, so the drafts already
in the corpus keep their split.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

AXES = ("tone", "confidentiality", "authenticity")
DATA = Path(__file__).resolve().parent.parent / "models" / "data"
WORD = re.compile(r"\w+")
SEED = 2026


def runs(text: str) -> set[str]:
    words = [word.lower() for word in WORD.findall(text)]
    return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def known_runs(part: Path) -> dict[str, str]:
    seen: dict[str, str] = {}
    others = [p for p in part.parent.glob("*.jsonl") if p.resolve() != part.resolve()]
    for path in [*sorted(DATA.glob("*.jsonl")), *others]:
        for row in read(path):
            for run in runs(str(row["text"])):
                seen.setdefault(run, str(row["id"]))
    return seen


def problems_of(row: dict[str, object], prefix: str, seen: dict[str, str]) -> list[str]:
    found = []
    if set(row) != {"id", "text", *AXES}:
        return [f"fields must be exactly id, text, {', '.join(AXES)}"]
    if not re.fullmatch(re.escape(prefix) + r"-\d{4}", str(row["id"])):
        found.append(f"id should look like {prefix}-0001")
    if any(row[axis] not in (0, 1) for axis in AXES):
        found.append("labels must be 0 or 1")
    if not 5 <= len(str(row["text"]).split()) <= 150:
        found.append("5 to 150 words")
    clash = next(
        (run for run in runs(str(row["text"])) if seen.get(run, row["id"]) != row["id"]), None
    )
    if clash:
        found.append(f"shares the 8 words '{clash}' with {seen[clash]}")
    return found


def check(part: Path) -> int:
    seen, rows, problems = known_runs(part), read(part), []
    for row in rows:
        problems += [f"{row.get('id')}: {p}" for p in problems_of(row, part.stem, seen)]
        for run in runs(str(row.get("text", ""))):
            seen.setdefault(run, str(row.get("id")))
    count = len(rows) or 1
    clean = sum(not any(row[a] for a in AXES) for row in rows) / count
    shares = "; ".join(f"{a}=1 {sum(row[a] == 1 for row in rows) / count:.0%}" for a in AXES)
    print(f"{len(rows)} drafts; clean {clean:.0%}; {shares}")
    print("\n".join(f"PROBLEM: {p}" for p in problems) or "OK")
    return 1 if problems else 0


def split(rows: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    groups: dict[tuple[object, ...], list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[a] for a in AXES)].append(row)
    rng, out = random.Random(SEED), {"train": [], "dev": [], "test": []}
    for key in sorted(groups, key=str):
        group = groups[key]
        rng.shuffle(group)
        share = round(len(group) * 0.15)
        out["dev"] += group[:share]
        out["test"] += group[share : 2 * share]
        out["train"] += group[2 * share :]
    return out


def add(part: Path) -> int:
    if check(part):
        return 1
    for name, rows in split(read(part)).items():
        with (DATA / f"{name}.jsonl").open("a", encoding="utf-8") as handle:
            for row in sorted(rows, key=lambda r: str(r["id"])):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: +{len(rows)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "add"):
        sys.exit(__doc__)
    sys.exit((check if sys.argv[1] == "check" else add)(Path(sys.argv[2])))
