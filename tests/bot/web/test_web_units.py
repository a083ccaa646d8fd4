"""The pieces behind the pages: highlights, k-anonymous statistics, the context form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.db import migrate
from bot.db.engine import build_engine, session_scope
from bot.db.stats import K_ANONYMITY, aggregate_stats, week_start
from bot.db.tables import CheckRecord, Feedback
from bot.web.admin.context_form import ContextFormError, policy_from_form
from bot.web.admin.throttle import LoginThrottle
from bot.web.highlight import Segment, highlight_segments
from coaching.axes import Axis
from coaching.findings import FindingKind, Strength
from coaching.guidance import FindingView
from coaching.policy import AddressForm, Policy

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # a Wednesday


def _finding(start: int, end: int, text: str, axis: Axis = Axis.TONE) -> FindingView:
    return FindingView(
        axis, FindingKind.INSULT, text[start:end], (start, end), "", "", Strength.STRONG
    )


def test_segments_follow_the_spans_and_survive_overlaps() -> None:
    text = "abc idiot def nul"
    findings = (_finding(4, 9, text), _finding(6, 13, text), _finding(14, 17, text))
    segments = highlight_segments(text, findings)
    assert "".join(segment.text for segment in segments) == text
    assert segments == [
        Segment("abc "),
        Segment("idiot", 1, "tone"),
        Segment(" def", 2, "tone"),
        Segment(" "),
        Segment("nul", 3, "tone"),
    ]


def test_a_span_that_no_longer_matches_its_quote_is_not_highlighted() -> None:
    stale = FindingView(Axis.TONE, FindingKind.INSULT, "zut", (0, 3), "", "", Strength.STRONG)
    assert highlight_segments("abc", (stale,)) == [Segment("abc")]


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    url = f"sqlite:///{tmp_path / 'stats.db'}"
    migrate.upgrade(url)
    return sessionmaker(build_engine(url))


def _checks(sessions: sessionmaker[Session], count: int, when: datetime, **flags: bool) -> None:
    with session_scope(sessions) as session:
        for number in range(count):
            session.add(
                CheckRecord(
                    draft_id=f"{when:%Y%m%d}-{number}-{sorted(flags)}",
                    user_hash="a" * 64,
                    platform="slack",
                    created_at=when,
                    **flags,
                )
            )


def test_fewer_than_k_checks_show_nothing(sessions: sessionmaker[Session]) -> None:
    _checks(sessions, K_ANONYMITY - 1, NOW, confidentiality=True)
    stats = aggregate_stats(sessions, NOW)
    assert not stats.enough and stats.flagged_share is None and stats.useful_share is None
    assert all(week.checks is None for week in stats.weeks)


def test_k_checks_show_the_shares_but_not_the_small_weeks(sessions: sessionmaker[Session]) -> None:
    _checks(sessions, K_ANONYMITY, NOW, confidentiality=True)
    _checks(sessions, 3, NOW - timedelta(weeks=2))
    stats = aggregate_stats(sessions, NOW)
    assert stats.enough
    assert stats.weeks[-1].checks == K_ANONYMITY and stats.weeks[-1].start == week_start(NOW)
    assert stats.weeks[-3].checks is None, "3 checks in a week: hidden, not shown as 3"
    assert stats.flagged_share == {
        Axis.TONE: 0.0,
        Axis.CONFIDENTIALITY: K_ANONYMITY / (K_ANONYMITY + 3),
        Axis.AUTHENTICITY: 0.0,
    }


def test_useful_share_needs_k_clicks(sessions: sessionmaker[Session]) -> None:
    _checks(sessions, K_ANONYMITY, NOW)

    def click(useful: bool) -> Feedback:
        return Feedback(user_hash="b" * 64, platform="web", useful=useful, created_at=NOW)

    with session_scope(sessions) as session:
        session.add_all([click(True) for _ in range(6)] + [click(False) for _ in range(3)])
    assert aggregate_stats(sessions, NOW).useful_share is None
    with session_scope(sessions) as session:
        session.add(click(False))
    assert aggregate_stats(sessions, NOW).useful_share == 0.6


def test_checks_older_than_the_window_are_not_counted(sessions: sessionmaker[Session]) -> None:
    _checks(sessions, 50, NOW - timedelta(weeks=13))
    assert not aggregate_stats(sessions, NOW).enough


def test_context_form_builds_the_policy() -> None:
    values = {
        "company_name": "  Acme   inc. ",
        "code_names": "Orion\n\n  Projet   Vega \norion",
        "address_form": "vous",
        "threshold_tone": "0,7",
        "threshold_confidentiality": "",
    }
    policy = policy_from_form(values, Policy(reply_language="fr"))
    assert policy.company_name == "Acme inc."
    assert policy.code_names == ("Orion", "Projet Vega")
    assert policy.address_form is AddressForm.VOUS
    assert policy.thresholds == {Axis.TONE: 0.7}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("threshold_authenticity", "0", "« Authenticité »"),
        ("threshold_tone", "nan", "« Ton »"),
        ("threshold_tone", "beaucoup", "« Ton »"),
        ("code_names", "\n".join(f"nom {n}" for n in range(501)), "500 lignes"),
        ("clients", "x" * 201, "200 caractères"),
        ("address_form", "toi", "« tu » ou « vous »"),
    ],
)
def test_context_form_explains_what_to_fix(field: str, value: str, message: str) -> None:
    with pytest.raises(ContextFormError) as caught:
        policy_from_form({field: value}, Policy())
    assert message in str(caught.value)


def test_throttle_counts_per_client_and_overall_and_forgets() -> None:
    now = [0.0]
    throttle = LoginThrottle(per_client=2, overall=3, window=60, clock=lambda: now[0])
    throttle.failed("a")
    throttle.failed("a")
    assert throttle.blocked("a") and not throttle.blocked("b")
    throttle.failed("b")
    assert throttle.blocked("c"), "too many failures overall"
    now[0] = 61
    assert not throttle.blocked("a") and not throttle.blocked("c")
