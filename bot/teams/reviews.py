"""One draft from Teams to its guidance (the shared steps are in bot.chat_reviews)."""

from __future__ import annotations

from bot.chat_reviews import Asker, review_for
from bot.teams.cards import Reply, guidance_card
from bot.teams.services import PLATFORM, Author, TeamsServices
from coaching.copy_fr import teams as copy


async def review_draft(services: TeamsServices, author: Author, text: str) -> Reply:
    """The answer to a draft; never raises, never logs the text."""
    person, form = await services.person(author)
    asker = Asker(
        platform=PLATFORM,
        user_hash=services.user_hash(author),
        person=person,
        form=form,
        workspace_id=lambda: services.workspace_id(author.tenant_id),
    )
    outcome = await review_for(
        services.runtime, services.limiter, services.secret, asker, text, copy
    )
    if outcome.guidance is None:
        return Reply(outcome.refusal)
    return Reply(card=guidance_card(outcome.guidance, outcome.hashes, form))
