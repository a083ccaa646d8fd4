"""The App Home tab: published when opened, republished when a preference changes."""

from __future__ import annotations

import asyncio
import logging

from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.db.personal import save_address_form
from bot.slack.services import Services
from bot.slack.views import home_view
from coaching.address import AddressForm

log = logging.getLogger(__name__)


async def publish_home(services: Services, client: AsyncWebClient, user_id: str) -> None:
    _, form = await services.person(user_id)
    await _publish(services, client, user_id, form)


async def change_address_form(
    services: Services, client: AsyncWebClient, user_id: str, value: str
) -> None:
    try:
        form = AddressForm(value)
    except ValueError:
        return
    try:
        await asyncio.to_thread(
            save_address_form, services.runtime.sessions, services.user_hash(user_id), form.value
        )
    except SQLAlchemyError as exc:
        log.warning("slack : préférence non enregistrée (%s)", type(exc).__name__)
    services.remember_form(user_id, form)
    await _publish(services, client, user_id, form)


async def _publish(
    services: Services, client: AsyncWebClient, user_id: str, form: AddressForm
) -> None:
    view = home_view(
        form,
        retention_days=services.runtime.settings.retention_days,
        command=services.command,
    )
    await client.views_publish(user_id=user_id, view=view)
