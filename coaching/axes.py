"""The three axes a draft is read on (the names of shared/LABELS.md)."""

from enum import StrEnum


class Axis(StrEnum):
    """One independent question about a draft; the value is the label name."""

    TONE = "tone"
    CONFIDENTIALITY = "confidentiality"
    AUTHENTICITY = "authenticity"
