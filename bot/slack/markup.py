"""Slack's text encoding, both ways: what people typed, and what we send back.

Slack sends `&`, `<`, `>` as `&amp;`, `&lt;`, `&gt;` and mentions or links as `<...>`
sequences (`<@U123>`, `<!here>`, `<https://x|x>`). The coach reads the plain text;
everything echoed back is escaped again so it can never ping or link anyone.
"""

from __future__ import annotations

import re

_SEQUENCE = re.compile(r"<([^<>\n]*)>")


def plain_text(markup: str) -> str:
    """What the person sees in Slack: mentions and links as text, entities decoded."""
    readable = _SEQUENCE.sub(_readable, markup)
    return readable.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def escape(text: str) -> str:
    """Text safe inside mrkdwn or a message's `text`: no mention, no link, no entity."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _readable(match: re.Match[str]) -> str:
    target, _, label = match.group(1).partition("|")
    if target.startswith(("@", "#")):
        return target[0] + (label.lstrip("@#") or target[1:])
    if target.startswith("!subteam^"):
        return label or "@" + target.partition("^")[2]
    if target.startswith("!date^"):
        return label
    if target.startswith("!"):
        return "@" + target[1:]
    if target.startswith("mailto:"):
        return label or target.removeprefix("mailto:")
    return label or target
