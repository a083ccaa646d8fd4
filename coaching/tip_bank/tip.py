"""One weekly tip: one idea, one before/after example, one question to think about."""

from dataclasses import dataclass

from coaching.axes import Axis
from coaching.principles import Theme


@dataclass(frozen=True, slots=True)
class Tip:
    """A tip of the bank; `id` is stable (it is stored with each delivery)."""

    id: str
    theme: Theme
    axis: Axis
    idea: str
    before: str
    after: str
    question: str
