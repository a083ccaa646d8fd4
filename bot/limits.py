"""Per-person rate limit, shared by Slack and Teams: at most `limit` checks per `window` s."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

DEFAULT_CHECKS_PER_MINUTE = 30


class RateLimiter:
    """A sliding window per key; a refused attempt does not count."""

    def __init__(
        self,
        limit: int = DEFAULT_CHECKS_PER_MINUTE,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        if len(self._hits) > 10_000:
            self._forget_idle(now)
        return True

    def _forget_idle(self, now: float) -> None:
        cutoff = now - self.window
        idle = [key for key, hits in self._hits.items() if not hits or hits[-1] <= cutoff]
        for key in idle:
            del self._hits[key]
