"""Reading an incoming Teams activity: who wrote, where, and the reference to write back later."""

from __future__ import annotations

from typing import Any

from microsoft_agents.activity import Activity, ConversationAccount

from bot.teams.services import Author


def author_of(activity: Activity) -> Author:
    sender = activity.from_property
    return Author(sender.id if sender and sender.id else "", tenant_of(activity))


def tenant_of(activity: Activity) -> str:
    conversation = activity.conversation
    if conversation is not None and conversation.tenant_id:
        return conversation.tenant_id
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    tenant: Any = (data.get("tenant") or {}).get("id") if isinstance(data, dict) else None
    return tenant if isinstance(tenant, str) else ""


def is_personal(activity: Activity) -> bool:
    """A 1:1 chat with the bot; channels and group chats are public rooms."""
    conversation = activity.conversation
    if conversation is None:
        return False
    if conversation.conversation_type:
        return conversation.conversation_type == "personal"
    return not conversation.is_group


def channel_key(activity: Activity) -> str:
    """The channel's conversation id, without the `;messageid=` of the thread."""
    conversation_id = activity.conversation.id if activity.conversation else ""
    return conversation_id.split(";messageid=")[0]


def bot_was_added(activity: Activity) -> bool:
    me = activity.recipient.id if activity.recipient else None
    return bool(me) and any(member.id == me for member in activity.members_added or [])


def channel_reference(activity: Activity) -> str:
    """Where a weekly tip goes: the channel itself (a new post), with no person in it."""
    reference = activity.get_conversation_reference()
    conversation = activity.conversation
    reference.activity_id, reference.user = None, None
    reference.conversation = ConversationAccount(
        id=channel_key(activity),
        tenant_id=tenant_of(activity) or None,
        conversation_type=conversation.conversation_type if conversation else None,
        is_group=True,
    )
    return reference.model_dump_json(by_alias=True, exclude_none=True)
