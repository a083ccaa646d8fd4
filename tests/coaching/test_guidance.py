"""What people read: warm opener, at most three findings, the decision left to them."""

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from coaching import copy_fr
from coaching.axes import Axis
from coaching.copy_fr import hints, notes, openers, reasons
from coaching.copy_fr.lines import Line
from coaching.findings import FindingKind
from coaching.guidance import Guidance, Outcome, guidance_text
from coaching.policy import AddressForm, Policy, PolicyError, policy_from_mapping
from tests.coaching.fakes import ACME, HIGH_TONE, LEANING, LOW, make_coach

VOUS = Policy(
    company_name="Acme", code_names=("Orion",), competitors=("Zorg",), address_form=AddressForm.VOUS
)
DRAFTS = [
    "Super journée avec l'équipe au salon, merci à tous pour l'accueil !",
    "Orion sort le 14 mars : +18 % de croissance et 45 M€ de CA, écris à marie.durand@gmail.com",
    "Zorg, quelle bande de guignols, même pas capables de livrer. CONNARDS !!!!",
    "[À publier depuis votre compte] Acme, leader incontournable et révolutionnaire ! "
    "#innovation #digital #tech #futur #acme",
    "Marie Dupont est en arrêt maladie, son portable : 06 12 34 56 78.",
    "J'adore Acme, je recommande à tous !",
    "I am proud of my team at Acme, we shipped Orion today!",
    "Me encanta trabajar en esta empresa, el equipo es increíble.",
    "🎉🎉🎉",
    "Je ne suis pas d'accord avec la décision de geler les salaires cette année.",
    "Mot de passe : Soleil2024! et le lien https://intranet.acme.fr/paie",
    "mot " * 10_000,
]
BANNED = re.compile(r"\b(?:bloque|interdit|refuse|violation|infraction|signale)(?:e|s|es)?\b")
TU_WORDS = re.compile(r"\b(?:tu|te|toi|ton|ta|tes|t['’])(?:\b|(?<=['’]))", re.IGNORECASE)
VOUS_WORDS = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)


def plain(text: str) -> str:
    """Lower case without accents, so « bloqué » and « BLOQUE » look alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def our_sentences(guidance: Guidance) -> list[str]:
    """Everything the coach wrote, without the quotes taken from the draft."""
    return [
        guidance.opener,
        guidance.closing,
        *guidance.notes,
        *(text for view in guidance.findings for text in (view.why, view.hint)),
    ]


def reviews(policy: Policy) -> Iterator[Guidance]:
    for scores in (LOW, LEANING, HIGH_TONE, {"tone": 1, "confidentiality": 1, "authenticity": 1}):
        coach, _ = make_coach(scores, policy)
        yield from (coach.review(draft) for draft in DRAFTS)


def all_lines() -> Iterator[Line]:
    """Every Line of copy_fr, except policy errors (they quote the values « tu »/« vous »)."""
    for module in (reasons, hints, notes, openers):
        for name, value in vars(module).items():
            if name.startswith("POLICY_"):
                continue
            items = (
                value.values()
                if isinstance(value, dict)
                else (value if isinstance(value, tuple) else (value,))
            )
            for item in items:
                if isinstance(item, Line):
                    yield item
                elif isinstance(item, tuple):
                    yield from (line for line in item if isinstance(line, Line))


def test_banned_words_never_appear_in_copy_fr_sources() -> None:
    folder = Path(copy_fr.__file__).parent
    sources = list(folder.glob("*.py"))
    assert len(sources) >= 4
    for source in sources:
        assert not BANNED.search(plain(source.read_text(encoding="utf-8"))), source.name


@pytest.mark.parametrize("policy", [ACME, VOUS], ids=["tu", "vous"])
def test_banned_words_never_appear_in_rendered_outputs(policy: Policy) -> None:
    for guidance in reviews(policy):
        assert not BANNED.search(plain(guidance_text(guidance)))


def test_banned_words_never_appear_in_error_messages() -> None:
    for code in [*notes.DRAFT_ERRORS, "unknown"]:
        for form in AddressForm:
            assert not BANNED.search(plain(copy_fr.draft_error_text(code, form)))
    for code in [*notes.POLICY_ERRORS, "unknown"]:
        assert not BANNED.search(plain(copy_fr.policy_error_message("clé", code)))


def test_every_line_has_a_tu_form_and_a_vous_form() -> None:
    lines = list(all_lines())
    assert len(lines) > 60
    for line in lines:
        assert not VOUS_WORDS.search(line.tu), line.tu
        assert not TU_WORDS.search(line.vous), line.vous


def test_every_finding_kind_has_a_why_and_a_hint() -> None:
    assert set(reasons.WHY) == set(FindingKind) - {FindingKind.SENTENCE}
    assert set(hints.HINT) == set(reasons.WHY) - {FindingKind.UNDISCLOSED_AFFILIATION}
    assert set(reasons.SENTENCE_WHY) == set(hints.SENTENCE_HINT) == set(Axis)


def test_vouvoiement_policy_renders_vous_forms() -> None:
    guidances = list(reviews(VOUS))
    assert any(g.findings for g in guidances)
    for guidance in guidances:
        for sentence in our_sentences(guidance):
            assert not TU_WORDS.search(sentence), sentence
    assert any(VOUS_WORDS.search(" ".join(our_sentences(g))) for g in guidances)


def test_tutoiement_is_the_default() -> None:
    for guidance in reviews(ACME):
        for sentence in our_sentences(guidance):
            assert not VOUS_WORDS.search(sentence), sentence


def test_at_most_three_findings_most_important_first() -> None:
    coach, _ = make_coach(LEANING)
    guidance = coach.review(
        "Orion et Nova pour Banque Lumière : 45 M€, +18 %, 12 000 clients, sortie le 14 mars. "
        "Écris à marie.durand@gmail.com"
    )
    assert len(guidance.findings) == 3
    assert all(view.strength == "strong" for view in guidance.findings)
    assert [view.kind.value for view in guidance.findings] == [
        "code_name",
        "unannounced_product",
        "client",
    ]


def test_spans_and_quotes_match_the_draft() -> None:
    for draft in DRAFTS:
        coach, _ = make_coach(LEANING)
        guidance = coach.review(draft)
        for view in guidance.findings:
            assert draft[view.span[0] : view.span[1]] == view.quote


def test_clean_draft_gets_two_warm_lines() -> None:
    coach, _ = make_coach(LOW)
    guidance = coach.review("Super journée avec l'équipe au salon, merci à tous !")
    assert guidance.outcome is Outcome.CLEAN
    assert guidance.findings == () and guidance.notes == ()
    assert len(guidance_text(guidance).split("\n\n")) == 2


def test_phrasings_are_stable_per_draft_and_vary_across_drafts() -> None:
    coach, _ = make_coach(LOW)
    drafts = [f"Belle journée numéro {number} avec l'équipe !" for number in range(30)]
    first = [coach.review(draft) for draft in drafts]
    again = [coach.review(draft) for draft in drafts]
    assert first == again
    assert len({(g.opener, g.closing) for g in first}) > 1


def test_english_gets_a_note_and_is_still_reviewed() -> None:
    coach, _ = make_coach(LOW)
    guidance = coach.review("I am proud of my team, we shipped Orion today!")
    assert guidance.language == "en" and len(guidance.notes) == 1
    assert [view.kind.value for view in guidance.findings] == ["code_name"]


def test_other_language_gets_a_short_note_and_no_advice() -> None:
    coach, _ = make_coach({"tone": 1, "confidentiality": 1, "authenticity": 1})
    guidance = coach.review("Me encanta trabajar en Orion, el equipo es increíble y muy amable.")
    assert guidance.outcome is Outcome.OTHER_LANGUAGE
    assert guidance.findings == () and len(guidance.notes) == 1
    assert not any(guidance.flags.values())


def test_emoji_only_is_a_friendly_guidance_without_scoring() -> None:
    coach, classifier = make_coach(LOW)
    guidance = coach.review("🎉🎉 👏")
    assert guidance.outcome is Outcome.NOTHING_TO_REVIEW and guidance.findings == ()
    assert classifier.calls == []


def test_tone_finding_explains_the_line_between_critique_and_contempt() -> None:
    coach, _ = make_coach(HIGH_TONE)
    guidance = coach.review("Zorg, quelle bande de guignols.")
    assert guidance.flags[Axis.TONE]
    assert guidance.findings[0].kind.value == "contempt"
    assert guidance.findings[0].why != guidance.findings[0].hint


def test_policy_errors_are_sentences() -> None:
    with pytest.raises(PolicyError) as caught:
        policy_from_mapping({"code_name": ["Orion"]})
    assert "code_name" in str(caught.value)
