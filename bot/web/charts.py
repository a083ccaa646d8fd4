"""Geometry for the small inline SVG charts of /admin (no JavaScript, no library)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.stats import K_ANONYMITY, WeekCount

CHART_WIDTH = 480
CHART_HEIGHT = 200
_TOP, _BOTTOM, _SIDE = 22, 30, 6
SHARE_WIDTH = 200


@dataclass(frozen=True, slots=True)
class Column:
    x: float
    y: float
    width: float
    height: float
    label: str
    value_text: str
    hidden: bool


@dataclass(frozen=True, slots=True)
class ColumnChart:
    width: int
    height: int
    baseline: float
    columns: list[Column]


@dataclass(frozen=True, slots=True)
class ShareBar:
    label: str
    percent: int
    width: float
    track: int = SHARE_WIDTH


def weekly_chart(weeks: tuple[WeekCount, ...], below_k: str) -> ColumnChart:
    """One column per week; a week under k is a dashed outline up to k, labelled `below_k`."""
    top = max([K_ANONYMITY, *(week.checks for week in weeks if week.checks is not None)])
    baseline = CHART_HEIGHT - _BOTTOM
    usable = baseline - _TOP
    slot = (CHART_WIDTH - 2 * _SIDE) / max(len(weeks), 1)
    columns = []
    for index, week in enumerate(weeks):
        value = week.checks if week.checks is not None else K_ANONYMITY
        height = usable * value / top
        columns.append(
            Column(
                x=round(_SIDE + index * slot + slot * 0.15, 1),
                y=round(baseline - height, 1),
                width=round(slot * 0.7, 1),
                height=round(height, 1),
                label=week.start.strftime("%d/%m"),
                value_text=below_k if week.checks is None else str(week.checks),
                hidden=week.checks is None,
            )
        )
    return ColumnChart(CHART_WIDTH, CHART_HEIGHT, baseline, columns)


def share_bar(label: str, share: float) -> ShareBar:
    bounded = min(max(share, 0.0), 1.0)
    return ShareBar(label, round(bounded * 100), round(bounded * SHARE_WIDTH, 1))
