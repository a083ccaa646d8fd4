"""Arbitrary input: Coach.review returns a Guidance or raises a DraftError, nothing else."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coaching.coach import Coach
from coaching.detectors import detect_findings
from coaching.drafts import DraftError, prepare_draft
from coaching.guidance import Guidance, guidance_text
from tests.coaching.fakes import ACME, FakeClassifier

SCORES = st.fixed_dictionaries(
    {
        "tone": st.floats(0, 1),
        "confidentiality": st.floats(0, 1),
        "authenticity": st.floats(0, 1),
    }
)
WORDY = st.lists(
    st.sampled_from(
        [
            "Orion",
            "45 M€",
            "+18 %",
            "le 14 mars",
            "marie.durand@gmail.com",
            "06 12 34 56 78",
            "Marie Dupont",
            "en arrêt maladie",
            "connard",
            "Zorg",
            "bande de",
            "#tag",
            "!!!",
            "MAJUSCULES",
            "FR76 3000 6000 0112 3456 7890 189",
            "4111 1111 1111 1111",
            "https://intranet.acme.fr/x",
            "mot de passe : abc123!",
            "[à publier]",
            "leader",
            "révolutionnaire",
            "unique",
            ".",
            "\n",
            "salaire",
            "grève",
            "pas d'accord",
            "🎉",
            "\u200b",
            "je",
            "travaille",
            "chez",
            "Acme",
        ]
    ),
    max_size=40,
).map(" ".join)


def check(raw: str | bytes, scores: dict[str, float]) -> None:
    coach = Coach(FakeClassifier(scores), ACME)
    try:
        guidance = coach.review(raw)
    except DraftError:
        return
    assert isinstance(guidance, Guidance)
    text = prepare_draft(raw).text
    assert len(guidance.findings) <= 3
    for view in guidance.findings:
        start, end = view.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == view.quote
    assert guidance_text(guidance)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), SCORES)
def test_any_text(raw: str, scores: dict[str, float]) -> None:
    check(raw, scores)


@settings(max_examples=200, deadline=None)
@given(st.binary(), SCORES)
def test_any_bytes(raw: bytes, scores: dict[str, float]) -> None:
    check(raw, scores)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WORDY, SCORES)
def test_drafts_made_of_risky_pieces(raw: str, scores: dict[str, float]) -> None:
    check(raw, scores)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | WORDY)
def test_every_rule_span_is_inside_the_text(text: str) -> None:
    for finding in detect_findings(text, ACME):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.quote
