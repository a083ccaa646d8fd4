"""Failed admin logins, counted per client address and overall, in a sliding window."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

PER_CLIENT = 5
OVERALL = 50
WINDOW_SECONDS = 15 * 60


class LoginThrottle:
    """After `per_client` failures from one address (or `overall` from all) within the
    window, every login attempt is refused until old failures age out. In memory, per
    process: each replica counts its own."""

    def __init__(
        self,
        per_client: int = PER_CLIENT,
        overall: int = OVERALL,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_client, self.overall, self.window, self.clock = per_client, overall, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def blocked(self, client: str) -> bool:
        with self._lock:
            self._forget_old()
            mine = self._failures.get(client, ())
            return len(mine) >= self.per_client or len(self._all) >= self.overall

    def failed(self, client: str) -> None:
        with self._lock:
            now = self.clock()
            self._failures.setdefault(client, deque()).append(now)
            self._all.append(now)

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)

    def _forget_old(self) -> None:
        horizon = self.clock() - self.window
        while self._all and self._all[0] <= horizon:
            self._all.popleft()
        for client in list(self._failures):
            times = self._failures[client]
            while times and times[0] <= horizon:
                times.popleft()
            if not times:
                del self._failures[client]
