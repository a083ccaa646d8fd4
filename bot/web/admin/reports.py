"""/admin/channels (tip subscriptions and their schedule) and /admin/stats (aggregates only)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from bot.db.stats import K_ANONYMITY, WEEKS, aggregate_stats
from bot.db.tips import SubscriptionView, active_subscriptions, subscribe
from bot.web.admin.gate import Admin, admin_page, checked_form, signed_in
from bot.web.charts import share_bar, weekly_chart
from coaching.copy_fr.admin import ADMIN, PLATFORMS, WEEKDAYS
from coaching.copy_fr.web import AXIS_LABELS

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class ChannelRow:
    id: int
    platform: str
    channel_id: str
    weekday: int
    hour: int
    timezone: str
    schedule: str


@router.get("/admin/channels")
async def channels_page(request: Request, admin: Annotated[Admin, Depends(signed_in)]) -> Response:
    notice = ADMIN["channel_saved"] if request.query_params.get("saved") == "1" else ""
    return await _channels(request, admin, notice, "", 200)


@router.post("/admin/channels/{subscription_id}")
async def reschedule(
    request: Request,
    subscription_id: int,
    admin: Annotated[Admin, Depends(signed_in)],
    form: Annotated[FormData, Depends(checked_form)],
) -> Response:
    sessions = admin.runtime.sessions
    subscriptions = await asyncio.to_thread(active_subscriptions, sessions)
    found = next((item for item in subscriptions if item.id == subscription_id), None)
    try:
        if found is None:
            raise ValueError(f"no active subscription {subscription_id}")
        weekday, hour, timezone = _schedule(form)
        await asyncio.to_thread(
            subscribe,
            sessions,
            found.platform,
            found.channel_id,
            weekday=weekday,
            hour=hour,
            timezone=timezone,
        )
    except ValueError:  # unknown channel, or a day, hour or zone `subscribe` refuses
        return await _channels(request, admin, "", ADMIN["channel_invalid"], 422)
    return RedirectResponse("/admin/channels?saved=1", status_code=303)


def _schedule(form: FormData) -> tuple[int, int, str]:
    weekday, hour = int(str(form.get("weekday"))), int(str(form.get("hour")))
    return weekday, hour, str(form.get("timezone", "")).strip()


async def _channels(
    request: Request, admin: Admin, notice: str, error: str, status: int
) -> Response:
    subscriptions = await asyncio.to_thread(active_subscriptions, admin.runtime.sessions)
    context = {
        "csrf": admin.session.csrf,
        "nav": "channels",
        "rows": [_row(item) for item in subscriptions],
        "weekdays": list(enumerate(WEEKDAYS)),
        "notice": notice,
        "error": error,
    }
    return admin_page(request, "admin/channels.html", context, status)


def _row(item: SubscriptionView) -> ChannelRow:
    schedule = ADMIN["channel_schedule_text"].format(
        weekday=WEEKDAYS[item.weekday % 7], hour=item.hour, timezone=item.timezone
    )
    platform = PLATFORMS.get(item.platform, item.platform)
    return ChannelRow(
        item.id, platform, item.channel_id, item.weekday, item.hour, item.timezone, schedule
    )


@router.get("/admin/stats")
async def stats_page(request: Request, admin: Annotated[Admin, Depends(signed_in)]) -> Response:
    stats = await asyncio.to_thread(aggregate_stats, admin.runtime.sessions)
    below_k = ADMIN["below_k"].format(k=K_ANONYMITY)
    shares = stats.flagged_share or {}
    context = {
        "nav": "stats",
        "csrf": admin.session.csrf,
        "stats": stats,
        "k": K_ANONYMITY,
        "weeks": WEEKS,
        "chart": weekly_chart(stats.weeks, below_k),
        "axis_bars": [share_bar(AXIS_LABELS[axis], share) for axis, share in shares.items()],
        "useful_bar": None
        if stats.useful_share is None
        else share_bar(ADMIN["useful_title"], stats.useful_share),
    }
    return admin_page(request, "admin/stats.html", context)
