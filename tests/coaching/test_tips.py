"""The tip bank (size, length, voice, coverage) and how a channel's tip is picked."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coaching.axes import Axis
from coaching.copy_fr import tips as copy
from coaching.principles import Theme
from coaching.tip_bank import TIPS, Tip
from coaching.tips import RECENT, pick_tip, tip_by_id, tip_text
from coaching.week_theme import WeekCounts, standout_axis

WORD = re.compile(r"\w+(?:['’-]\w+)*")
BANNED = ("bloqué", "interdit", "refusé", "violation", "infraction", "signalé")
BANNED_STEMS = ("bloqu", "interdi", "refus", "violat", "infraction", "signal")
MORALISING = ("il faut", "tu dois", "vous devez", "ne jamais", "honte")


def words(text: str) -> int:
    return len(WORD.findall(text))


def body(tip: Tip) -> str:
    """What the channel reads, without the « conseil de la semaine » header."""
    return tip_text(tip).removeprefix(copy.HEADER)


def run_weeks(count: int, channel: str = "slack:C1") -> list[str]:
    history: list[str] = []
    for week in range(count):
        history.append(pick_tip(history, f"W{week}", channel=channel).id)
    return history


# the bank ------------------------------------------------------------------


def test_a_year_of_tips_with_stable_unique_ids() -> None:
    assert len(TIPS) >= 52
    ids = [tip.id for tip in TIPS]
    assert len(set(ids)) == len(ids)
    assert all(len(tip_id) <= 32 for tip_id in ids)  # tip_deliveries.tip_id is String(32)
    assert all(tip_by_id(tip.id) is tip for tip in TIPS)
    assert tip_by_id("no-such-tip") is None


@pytest.mark.parametrize("tip", TIPS, ids=lambda tip: tip.id)
def test_each_tip_is_short_with_an_example_and_a_question(tip: Tip) -> None:
    assert words(body(tip)) <= 60
    assert tip.idea and tip.before and tip.after and tip.before != tip.after
    assert tip.question.endswith("?")
    assert f"« {tip.before} »" in tip_text(tip) and f"« {tip.after} »" in tip_text(tip)


@pytest.mark.parametrize("tip", TIPS, ids=lambda tip: tip.id)
def test_the_voice_is_warm_tutoiement_and_never_policing(tip: Tip) -> None:
    text = tip_text(tip).lower()
    for word in (*BANNED, *BANNED_STEMS, *MORALISING):
        assert word not in text, word
    for own_words in (tip.idea, tip.question):  # the examples are drafts, in any voice
        assert not re.search(r"\b(vous|votre|vos)\b", own_words.lower()), own_words


def test_every_principle_is_taught_and_the_three_axes_evenly() -> None:
    themes = Counter(tip.theme for tip in TIPS)
    axes = Counter(tip.axis for tip in TIPS)
    assert set(themes) == set(Theme) and min(themes.values()) >= 4
    assert set(axes) == set(Axis) and max(axes.values()) - min(axes.values()) <= 1


# picking -------------------------------------------------------------------


def test_no_repeat_until_the_bank_is_exhausted_then_a_new_order() -> None:
    history = run_weeks(3 * len(TIPS))
    cycles = [history[i : i + len(TIPS)] for i in range(0, len(history), len(TIPS))]
    for cycle in cycles:
        assert sorted(cycle) == sorted(tip.id for tip in TIPS)
    assert cycles[0] != cycles[1] != cycles[2]


def test_the_53rd_week_starts_a_new_cycle_without_an_immediate_repeat() -> None:
    history = run_weeks(len(TIPS) + RECENT)
    first, second = history[: len(TIPS)], history[len(TIPS) :]
    assert history[len(TIPS)] != history[len(TIPS) - 1]
    assert not set(second) & set(first[-RECENT:])


def test_picks_are_deterministic_per_channel() -> None:
    assert run_weeks(10) == run_weeks(10)
    assert run_weeks(10, "slack:C1") != run_weeks(10, "slack:C2")
    assert pick_tip([], "2026-W10", channel="x") == pick_tip([], "2026-W10", channel="x")


def test_the_axes_take_turns_within_a_cycle() -> None:
    history = run_weeks(len(TIPS))
    by_id = {tip.id: tip for tip in TIPS}
    for end in range(1, len(history) + 1):
        counts = Counter(by_id[tip_id].axis for tip_id in history[:end])
        assert max(counts.values()) - min(counts.get(axis, 0) for axis in Axis) <= 1


def test_the_theme_of_the_week_is_preferred_while_the_cycle_has_one() -> None:
    history = run_weeks(5)
    tip = pick_tip(history, "W5", channel="slack:C1", preferred_axis=Axis.CONFIDENTIALITY)
    assert tip.axis is Axis.CONFIDENTIALITY and tip.id not in history
    all_confidentiality = [tip.id for tip in TIPS if tip.axis is Axis.CONFIDENTIALITY]
    other = pick_tip(all_confidentiality, "W9", preferred_axis=Axis.CONFIDENTIALITY)
    assert other.axis is not Axis.CONFIDENTIALITY


def test_unknown_ids_in_the_history_are_ignored() -> None:
    tip = pick_tip(["retired-tip", "another"], "2026-W01")
    assert tip in TIPS


# theme of the week ---------------------------------------------------------


def counts(checks: int, authors: int, **flagged: int) -> WeekCounts:
    return WeekCounts(checks, authors, {Axis(name): count for name, count in flagged.items()})


@pytest.mark.parametrize(
    ("week", "expected"),
    [
        (counts(40, 8, tone=12, confidentiality=3, authenticity=2), Axis.TONE),
        (counts(20, 5, tone=1, confidentiality=2, authenticity=9), Axis.AUTHENTICITY),
        (counts(9, 9, tone=9), None),  # fewer than 10 checks
        (counts(50, 2, tone=40), None),  # one or two people: the theme would point at them
        (counts(40, 8, tone=10, confidentiality=9), None),  # nothing stands out
        (counts(40, 8, confidentiality=7), None),  # 7 is under 20 % of 40 checks
        (counts(40, 8, tone=10, confidentiality=10), None),  # a tie
        (counts(40, 8), None),  # all clean
    ],
)
def test_the_standout_axis_needs_enough_checks_and_a_clear_lead(
    week: WeekCounts, expected: Axis | None
) -> None:
    assert standout_axis(week) is expected
