"""Slack: bolt (async) mounted at /slack/events, or Socket Mode; thin listeners, Block Kit."""

from bot.slack.mount import mount_slack

__all__ = ["mount_slack"]
