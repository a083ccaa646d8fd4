"""Guidance -> Adaptive Card (JSON as plain dicts; no SDK import here).

Every string that may carry the author's words is a `TextRun` of a `RichTextBlock`: Teams
renders TextRuns verbatim (no markdown, no links), so a draft cannot inject formatting.
Feedback buttons carry the axis, the finding kind and at most an HMAC of the quoted term,
never text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coaching.address import AddressForm
from coaching.copy_fr import teams as copy
from coaching.guidance import FindingView, Guidance

Element = dict[str, Any]
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_VERSION = "1.4"
FEEDBACK_VERB = "checkpost.feedback"
QUOTE_CHARS = 160
MAX_TEXT_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot says: one of our own sentences (markdown), or an Adaptive Card."""

    text: str = ""
    card: Element | None = None


def guidance_card(
    guidance: Guidance, term_hashes: Sequence[str | None], form: AddressForm
) -> Element:
    """The reply: opener, each finding with its feedback buttons, notes, closing."""
    body: list[Element] = [rich(guidance.opener)]
    for number, (finding, hashed) in enumerate(zip(guidance.findings, term_hashes), start=1):
        body.append(_finding(number, finding, hashed, form))
    body.extend(rich(note, subtle=True) for note in guidance.notes)
    body.append(rich(guidance.closing))
    if not guidance.findings:
        body.append(feedback_actions("", "", None, form))
    return card(body)


def card(body: list[Element]) -> Element:
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": body,
    }


def attachment(content: Element) -> Element:
    return {"contentType": CARD_CONTENT_TYPE, "content": content}


def rich(text: str, *, subtle: bool = False, italic: bool = False) -> Element:
    """A RichTextBlock of one verbatim TextRun."""
    run: Element = {"type": "TextRun", "text": verbatim(text)}
    if subtle:
        run.update(isSubtle=True, size="Small")
    if italic:
        run["italic"] = True
    return {"type": "RichTextBlock", "inlines": [run]}


def verbatim(text: str) -> str:
    """Clipped, and with `{{` broken so Adaptive Card DATE()/TIME() functions never run."""
    clipped = text if len(text) <= MAX_TEXT_CHARS else text[: MAX_TEXT_CHARS - 1] + "…"
    return clipped.replace("{{", "{\u200b{")


def feedback_actions(axis: str, kind: str, term_hash: str | None, form: AddressForm) -> Element:
    """« Utile » / « Pas pertinent », each an Action.Submit whose data has no text."""
    return {
        "type": "ActionSet",
        "actions": [
            _submit(copy.FEEDBACK_USEFUL.say(form), axis, kind, None, useful=True),
            _submit(copy.FEEDBACK_NOT_RELEVANT.say(form), axis, kind, term_hash, useful=False),
        ],
    }


def _finding(number: int, finding: FindingView, hashed: str | None, form: AddressForm) -> Element:
    quote = {"type": "TextRun", "text": verbatim(f"« {short(finding.quote)} »"), "italic": True}
    heading = {"type": "TextRun", "text": f"{number}. ", "weight": "Bolder"}
    return {
        "type": "Container",
        "separator": True,
        "spacing": "Medium",
        "items": [
            {"type": "RichTextBlock", "inlines": [heading, quote]},
            rich(finding.why),
            rich(f"→ {finding.hint}"),
            feedback_actions(finding.axis.value, finding.kind.value, hashed, form),
        ],
    }


def _submit(title: str, axis: str, kind: str, term_hash: str | None, *, useful: bool) -> Element:
    data: Element = {"verb": FEEDBACK_VERB, "useful": useful, "axis": axis, "kind": kind}
    if term_hash:
        data["term"] = term_hash
    return {"type": "Action.Submit", "title": title, "data": data}


def short(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1].rstrip() + "…"
