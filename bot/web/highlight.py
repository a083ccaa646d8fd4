"""A draft cut into plain and highlighted segments, from the findings' spans."""

from __future__ import annotations

from dataclasses import dataclass

from coaching.guidance import FindingView


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    number: int = 0
    """1-based number of the finding this segment highlights; 0 for plain text."""
    axis: str = ""


def highlight_segments(text: str, findings: tuple[FindingView, ...]) -> list[Segment]:
    """`text` in order; each finding's span (if it still matches its quote) is highlighted.
    Overlapping spans: the earlier one wins, the later one is clipped to what remains."""
    spans = sorted(
        (start, end, number, str(finding.axis))
        for number, finding in enumerate(findings, start=1)
        for start, end in [finding.span]
        if 0 <= start < end <= len(text) and text[start:end] == finding.quote
    )
    segments: list[Segment] = []
    cursor = 0
    for start, end, number, axis in spans:
        start = max(start, cursor)
        if start >= end:
            continue
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], number, axis))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments
