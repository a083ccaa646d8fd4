"""The SDK objects: MSAL connections, the CloudAdapter and the AgentApplication with its routes."""

from __future__ import annotations

from dataclasses import dataclass

from microsoft_agents.activity import ActivityTypes
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.core import (
    AgentApplication,
    AgentAuthConfiguration,
    ApplicationOptions,
    MemoryStorage,
    OutboundHostValidator,
    RouteRank,
    TurnContext,
    TurnState,
)
from microsoft_agents.hosting.fastapi import CloudAdapter

from bot.teams.activities import bot_was_added
from bot.teams.auth import SERVICE_CONNECTION, auth_configuration
from bot.teams.cards import FEEDBACK_VERB
from bot.teams.handlers import Handlers
from bot.teams.options import TeamsOptions
from bot.teams.proactive import ProactiveSender
from bot.teams.services import TeamsServices


@dataclass(frozen=True, slots=True)
class TeamsBot:
    options: TeamsOptions
    auth: AgentAuthConfiguration
    adapter: CloudAdapter
    agent: AgentApplication[TurnState]
    sender: ProactiveSender


def build_bot(services: TeamsServices, options: TeamsOptions) -> TeamsBot:
    """Outbound calls authenticate with MSAL (client secret, single tenant) unless anonymous."""
    auth = auth_configuration(options)
    connections = MsalConnectionManager(connections_configurations={SERVICE_CONNECTION: auth})
    adapter = CloudAdapter(
        connection_manager=connections,
        host_validator=OutboundHostValidator(enabled=not options.trust_any_service_url),
    )
    agent = AgentApplication[TurnState](
        ApplicationOptions(
            storage=MemoryStorage(),
            bot_app_id=options.app_id,
            start_typing_timer=False,
            remove_recipient_mention=True,
        ),
        connection_manager=connections,
    )
    handlers = Handlers(services)
    adapter.on_turn_error = handlers.on_error
    register_routes(agent, handlers)
    return TeamsBot(options, auth, adapter, agent, ProactiveSender(adapter, options))


def register_routes(agent: AgentApplication[TurnState], handlers: Handlers) -> None:
    """Card actions first, then install, then messages; everything else is ignored quietly."""
    agent.adaptive_card.action_submit(FEEDBACK_VERB)(handlers.on_feedback)
    agent.adaptive_card.action_execute(FEEDBACK_VERB)(handlers.on_feedback_invoke)
    agent.add_route(_installed, handlers.on_members_added)
    agent.add_route(_is_message, handlers.on_message)
    agent.add_route(_anything, handlers.on_other, rank=RouteRank.LAST)
    agent.error(handlers.on_error)


def _installed(context: TurnContext) -> bool:
    activity = context.activity
    return activity.type == ActivityTypes.conversation_update and bot_was_added(activity)


def _is_message(context: TurnContext) -> bool:
    return context.activity.type == ActivityTypes.message


def _anything(context: TurnContext) -> bool:
    return True
