"""One exchange of the playground, ready for the template: highlighted draft, reply, meters."""

from __future__ import annotations

from dataclasses import dataclass

from bot.runtime import Runtime
from bot.web.checks import CheckOutcome
from bot.web.highlight import Segment, highlight_segments
from coaching.axes import Axis
from coaching.copy_fr.web import AXIS_LABELS
from coaching.guidance import FindingView, Guidance, Outcome


@dataclass(frozen=True, slots=True)
class FindingRow:
    number: int
    axis: str
    axis_label: str
    kind: str
    quote: str
    why: str
    hint: str


@dataclass(frozen=True, slots=True)
class Meter:
    axis: str
    label: str
    score: float
    threshold: float
    flagged: bool


@dataclass(frozen=True, slots=True)
class Turn:
    status: int
    draft_id: str
    segments: list[Segment]
    error: str
    guidance: Guidance | None
    findings: list[FindingRow]
    meters: list[Meter]


def turn_view(runtime: Runtime, text: str, outcome: CheckOutcome) -> Turn:
    guidance = outcome.guidance
    if guidance is None:
        return Turn(outcome.status, "", [Segment(text)], outcome.error, None, [], [])
    return Turn(
        status=outcome.status,
        draft_id=outcome.draft_id,
        segments=highlight_segments(text, guidance.findings),
        error="",
        guidance=guidance,
        findings=[_row(number, f) for number, f in enumerate(guidance.findings, start=1)],
        meters=_meters(runtime, guidance),
    )


def _row(number: int, finding: FindingView) -> FindingRow:
    return FindingRow(
        number=number,
        axis=finding.axis.value,
        axis_label=AXIS_LABELS[finding.axis],
        kind=finding.kind.value,
        quote=finding.quote,
        why=finding.why,
        hint=finding.hint,
    )


def _meters(runtime: Runtime, guidance: Guidance) -> list[Meter]:
    if guidance.outcome not in (Outcome.REVIEWED, Outcome.CLEAN) or runtime.coach is None:
        return []
    coach = runtime.coach
    tuned = coach.classifier.thresholds
    return [_meter(axis, guidance, coach.policy.threshold(axis, tuned)) for axis in Axis]


def _meter(axis: Axis, guidance: Guidance, threshold: float) -> Meter:
    """The classifier's score; an axis flagged by a rule reads at least at the threshold,
    so the bar never says « calm » next to « à relire »."""
    flagged = bool(guidance.flags.get(axis, False))
    score = min(max(guidance.scores.get(axis, 0.0), 0.0), 1.0)
    level = max(score, threshold) if flagged else score
    return Meter(axis.value, AXIS_LABELS[axis], round(level, 2), round(threshold, 2), flagged)
