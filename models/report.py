"""The evaluation report: several systems side by side on one labelled file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


Rankings = Sequence[tuple[str, Mapping[str, float | None]]]


def ranking_line(rankings: Rankings) -> str:
    """Per system, the AUC of each axis: how well the scores rank risky above clean."""

    def value(auc: float | None) -> str:
        return "—" if auc is None else f"{auc:.3f}"

    parts = [
        f"{name} : " + ", ".join(f"{label} {value(aucs[label])}" for label in LABELS)
        for name, aucs in rankings
    ]
    return (
        "Classement sans seuil (AUC : chance qu'un brouillon à risque soit noté plus haut "
        "qu'un brouillon sans risque sur cet axe) — " + " ; ".join(parts) + "."
    )


def dataset_section(name: str, rows: Sequence[tuple[str, Scores]], rankings: Rankings = ()) -> str:
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
    if rankings:
        lines += [ranking_line(rankings), ""]
    return "\n".join(lines)
