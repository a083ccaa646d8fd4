"""One draft from Slack to its guidance (the shared steps are in bot.chat_reviews)."""

from __future__ import annotations

from bot.chat_reviews import Asker, review_for
from bot.slack.blocks import Message, guidance_message, notice
from bot.slack.markup import escape, plain_text
from bot.slack.services import PLATFORM, Author, Services
from coaching.copy_fr import slack as copy


async def review_message(services: Services, author: Author, markup: str) -> Message:
    """The reply to a draft written in Slack markup; never raises, never logs the text."""
    person, form = await services.person(author.user_id)
    asker = Asker(
        platform=PLATFORM,
        user_hash=services.user_hash(author.user_id),
        person=person,
        form=form,
        workspace_id=lambda: services.workspace_id(author.team_id),
    )
    outcome = await review_for(
        services.runtime, services.limiter, services.secret, asker, plain_text(markup), copy
    )
    if outcome.guidance is None:
        return notice(escape(outcome.refusal))
    return guidance_message(outcome.guidance, outcome.hashes, form)
