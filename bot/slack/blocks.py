"""Guidance -> Block Kit. User text is escaped; Slack's limits (3 000 characters a section,
50 blocks a message) are respected; feedback buttons carry axis and kind, never text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.slack.markup import escape
from coaching.address import AddressForm
from coaching.copy_fr import slack as copy
from coaching.guidance import FindingView, Guidance

Block = dict[str, Any]
MAX_SECTION_CHARS = 3000
MAX_BLOCKS = 50
QUOTE_CHARS = 160
USEFUL = "checkpost_feedback_useful"
NOT_RELEVANT = "checkpost_feedback_not_relevant"


@dataclass(frozen=True, slots=True)
class Message:
    """What is sent: a notification text (escaped) and the blocks."""

    text: str
    blocks: tuple[Block, ...] = ()

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"text": self.text}
        if self.blocks:
            body["blocks"] = list(self.blocks)
        return body


def clip(text: str, limit: int = MAX_SECTION_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(mrkdwn)}}


def context(mrkdwn: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(mrkdwn)}]}


def bounded(blocks: Sequence[Block]) -> tuple[Block, ...]:
    return tuple(blocks[:MAX_BLOCKS])


def notice(mrkdwn: str) -> Message:
    """One of our own sentences (already safe mrkdwn) as a message."""
    return Message(clip(mrkdwn), (section(mrkdwn),))


def guidance_message(
    guidance: Guidance, term_hashes: Sequence[str | None], form: AddressForm
) -> Message:
    """The reply: opener, each finding with its feedback buttons, notes, closing."""
    blocks: list[Block] = [section(escape(guidance.opener))]
    for number, (finding, hashed) in enumerate(zip(guidance.findings, term_hashes), start=1):
        blocks.append(section(_finding_text(number, finding)))
        value = f"{finding.axis.value}|{finding.kind.value}|{hashed or ''}"
        blocks.append(feedback_actions(f"checkpost-feedback-{number}", value, form))
    blocks.extend(context(escape(note)) for note in guidance.notes)
    blocks.append(section(escape(guidance.closing)))
    if not guidance.findings:
        blocks.append(feedback_actions("checkpost-feedback-0", "||", form))
    return Message(clip(escape(guidance.opener)), bounded(blocks))


def feedback_actions(block_id: str, value: str, form: AddressForm) -> Block:
    return {
        "type": "actions",
        "block_id": block_id,
        "elements": [
            _button(USEFUL, copy.FEEDBACK_USEFUL.say(form), value),
            _button(NOT_RELEVANT, copy.FEEDBACK_NOT_RELEVANT.say(form), value),
        ],
    }


def thank_in_place(blocks: Sequence[Block], block_id: str, thanks: str) -> tuple[Block, ...]:
    """The same message with the clicked buttons replaced by a thank-you line."""
    return bounded(
        [context(thanks) if block.get("block_id") == block_id else block for block in blocks]
    )


def help_message(form: AddressForm, command: str) -> Message:
    return notice(copy.HELP.say(form).format(command=command))


def _finding_text(number: int, finding: FindingView) -> str:
    return copy.FINDING.say(AddressForm.TU).format(
        number=number,
        quote=escape(_short(finding.quote)),
        why=escape(finding.why),
        hint=escape(finding.hint),
    )


def _button(action_id: str, label: str, value: str) -> Block:
    return {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label[:75], "emoji": True},
        "value": value[:2000],
    }


def _short(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1].rstrip() + "…"
