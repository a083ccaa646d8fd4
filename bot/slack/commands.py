"""`/checkpost ...`: a draft to review, or one of the sub-commands."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.exc import SQLAlchemyError

from bot.chat_commands import SHARED_WORDS, command_words
from bot.db.person_data import export_person, forget_person
from bot.slack.blocks import Message, help_message, notice
from bot.slack.reviews import review_message
from bot.slack.services import Author, Services, TipsRequest
from bot.slack.views import data_message
from coaching.address import AddressForm
from coaching.copy_fr import slack as copy

log = logging.getLogger(__name__)


class Kind(StrEnum):
    REVIEW = "review"
    HELP = "help"
    TIPS = "tips"
    DATA = "data"
    FORGET = "forget"


@dataclass(frozen=True, slots=True)
class Command:
    kind: Kind
    argument: str = ""


_WORDS = {word: Kind(kind) for word, kind in SHARED_WORDS.items()}


def parse_command(text: str) -> Command:
    """Only an exact sub-command is one; anything else is a draft to review."""
    words = command_words(text)
    if words in _WORDS:
        return Command(_WORDS[words])
    if words.split(" ")[0] == "tips" and len(words.split(" ")) <= 2:
        return Command(Kind.TIPS, words.removeprefix("tips").strip())
    return Command(Kind.REVIEW, text)


async def command_reply(
    services: Services, author: Author, command: Command, channel_id: str
) -> Message:
    """The answer to a draft or a sub-command (slash command or direct message)."""
    if command.kind is Kind.REVIEW:
        return await review_message(services, author, command.argument)
    _, form = await services.person(author.user_id)
    if command.kind is Kind.TIPS:
        return await _tips(services, author, command.argument, channel_id, form)
    if command.kind is Kind.DATA:
        return await _data(services, author, form)
    if command.kind is Kind.FORGET:
        return await _forget(services, author, form)
    return help_message(form, services.command)


async def _tips(
    services: Services, author: Author, switch: str, channel_id: str, form: AddressForm
) -> Message:
    if switch not in ("on", "off"):
        return notice(copy.TIPS_USAGE.say(form).format(command=services.command))
    request = TipsRequest(author.team_id, channel_id, author.user_id, switch == "on", form)
    return notice(await services.tips(request))


async def _data(services: Services, author: Author, form: AddressForm) -> Message:
    user_hash = services.user_hash(author.user_id)
    try:
        export = await asyncio.to_thread(export_person, services.runtime.sessions, user_hash)
    except SQLAlchemyError as exc:
        log.warning("slack : export impossible (%s)", type(exc).__name__)
        return notice(copy.DATA_UNAVAILABLE.say(form))
    return data_message(export, form)


async def _forget(services: Services, author: Author, form: AddressForm) -> Message:
    user_hash = services.user_hash(author.user_id)
    try:
        counts = await asyncio.to_thread(forget_person, services.runtime.sessions, user_hash)
    except SQLAlchemyError as exc:
        log.warning("slack : effacement impossible (%s)", type(exc).__name__)
        return notice(copy.DATA_UNAVAILABLE.say(form))
    services.remember_form(author.user_id, services.runtime.policy.address_form)
    return notice(
        copy.FORGOTTEN.say(form).format(
            checks=counts["checks"], feedback=counts["feedback"], terms=counts["allowed_terms"]
        )
    )
