"""The weekly tip: which one a channel gets this week, and how it reads.

`pick_tip` is deterministic: the same channel, history and week always give the same tip
(the preview shows what the scheduler will send). No tip comes back in a channel before
the whole bank has been seen; the next cycle then starts in a new order and never opens
with one of the tips that closed the previous cycle.
"""

import random
from collections import Counter
from collections.abc import Collection, Sequence

from coaching.axes import Axis
from coaching.copy_fr import tips as copy
from coaching.tip_bank import TIPS, Tip

RECENT = 8
"""At the start of a new cycle, the last RECENT tips of the previous one wait their turn."""


def pick_tip(
    history: Sequence[str],
    week: str,
    *,
    channel: str = "",
    preferred_axis: Axis | None = None,
    bank: Sequence[Tip] = TIPS,
) -> Tip:
    """This week's tip for a channel, given the ids of the tips it already received (oldest
    first). `preferred_axis` (the theme of the week) wins when the cycle still has one."""
    if not bank:
        raise ValueError("the tip bank is empty")
    seen = current_cycle(history, {tip.id for tip in bank})
    remaining = [tip for tip in bank if tip.id not in seen]
    recent = set(history[-RECENT:])
    fresh = [tip for tip in remaining if tip.id not in recent] or remaining
    if len(fresh) > 1 and history:
        fresh = [tip for tip in fresh if tip.id != history[-1]] or fresh
    candidates = _on_axis(fresh, preferred_axis) or _least_taught(fresh, seen, bank)
    chooser = random.Random(f"{channel}|{week}|{len(history)}")
    return chooser.choice(sorted(candidates, key=lambda tip: tip.id))


def current_cycle(history: Sequence[str], known: Collection[str]) -> set[str]:
    """The ids of the current cycle: a cycle closes once every known tip has been sent."""
    seen: set[str] = set()
    for tip_id in history:
        if tip_id in known:
            seen.add(tip_id)
            if len(seen) == len(known):
                seen = set()
    return seen


def _on_axis(tips: Sequence[Tip], axis: Axis | None) -> list[Tip]:
    return [tip for tip in tips if tip.axis is axis] if axis is not None else []


def _least_taught(tips: Sequence[Tip], seen: set[str], bank: Sequence[Tip]) -> list[Tip]:
    """Keep the three axes even within a cycle: the axes taught least so far come first."""
    taught = Counter(tip.axis for tip in bank if tip.id in seen)
    fewest = min(taught[tip.axis] for tip in tips)
    return [tip for tip in tips if taught[tip.axis] == fewest]


def tip_by_id(tip_id: str, bank: Sequence[Tip] = TIPS) -> Tip | None:
    return next((tip for tip in bank if tip.id == tip_id), None)


def tip_text(tip: Tip) -> str:
    """The message posted in the channel (plain text, readable on Slack and Teams)."""
    return "\n".join(
        (
            copy.HEADER,
            "",
            tip.idea,
            copy.BEFORE.format(draft=tip.before),
            copy.AFTER.format(draft=tip.after),
            "",
            tip.question,
        )
    )
