"""Keep drafts out of the logs: the SDK quotes message text in a few log lines; mask those."""

from __future__ import annotations

import logging

# Loggers whose records may quote an activity's text ("No route found ... with text: ...",
# a pydantic error with the input, an exception message).
CONTENT_LOGGERS = (
    "microsoft_agents.hosting.core.app.agent_application",
    "microsoft_agents.activity.activity",
)
CHATTY_LOGGERS = ("microsoft_agents", "msal")


class MaskContent(logging.Filter):
    """Replace the message (and any traceback) with a content-free line naming the error."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else ""
        record.msg = "teams : message du SDK masqué (il peut citer un brouillon)" + (
            f" : {error}" if error else ""
        )
        record.args = ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def keep_drafts_out_of_logs() -> None:
    """Mask the SDK's content-bearing records; keep its chatter at WARNING and above."""
    for name in CONTENT_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(item, MaskContent) for item in logger.filters):
            logger.addFilter(MaskContent())
    for name in CHATTY_LOGGERS:
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.WARNING:
            logger.setLevel(logging.WARNING)
