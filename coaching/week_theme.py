"""The theme of the week: an axis that stands out in a workspace's aggregate counts.

Privacy first: the input is one workspace's totals for the week, never a person's; nothing
is chosen below MIN_CHECKS checks or MIN_AUTHORS distinct authors (so the theme can never
point at one person), and the tip never mentions the counts.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from coaching.axes import Axis

MIN_CHECKS = 10
MIN_AUTHORS = 3
MIN_SHARE = 0.2
"""The standing-out axis was worth a second look in at least this share of the checks."""
LEAD = 1.5
"""...and at least this many times as often as the next axis."""


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """A workspace's week: how many checks, by how many people, flagged on each axis."""

    checks: int
    authors: int
    flagged: Mapping[Axis, int] = field(default_factory=dict)


def standout_axis(counts: WeekCounts) -> Axis | None:
    """The axis to prefer for this week's tip, or None when none clearly stands out."""
    if counts.checks < MIN_CHECKS or counts.authors < MIN_AUTHORS:
        return None
    ranked = sorted(Axis, key=lambda axis: counts.flagged.get(axis, 0), reverse=True)
    top = counts.flagged.get(ranked[0], 0)
    runner_up = counts.flagged.get(ranked[1], 0)
    if top < MIN_SHARE * counts.checks or top < LEAD * runner_up or top == runner_up:
        return None
    return ranked[0]
