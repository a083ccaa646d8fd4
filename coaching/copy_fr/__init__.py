"""Every French sentence a person reads, in « tu » and « vous » (the shell's are in `shell`).

The functions here choose and fill sentences; the sentences themselves live in
`openers`, `reasons`, `hints` and `notes` (and `shell` for the CLI and server messages).
"""

from coaching.address import AddressForm
from coaching.axes import Axis
from coaching.copy_fr import hints, notes, openers, reasons
from coaching.copy_fr.lines import Line, pick
from coaching.findings import FindingKind
from coaching.highlights import Highlight
from coaching.language import Language

__all__ = [
    "closing",
    "draft_error_text",
    "hint",
    "language_note",
    "nothing_to_review",
    "opener",
    "other_language_opener",
    "policy_error_message",
    "truncation_note",
    "why",
]

_TU = AddressForm.TU


def opener(highlight: Highlight, form: AddressForm = _TU, seed: int = 0) -> str:
    """Something good and specific about the draft."""
    return pick(openers.OPENERS[highlight], seed, form)


def closing(form: AddressForm = _TU, seed: int = 0, *, clean: bool = False) -> str:
    """The last line: the decision stays with the author."""
    return pick(openers.CLEAN_CLOSINGS if clean else openers.CLOSINGS, seed, form)


def nothing_to_review(form: AddressForm = _TU, seed: int = 0) -> str:
    """The opener for a draft of emoji or symbols only."""
    return pick(openers.NOTHING_TO_REVIEW, seed, form)


def other_language_opener(form: AddressForm = _TU, seed: int = 0) -> str:
    """The opener for a draft in a language the coach does not advise on."""
    return pick(openers.OTHER_LANGUAGE_OPENERS, seed, form)


def why(kind: FindingKind, axis: Axis, form: AddressForm = _TU) -> str:
    """One sentence on why this finding matters."""
    line = reasons.SENTENCE_WHY[axis] if kind is FindingKind.SENTENCE else reasons.WHY[kind]
    return line.say(form)


def hint(kind: FindingKind, axis: Axis, form: AddressForm = _TU, company_name: str = "") -> str:
    """A concrete way to say it better."""
    if kind is FindingKind.UNDISCLOSED_AFFILIATION:
        line = hints.AFFILIATION_HINT if company_name else hints.AFFILIATION_HINT_NO_NAME
        return line.say(form).replace("{company}", company_name)
    line = hints.SENTENCE_HINT[axis] if kind is FindingKind.SENTENCE else hints.HINT[kind]
    return line.say(form)


def truncation_note(reviewed: int, total: int, form: AddressForm = _TU) -> str:
    """Only the beginning of a long draft was reviewed."""
    return notes.TRUNCATED.say(form).format(reviewed=_number(reviewed), total=_number(total))


def language_note(language: Language, form: AddressForm = _TU) -> str | None:
    """A kind note for drafts not in French, or None."""
    lines: dict[Language, Line] = {Language.EN: notes.ENGLISH, Language.OTHER: notes.OTHER_LANGUAGE}
    line = lines.get(language)
    return line.say(form) if line else None


def draft_error_text(code: str, form: AddressForm = _TU) -> str:
    """The one kind sentence for a draft that cannot be reviewed."""
    return notes.DRAFT_ERRORS.get(code, notes.DRAFT_ERROR_FALLBACK).say(form)


def policy_error_message(key: str, code: str) -> str:
    """The sentence for whoever edits checkpost.yaml."""
    line = notes.POLICY_ERRORS.get(code, notes.POLICY_ERROR_FALLBACK)
    return line.say(_TU).replace("{key}", key)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")
