"""Coach.review and review_many: the one entry point every channel calls."""

import pytest

from coaching.axes import Axis
from coaching.coach import Coach
from coaching.drafts import DraftError, EmptyDraft, UnreadableDraft
from coaching.guidance import Guidance, Outcome
from coaching.policy import Policy
from tests.coaching.fakes import ACME, LEANING, LOW, FakeClassifier, FakeNames, make_coach


def kinds(guidance: Guidance) -> list[str]:
    return [view.kind.value for view in guidance.findings]


def test_clean_draft_with_low_scores_gets_no_finding() -> None:
    coach, _ = make_coach(LOW)
    guidance = coach.review("Belle rencontre au salon aujourd'hui, merci à l'équipe du stand !")
    assert guidance.findings == () and guidance.outcome is Outcome.CLEAN
    assert not any(guidance.flags.values())


@pytest.mark.parametrize(
    "draft",
    [
        "Trop hâte qu'Orion soit prêt !",
        "on bosse dur sur ORION cette semaine",
        "Petit teaser : #orion arrive.",
    ],
)
def test_a_code_name_is_always_caught_even_with_low_scores(draft: str) -> None:
    coach, _ = make_coach({"tone": 0.0, "confidentiality": 0.0, "authenticity": 0.0})
    guidance = coach.review(draft)
    assert "code_name" in kinds(guidance)
    assert guidance.flags[Axis.CONFIDENTIALITY]


def test_a_public_fact_is_not_flagged() -> None:
    coach, _ = make_coach(LEANING)
    guidance = coach.review("Fiers de nos 30 M€ de chiffre d'affaires en 2023 !")
    assert guidance.findings == ()
    other, _ = make_coach(LEANING, Policy())
    assert kinds(other.review("Fiers de nos 30 M€ de chiffre d'affaires en 2023 !")) == ["money"]


def test_the_personal_allow_list_drops_the_finding() -> None:
    coach, _ = make_coach(LOW)
    draft = "Trop hâte qu'Orion soit prêt !"
    assert kinds(coach.review(draft)) == ["code_name"]
    allowed = coach.review(draft, allow_list=frozenset({"ORION"}))
    assert allowed.findings == () and not allowed.flags[Axis.CONFIDENTIALITY]
    assert kinds(coach.review(draft, allow_list=frozenset({"Nova"}))) == ["code_name"]


def test_a_policy_given_per_call_wins() -> None:
    coach, _ = make_coach(LOW, Policy())
    assert coach.review("Orion avance.").findings == ()
    assert kinds(coach.review("Orion avance.", policy=ACME)) == ["code_name"]


def test_forty_thousand_characters_are_truncated_with_a_note() -> None:
    coach, classifier = make_coach(LOW)
    guidance = coach.review("Une belle journée. " * 2_200)
    assert len(guidance.notes) == 1
    assert all(len(text) <= 4_000 for call in classifier.calls for text in call)
    short = coach.review("Une belle journée.")
    assert short.notes == ()


def test_empty_and_binary_input_raise_draft_errors() -> None:
    coach, classifier = make_coach(LOW)
    with pytest.raises(EmptyDraft):
        coach.review("   \n ")
    with pytest.raises(UnreadableDraft):
        coach.review(bytes(range(256)))
    assert classifier.calls == []


def test_review_many_makes_one_classifier_call_for_the_batch() -> None:
    coach, classifier = make_coach(LOW)
    texts: list[str | bytes] = ["Belle journée !", "", "🎉", b"Orion avance.", "Merci à tous."]
    results = coach.review_many(texts)
    assert classifier.calls == [["Belle journée !", "Orion avance.", "Merci à tous."]]
    assert isinstance(results[1], EmptyDraft)
    assert [type(result) for result in results] == [
        Guidance,
        EmptyDraft,
        Guidance,
        Guidance,
        Guidance,
    ]
    assert isinstance(results[3], Guidance) and kinds(results[3]) == ["code_name"]


def test_classifier_only_flags_are_evidenced_in_one_more_batched_call() -> None:
    classifier = FakeClassifier(
        by_text={"moutons": {"authenticity": 0.9}, "Nous sommes": {"authenticity": 0.9}}, scores=LOW
    )
    coach = Coach(classifier, ACME)
    drafts: list[str | bytes] = [
        "J'ai passé la journée au salon. Nous sommes fiers de porter nos valeurs au quotidien.",
        "Je suis content. Suivez le guide, comme des moutons. Voilà.",
        "Rien à dire ici.",
    ]
    results = coach.review_many(drafts)
    assert len(classifier.calls) == 2
    assert len(classifier.calls[0]) == 3
    first, second, third = results
    assert isinstance(first, Guidance) and isinstance(second, Guidance)
    assert [view.quote for view in first.findings] == [
        "Nous sommes fiers de porter nos valeurs au quotidien."
    ]
    assert [view.quote for view in second.findings] == ["Suivez le guide, comme des moutons."]
    assert isinstance(third, Guidance) and third.findings == ()


def test_a_one_sentence_draft_needs_no_second_call() -> None:
    coach, classifier = make_coach({"tone": 0.9})
    guidance = coach.review("Tout ça me fatigue profondément")
    assert len(classifier.calls) == 1
    assert [view.quote for view in guidance.findings] == ["Tout ça me fatigue profondément"]


def test_clean_critiques_get_no_findings_even_when_the_classifier_leans() -> None:
    coach, _ = make_coach({"tone": 0.45, "confidentiality": 0.45, "authenticity": 0.1})
    for draft in (
        "Je ne suis pas d'accord avec la décision de geler les salaires : +1 % face à 5 % "
        "d'inflation, alors que la charge de travail a doublé.",
        "Je soutiens la grève de jeudi : nos conditions de travail se dégradent.",
    ):
        guidance = coach.review(draft)
        assert guidance.findings == () and not any(guidance.flags.values()), draft


def test_contemptuous_critiques_get_tone_findings() -> None:
    coach, _ = make_coach({"tone": 0.45, "confidentiality": 0.1, "authenticity": 0.1})
    guidance = coach.review("Geler les salaires ? Quelle bande de clowns, c'est pathétique.")
    assert guidance.flags[Axis.TONE]
    assert {view.axis for view in guidance.findings} == {Axis.TONE}


def test_the_name_finder_is_used_when_given() -> None:
    coach, _ = make_coach(LOW, names=FakeNames(["Inès"]))
    guidance = coach.review("Courage à inès et à Inès, hospitalisée hier.")
    assert kinds(guidance) == ["health_or_hr_about_person"]


def test_errors_are_returned_in_place_not_raised() -> None:
    coach, _ = make_coach(LOW)
    results = coach.review_many(["", b"\x00\x01", "Bonjour"])
    assert [isinstance(result, DraftError) for result in results] == [True, True, False]


def test_vulgarity_in_a_pay_critique_needs_a_sure_classifier() -> None:
    draft = "Les salaires sont encore gelés cette année, franchement c'est chiant."
    leaning, _ = make_coach({"tone": 0.45, "confidentiality": 0.1, "authenticity": 0.1})
    assert leaning.review(draft).findings == ()
    sure, _ = make_coach({"tone": 0.8, "confidentiality": 0.1, "authenticity": 0.1})
    assert [view.kind.value for view in sure.review(draft).findings] == ["vulgarity"]


def test_a_reported_slur_gets_witness_advice_not_the_insult_advice() -> None:
    draft = "Un mec m'a traitée de salope dans le métro hier, personne n'a réagi."
    sure, _ = make_coach({"tone": 0.9, "confidentiality": 0.1, "authenticity": 0.1})
    views = sure.review(draft).findings
    assert [(view.kind.value, view.quote) for view in views] == [("reported_insult", "salope")]
    assert "témoignage" in views[0].hint and "mot blessant" not in views[0].hint
    hurled, _ = make_coach({"tone": 0.9, "confidentiality": 0.1, "authenticity": 0.1})
    insult = hurled.review("Cette salope de voisine a encore garé sa voiture devant chez moi.")
    assert [view.kind.value for view in insult.findings] == ["insult"]
    assert "mot blessant" in insult.findings[0].hint
