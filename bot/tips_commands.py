"""`checkpost tips preview` and `checkpost tips send-now CHANNEL` (for the admins)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import build_engine, session_scope
from bot.db.tip_claims import SENT, week_delivery
from bot.scheduler import TipScheduler, utc_now
from bot.settings import Settings, load_settings
from bot.tip_calendar import week_of, zone_of
from bot.tips_service import Upcoming, active_subscriptions, upcoming
from coaching.copy_fr import shell
from coaching.copy_fr import tips as copy
from coaching.tips import tip_text


def _say(message: str, *, error: bool = False) -> None:
    print(message, file=sys.stderr if error else sys.stdout)


def tips(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = build_engine(settings.effective_database_url)
    sessions = sessionmaker(engine)
    try:
        if args.action == "preview":
            return preview(sessions, utc_now())
        return asyncio.run(send_now(sessions, settings, args.channel, args.platform))
    except SQLAlchemyError as exc:
        shown = settings.effective_database_url.split("@")[-1]
        _say(shell.DB_UNREACHABLE.format(url=shown, detail=type(exc).__name__), error=True)
        return 1
    finally:
        engine.dispose()


def preview(sessions: sessionmaker[Session], now: datetime) -> int:
    """The next tip of each subscribed channel, with its local send time."""
    coming = upcoming(sessions, now)
    if not coming:
        _say(copy.PREVIEW_NONE)
    for item in coming:
        _say(_preview_line(item, now))
        _say("    " + tip_text(item.tip).replace("\n", "\n    ") + "\n")
    return 0


def _preview_line(item: Upcoming, now: datetime) -> str:
    subscription = item.subscription
    local = item.at.astimezone(zone_of(subscription))
    when = f"{copy.WEEKDAYS[local.weekday()]} {local:%Y-%m-%d %H:%M}"
    return copy.PREVIEW_CHANNEL.format(
        platform=subscription.platform,
        channel=subscription.channel_id,
        when=when,
        timezone=subscription.timezone,
        overdue=copy.PREVIEW_OVERDUE if item.at <= now else "",
        tip_id=item.tip.id,
        axis=item.tip.axis.value,
        theme=item.tip.theme.value,
    )


async def send_now(
    sessions: sessionmaker[Session], settings: Settings, channel: str, platform: str | None
) -> int:
    """This week's tip in one channel right now (it then counts as the week's tip)."""
    found = [
        item
        for item in active_subscriptions(sessions, channel)
        if platform in (None, item.platform)
    ]
    if len(found) != 1:
        line = copy.SEND_NOW_AMBIGUOUS if found else copy.SEND_NOW_UNKNOWN
        _say(line.format(channel=channel), error=True)
        return 2
    from bot.tips_senders import tip_senders  # slack_sdk, only when sending

    subscription = found[0]
    senders = tip_senders(settings)
    if subscription.platform not in senders:
        _say(copy.SEND_NOW_NO_SENDER.format(platform=subscription.platform), error=True)
        return 3
    week = week_of(utc_now(), zone_of(subscription))
    delivery = await TipScheduler(sessions, senders).deliver(subscription, week)
    names = {"channel": channel, "platform": subscription.platform}
    if delivery is None:
        _say(_not_claimed(sessions, subscription.id, week).format(**names), error=True)
        return 1
    if not delivery.sent:
        _say(copy.SEND_NOW_FAILED.format(**names), error=True)
        return 1
    _say(copy.SEND_NOW_DONE.format(tip_id=delivery.tip_id, **names))
    return 0


def _not_claimed(sessions: sessionmaker[Session], subscription_id: int, week: str) -> str:
    """Why send-now did not send: already sent this week, or in flight / waiting to retry."""
    with session_scope(sessions) as session:
        current = week_delivery(session, subscription_id, week)
    sent = current is not None and current.status == SENT
    return copy.SEND_NOW_ALREADY if sent else copy.SEND_NOW_BUSY


def add_tips_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tips_parser = sub.add_parser("tips", help="conseil de la semaine : aperçu, envoi immédiat")
    actions = tips_parser.add_subparsers(dest="action", required=True, metavar="action")
    actions.add_parser("preview", help="le prochain conseil de chaque canal abonné")
    now = actions.add_parser("send-now", help="envoyer tout de suite le conseil de la semaine")
    now.add_argument("channel", help="l'identifiant du canal (Slack C…, Teams 19:…)")
    now.add_argument("--platform", choices=["slack", "teams"], help="si le canal est ambigu")
