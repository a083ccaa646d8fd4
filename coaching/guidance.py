"""What a person reads: an opener, at most three findings, notes, and a closing.

Every channel (CLI, Slack, Teams, playground) renders the same `Guidance`.
"""

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from coaching import copy_fr
from coaching.axes import Axis
from coaching.drafts import Draft, DraftError
from coaching.findings import Finding, FindingKind, Strength
from coaching.highlights import spot_highlight
from coaching.language import Language
from coaching.policy import AddressForm, Policy
from coaching.review import Review

MAX_FINDINGS = 3
_QUOTE_LIMIT = 160


class Outcome(StrEnum):
    """Which kind of reply this is."""

    REVIEWED = "reviewed"
    CLEAN = "clean"
    NOTHING_TO_REVIEW = "nothing_to_review"
    OTHER_LANGUAGE = "other_language"


@dataclass(frozen=True, slots=True)
class FindingView:
    """One finding as shown: ``draft[span[0]:span[1]] == quote``."""

    axis: Axis
    kind: FindingKind
    quote: str
    span: tuple[int, int]
    why: str
    hint: str
    strength: Strength


@dataclass(frozen=True, slots=True)
class Guidance:
    """The reply: warm, specific, short, and the decision left to the author."""

    opener: str
    findings: tuple[FindingView, ...]
    closing: str
    notes: tuple[str, ...]
    flags: dict[Axis, bool]
    scores: dict[Axis, float]
    language: str
    outcome: Outcome


def compose_guidance(review: Review, draft: Draft, policy: Policy) -> Guidance:
    """Turn a review of `draft` into the reply, in the policy's form of address."""
    form, seed = policy.address_form, draft_seed(draft.text)
    notes = _notes(review, draft, form)
    if not draft.has_words or review.language is Language.OTHER:
        return _quiet_guidance(review, draft, form, seed, notes)
    views = tuple(
        _view(finding, form, policy.company_name) for finding in most_important(review.findings)
    )
    return Guidance(
        opener=copy_fr.opener(spot_highlight(draft.text, review.flags), form, seed),
        findings=views,
        closing=_closing(form, seed, clean=not views),
        notes=notes,
        flags=dict(review.flags),
        scores=dict(review.scores),
        language=review.language.value,
        outcome=Outcome.REVIEWED if views else Outcome.CLEAN,
    )


def _quiet_guidance(
    review: Review, draft: Draft, form: AddressForm, seed: int, notes: tuple[str, ...]
) -> Guidance:
    """Emoji only, or a language the coach does not advise on: kind words, no advice."""
    if draft.has_words:
        opener, outcome = copy_fr.other_language_opener(form, seed), Outcome.OTHER_LANGUAGE
    else:
        opener, outcome = copy_fr.nothing_to_review(form, seed), Outcome.NOTHING_TO_REVIEW
    return Guidance(
        opener=opener,
        findings=(),
        closing=_closing(form, seed, clean=True),
        notes=notes,
        flags=dict.fromkeys(Axis, False),
        scores=dict(review.scores),
        language=review.language.value,
        outcome=outcome,
    )


def most_important(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """At most three findings, most important first, preferring different kinds."""
    ranked = sorted(findings, key=lambda finding: finding.rank)
    chosen: list[Finding] = []
    for finding in ranked:
        if len(chosen) < MAX_FINDINGS and finding.kind not in {item.kind for item in chosen}:
            chosen.append(finding)
    for finding in ranked:
        if len(chosen) < MAX_FINDINGS and finding not in chosen:
            chosen.append(finding)
    return tuple(sorted(chosen, key=lambda finding: finding.rank))


def guidance_text(guidance: Guidance) -> str:
    """The reply as plain text (CLI, examples page): opener, findings, notes, closing."""
    blocks = [guidance.opener]
    for number, finding in enumerate(guidance.findings, start=1):
        blocks.append(
            f"{number}. « {_short(finding.quote)} »\n   {finding.why}\n   → {finding.hint}"
        )
    blocks.extend(guidance.notes)
    blocks.append(guidance.closing)
    return "\n\n".join(blocks)


def draft_seed(text: str) -> int:
    """A stable number derived from the draft, to vary phrasings deterministically."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def draft_error_message(error: DraftError, policy: Policy | None = None) -> str:
    """The one kind sentence the shell shows for a draft that cannot be reviewed."""
    form = policy.address_form if policy is not None else AddressForm.TU
    return copy_fr.draft_error_text(error.code, form)


def _view(finding: Finding, form: AddressForm, company_name: str) -> FindingView:
    return FindingView(
        axis=finding.axis,
        kind=finding.kind,
        quote=finding.quote,
        span=(finding.start, finding.end),
        why=copy_fr.why(finding.kind, finding.axis, form),
        hint=copy_fr.hint(finding.kind, finding.axis, form, company_name),
        strength=finding.strength,
    )


def _closing(form: AddressForm, seed: int, *, clean: bool) -> str:
    return copy_fr.closing(form, seed >> 16, clean=clean)


def _notes(review: Review, draft: Draft, form: AddressForm) -> tuple[str, ...]:
    notes: list[str] = []
    if draft.truncated:
        notes.append(copy_fr.truncation_note(len(draft.text), draft.original_length, form))
    note = copy_fr.language_note(review.language, form) if draft.has_words else None
    if note:
        notes.append(note)
    return tuple(notes)


def _short(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= _QUOTE_LIMIT else flat[: _QUOTE_LIMIT - 1].rstrip() + "…"
