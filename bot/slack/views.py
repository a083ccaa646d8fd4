"""The App Home tab and the `mes-donnees` export, as Block Kit."""

from __future__ import annotations

import json
from typing import Any

from bot.slack.blocks import MAX_BLOCKS, Block, Message, bounded, clip, context, section
from bot.slack.markup import escape
from coaching.address import AddressForm
from coaching.copy_fr import slack as copy

ADDRESS_FORM_ACTION = "checkpost_address_form"
_CHUNK = 2_900
_DATA_BLOCKS = MAX_BLOCKS - 3


def home_view(form: AddressForm, *, retention_days: int, command: str) -> dict[str, Any]:
    """What checkpost is, the privacy promise, preferences and how to use it."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": copy.HOME_TITLE.say(form)}},
        section(copy.HOME_INTRO.say(form)),
        {"type": "divider"},
        section(
            copy.HOME_PRIVACY_TITLE.say(form)
            + "\n"
            + copy.HOME_PRIVACY.say(form).format(days=retention_days, command=command)
        ),
        {"type": "divider"},
        section(copy.HOME_PREFERENCES_TITLE.say(form)),
        _address_choice(form),
        context(copy.HOME_LANGUAGE.say(form)),
        {"type": "divider"},
        section(
            copy.HOME_HELP_TITLE.say(form) + "\n" + copy.HELP.say(form).format(command=command)
        ),
    ]
    return {"type": "home", "blocks": list(bounded(blocks))}


def _address_choice(form: AddressForm) -> Block:
    options = {
        AddressForm.TU: _option(copy.ADDRESS_TU.say(form), AddressForm.TU),
        AddressForm.VOUS: _option(copy.ADDRESS_VOUS.say(form), AddressForm.VOUS),
    }
    return {
        "type": "section",
        "block_id": "checkpost-preferences",
        "text": {"type": "mrkdwn", "text": copy.HOME_ADDRESS_LABEL.say(form)},
        "accessory": {
            "type": "static_select",
            "action_id": ADDRESS_FORM_ACTION,
            "options": list(options.values()),
            "initial_option": options[form],
        },
    }


def _option(label: str, form: AddressForm) -> Block:
    return {"text": {"type": "plain_text", "text": label}, "value": form.value}


def data_message(export: dict[str, Any], form: AddressForm) -> Message:
    """The export as JSON code blocks; the oldest checks are left out if it cannot fit."""
    checks = list(export.get("checks", []))
    shown, chunks = _fit(export, checks)
    blocks = [section(copy.DATA_INTRO.say(form))]
    blocks += [section(f"```{chunk}```") for chunk in chunks]
    if shown < len(checks):
        blocks.append(context(copy.DATA_CUT.say(form).format(shown=shown, total=len(checks))))
    return Message(clip(copy.DATA_INTRO.say(form)), bounded(blocks))


def _fit(export: dict[str, Any], checks: list[Any]) -> tuple[int, list[str]]:
    shown = len(checks)
    while True:
        text = escape(
            json.dumps({**export, "checks": checks[:shown]}, ensure_ascii=False, indent=1)
        )
        chunks = [text[start : start + _CHUNK] for start in range(0, len(text), _CHUNK)]
        if len(chunks) <= _DATA_BLOCKS or shown == 0:
            return shown, chunks[:_DATA_BLOCKS]
        shown //= 2
