"""The evaluation report: several systems side by side on one labelled file."""

from __future__ import annotations

from collections.abc import Sequence

from models.evaluate import Scores
from models.labels import LABELS


def _pct(value: float) -> str:
    return f"{value:.3f}"


def scores_table(rows: Sequence[tuple[str, Scores]]) -> list[str]:
    header = ["système", "macro-F1"]
    for label in LABELS:
        header += [f"{label} P", f"{label} R", f"{label} F1"]
    header.append("fausses alertes (brouillons sans risque)")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, scores in rows:
        cells = [name, _pct(scores.macro_f1)]
        for label in LABELS:
            axis = scores.axes[label]
            cells += [_pct(axis.precision), _pct(axis.recall), _pct(axis.f1)]
        alarms = round(scores.false_alarm_rate * scores.clean_count)
        cells.append(f"{scores.false_alarm_rate:.1%} ({alarms}/{scores.clean_count})")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def dataset_section(name: str, rows: Sequence[tuple[str, Scores]]) -> str:
    first = rows[0][1]
    support = ", ".join(f"{label} {first.axes[label].support}" for label in LABELS)
    lines = [
        f"### {name}",
        "",
        f"{first.count} brouillons, dont {first.clean_count} sans "
        f"aucun risque; positifs par axe: {support}.",
        "",
        *scores_table(rows),
        "",
    ]
    return "\n".join(lines)
