"""What a rule (or the classifier, sentence by sentence) points at in a draft."""

from dataclasses import dataclass
from enum import StrEnum

from coaching.axes import Axis


class Strength(StrEnum):
    """STRONG flags its axis alone; WEAK only backs a classifier that already leans that way."""

    STRONG = "strong"
    WEAK = "weak"


class FindingKind(StrEnum):
    """What was found; the order below is the order of importance in a reply."""

    CREDENTIAL = "credential"
    NATIONAL_ID = "national_id"
    IBAN = "iban"
    CARD_NUMBER = "card_number"
    SIN = "sin"
    HEALTH_OR_HR_ABOUT_PERSON = "health_or_hr_about_person"
    INTERNAL_URL = "internal_url"
    CODE_NAME = "code_name"
    UNANNOUNCED_PRODUCT = "unannounced_product"
    CLIENT = "client"
    EMAIL = "email"
    PHONE = "phone"
    INSULT = "insult"
    CONTEMPT = "contempt"
    VULGARITY = "vulgarity"
    REPORTED_INSULT = "reported_insult"
    """An insult someone else said, quoted or reported by the author (« il m'a traitée de … »)."""
    MONEY = "money"
    PERCENT = "percent"
    LAUNCH_DATE = "launch_date"
    FIGURE = "figure"
    SIRET_SIREN = "siret_siren"
    PASTED_INSTRUCTION = "pasted_instruction"
    UNDISCLOSED_AFFILIATION = "undisclosed_affiliation"
    COMPETITOR = "competitor"
    SHOUTING = "shouting"
    SUPERLATIVES = "superlatives"
    HASHTAG_STUFFING = "hashtag_stuffing"
    SENTENCE = "sentence"
    """No rule matched: the sentence the classifier scored highest on the axis."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the draft (``text[start:end] == quote``) that supports an axis."""

    start: int
    end: int
    kind: FindingKind
    axis: Axis
    strength: Strength
    quote: str

    @property
    def rank(self) -> tuple[int, int, int]:
        """Sort key: strong first, then by kind importance, then by position."""
        return (self.strength != Strength.STRONG, _ORDER[self.kind], self.start)

    def overlaps(self, other: "Finding") -> bool:
        return self.start < other.end and other.start < self.end


_ORDER = {kind: index for index, kind in enumerate(FindingKind)}


def make_finding(
    text: str, start: int, end: int, kind: FindingKind, strength: Strength, axis: Axis | None = None
) -> Finding:
    """A finding on `text[start:end]`, on the kind's usual axis unless one is given."""
    return Finding(start, end, kind, axis or axis_of(kind), strength, text[start:end])


def axis_of(kind: FindingKind) -> Axis:
    """The axis a kind of finding normally supports."""
    if kind in _TONE_KINDS:
        return Axis.TONE
    if kind in _AUTHENTICITY_KINDS:
        return Axis.AUTHENTICITY
    return Axis.CONFIDENTIALITY


_TONE_KINDS = frozenset(
    {
        FindingKind.INSULT,
        FindingKind.CONTEMPT,
        FindingKind.VULGARITY,
        FindingKind.REPORTED_INSULT,
        FindingKind.COMPETITOR,
        FindingKind.SHOUTING,
    }
)
_AUTHENTICITY_KINDS = frozenset(
    {
        FindingKind.PASTED_INSTRUCTION,
        FindingKind.UNDISCLOSED_AFFILIATION,
        FindingKind.SUPERLATIVES,
        FindingKind.HASHTAG_STUFFING,
    }
)
