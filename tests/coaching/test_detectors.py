"""Rule findings: the right kind, on the right characters, and only where they belong."""

import pytest

from coaching.axes import Axis
from coaching.detectors import detect_findings
from coaching.findings import Finding, FindingKind, Strength
from coaching.policy import Policy
from tests.coaching.fakes import ACME, FakeNames

K = FindingKind


def found(text: str, policy: Policy = ACME, names: FakeNames | None = None) -> list[Finding]:
    findings = detect_findings(text, policy, names)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.quote
    return list(findings)


def kinds(text: str, policy: Policy = ACME, names: FakeNames | None = None) -> dict[str, str]:
    """quote -> kind, for readable assertions."""
    return {finding.quote: finding.kind.value for finding in found(text, policy, names)}


def test_spans_point_at_the_quoted_characters() -> None:
    text = "Orion sort le 14 mars : +18 % et 45 M€, écris à marie.durand@acme.fr !"
    findings = found(text)
    assert {f.quote for f in findings} >= {
        "Orion",
        "le 14 mars",
        "+18 %",
        "45 M€",
        "marie.durand@acme.fr",
    }


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("On a signé pour 2,5 millions d'euros.", "2,5 millions d'euros", K.MONEY),
        ("Budget de 450 k€ validé.", "450 k€", K.MONEY),
        ("Une croissance de +18 % ce trimestre.", "+18 %", K.PERCENT),
        ("Déjà 12 000 clients sur la plateforme.", "12 000 clients", K.FIGURE),
        ("Le lancement est prévu le 14 mars.", "le 14 mars", K.LAUNCH_DATE),
    ],
)
def test_figures(text: str, quote: str, kind: FindingKind) -> None:
    assert kinds(text).get(quote) == kind.value


@pytest.mark.parametrize(
    "text",
    [
        "J'ai trois enfants et 2 chats.",
        "Je suis à 100 % derrière l'équipe !",
        "Rendez-vous le 14 mars pour le match de foot.",
        "Il y avait 40 personnes au meetup.",
    ],
)
def test_ordinary_numbers_are_not_figures(text: str) -> None:
    assert not found(text)


def test_public_facts_are_not_findings() -> None:
    text = "Fiers de nos 30 M€ de chiffre d'affaires ; Acme compte 1 200 salariés."
    assert not found(text)
    assert kinds(text, Policy()) == {"30 M€": "money", "1 200 salariés": "figure"}


def test_policy_terms_any_case_whole_words() -> None:
    result = found(
        "Le projet orion avance, #Orion, mais pas Orionis. Nova arrive, "
        "Banque Lumière signe, et Zorg rame."
    )
    by_kind = {(f.kind, f.quote) for f in result}
    assert (K.CODE_NAME, "orion") in by_kind and (K.CODE_NAME, "Orion") in by_kind
    assert not any(f.quote == "Orionis" for f in result)
    assert (K.UNANNOUNCED_PRODUCT, "Nova") in by_kind
    assert (K.CLIENT, "Banque Lumière") in by_kind
    strengths = {f.kind: f.strength for f in result}
    assert strengths[K.CODE_NAME] is strengths[K.CLIENT] is Strength.STRONG
    assert strengths[K.COMPETITOR] is Strength.WEAK


def test_contacts() -> None:
    personal = found("Écrivez à marie.durand@gmail.com ou au 06 12 34 56 78, son portable.")
    assert {(f.kind, f.strength) for f in personal} == {
        (K.EMAIL, Strength.STRONG),
        (K.PHONE, Strength.STRONG),
    }
    assert not found("Postulez sur recrutement@acme.fr ou contact@acme.fr")
    standard = found("Le standard : 01 23 45 67 89.")
    assert [(f.kind, f.strength) for f in standard] == [(K.PHONE, Strength.WEAK)]


@pytest.mark.parametrize(
    "text",
    [
        "Marie Dupont est en arrêt maladie depuis lundi.",
        "Courage à Karim Benali, hospitalisé hier soir.",
        "Ma collègue est enceinte, elle ne le dit pas encore.",
        "Julien a été licencié ce matin, ambiance.",
    ],
)
def test_health_or_hr_about_a_person(text: str) -> None:
    assert K.HEALTH_OR_HR_ABOUT_PERSON.value in kinds(text).values()


def test_health_with_a_name_finder() -> None:
    names = FakeNames(["Léa"])
    result = found("Pensées pour léa et Léa, en arrêt maladie cette semaine.", names=names)
    assert [f.kind for f in result] == [K.HEALTH_OR_HR_ABOUT_PERSON]
    assert result[0].quote.startswith("Léa")


@pytest.mark.parametrize(
    "text",
    [
        "Je suis en arrêt maladie cette semaine, à lundi !",
        "Mon voisin Mendel pellette mon entrée quand chu malade, un ange",
        "Merci à Sophie d'avoir pris mes dossiers quand j'ai été hospitalisée en mai.",
        "Octobre rose : dépistez le cancer du sein.",
        "Cancer : la recherche avance grâce aux dons.",
    ],
)
def test_own_health_or_general_health_is_not_about_a_person(text: str) -> None:
    assert K.HEALTH_OR_HR_ABOUT_PERSON.value not in kinds(text).values()


def test_identifiers_in_text() -> None:
    text = (
        "NIR 1 85 05 78 006 084 91, NAS : 130 692 544, IBAN FR76 3000 6000 0112 3456 7890 189,"
        " carte 4111 1111 1111 1111, SIRET 732 829 320 00074."
    )
    assert set(kinds(text).values()) == {"national_id", "sin", "iban", "card_number", "siret_siren"}


def test_invalid_identifiers_and_unlabelled_nine_digits_are_ignored() -> None:
    text = (
        "NIR 1 85 05 78 006 084 90, IBAN FR76 3000 6000 0112 3456 7890 188, "
        "carte 4111 1111 1111 1112, commande 130 692 544."
    )
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Le mot de passe du wifi : Acme2024!", "Acme2024!"),
        ("token=sk-abcdefghijklmnopqrstuvwxyz123456", "sk-abcdefghijklmnopqrstuvwxyz123456"),
        ("La clé xoxb-123456789012-abcdefghijkl traîne", "xoxb-123456789012-abcdefghijkl"),
    ],
)
def test_credentials(text: str, quote: str) -> None:
    assert kinds(text).get(quote) == "credential"


def test_a_forgotten_password_is_not_a_credential() -> None:
    assert not found("J'ai encore oublié mon mot de passe, la routine du lundi.")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tout est sur https://intranet.acme.fr/rh/paie.", "https://intranet.acme.fr/rh/paie"),
        ("Voir wiki.acme.fr/projets", "wiki.acme.fr/projets"),
        ("Le tableau est sur http://10.2.3.4:8080/board", "http://10.2.3.4:8080/board"),
        ("Démo sur https://demo.acme.local/v2", "https://demo.acme.local/v2"),
    ],
)
def test_internal_urls(text: str, quote: str) -> None:
    assert kinds(text).get(quote) == "internal_url"


def test_public_urls_are_fine() -> None:
    assert not found("Notre offre d'emploi : https://www.acme.fr/carrieres/dev-python")


def test_authenticity_cues() -> None:
    text = (
        "[À publier depuis votre compte] Acme, leader incontournable et révolutionnaire ! "
        "#innovation #digital #tech #futur #acme #fier"
    )
    assert set(kinds(text).values()) >= {"pasted_instruction", "superlatives", "hashtag_stuffing"}


def test_undisclosed_affiliation_needs_praise_and_no_disclosure() -> None:
    assert kinds("J'adore Acme, je recommande !") == {"Acme": "undisclosed_affiliation"}
    assert not found("Je travaille chez Acme et j'adore ce qu'on fait, je recommande !")
    assert not found("J'ai croisé quelqu'un d'Acme au salon.")


@pytest.mark.parametrize(
    "text",
    [
        "Un mec m'a traitée de salope dans le métro hier, personne n'a réagi.",
        "Ma sœur a reçu « sale grosse pute » sous sa photo. Capture faite, signalé.",
        "En vocal un gamin m'a sorti \"ntm fdp\" parce que je l'ai battu.",
    ],
)
def test_a_quoted_or_reported_slur_is_weak(text: str) -> None:
    found_here = found(text)
    reported = [f for f in found_here if f.kind is K.REPORTED_INSULT]
    assert reported and {f.strength for f in reported} == {Strength.WEAK}
    assert not [f for f in found_here if f.kind is K.INSULT]


def test_a_laugh_near_a_name_is_weak_contempt() -> None:
    laugh = found("mdr Zorg a dit bon appétit au DG à 16h 😂")
    assert [(f.quote, f.strength) for f in laugh if f.kind is K.CONTEMPT] == [
        ("mdr", Strength.WEAK)
    ]
    aimed = found("Zorg, quelle blague 🤡")
    assert {f.strength for f in aimed if f.kind is K.CONTEMPT} == {Strength.STRONG}


def test_tone_slur_is_strong_contempt_aimed_at_a_party_is_strong() -> None:
    slur = found("Ce connard de fournisseur a encore raté la livraison.")
    assert [(f.kind, f.strength) for f in slur] == [(K.INSULT, Strength.STRONG)]
    aimed = found("Zorg, quelle bande de guignols.")
    assert (K.CONTEMPT, Strength.STRONG) in {(f.kind, f.strength) for f in aimed}
    loose = found("Franchement, c'est pathétique.")
    assert [(f.kind, f.strength) for f in loose] == [(K.CONTEMPT, Strength.WEAK)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("@karim ftg gros bouffon", "ftg"),
        ("Encore un sal arabe qui vient donner des leçons", "sal arabe"),
        ("t'es vraiment un gogol toi", "gogol"),
    ],
)
def test_slurs_and_sms_insults_as_people_type_them(text: str, quote: str) -> None:
    insults = [f for f in found(text) if f.kind is K.INSULT]
    assert insults and insults[0].strength is Strength.STRONG
    assert insults[0].quote.lower() == quote


def test_the_same_letters_inside_other_words_are_not_insults() -> None:
    for text in ("Sale temps à Genève, on reste au chaud.", "La Mongolie en train, quel voyage."):
        assert not [f for f in found(text) if f.kind is K.INSULT]


def test_shouting() -> None:
    assert set(kinds("C'EST VRAIMENT INACCEPTABLE CETTE HISTOIRE !!!").values()) == {"shouting"}
    assert not found("Le CSE et la DRH ont signé l'accord RTT.")


CLEAN_CRITIQUES = [
    "Je ne suis pas d'accord avec la décision de geler les salaires : l'inflation a été forte "
    "et la charge de travail a doublé.",
    "Les salaires n'ont pas bougé depuis trois ans. Je soutiens la grève de jeudi.",
    "Nos conditions de travail se dégradent : open space bruyant, départs non remplacés. "
    "Il faut en parler avec la direction.",
    "Je trouve la réorganisation mal expliquée aux équipes ; j'aimerais plus de transparence.",
    "Pas d'accord avec le retour forcé au bureau cinq jours sur cinq, voici pourquoi.",
]
CONTEMPTUOUS = [
    "La direction est une bande d'incompétents, ces abrutis nous prennent pour des idiots.",
    "Geler les salaires ? Quelle bande de clowns, c'est pathétique.",
    "Nos managers sont des bouffons, même pas capables de lire un planning.",
]


@pytest.mark.parametrize("text", CLEAN_CRITIQUES)
def test_clean_critiques_give_no_rule_finding(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize("text", CONTEMPTUOUS)
def test_contemptuous_critiques_give_tone_findings(text: str) -> None:
    assert any(f.axis is Axis.TONE for f in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Super conférence (à partager sans modération) !",
        "Dites-nous ce que vous en pensez (votre avis compte).",
        "Le risque est nul et le match aussi.",
    ],
)
def test_ordinary_prose_is_not_mistaken_for_a_cue(text: str) -> None:
    assert not found(text)


def test_vulgarity_is_weak_and_does_not_lift_the_protection_of_a_critique() -> None:
    text = "Les salaires sont encore gelés, franchement c'est chiant."
    assert [(f.kind, f.strength) for f in found(text)] == [(K.VULGARITY, Strength.WEAK)]


@pytest.mark.parametrize(
    ("text", "calls", "kinds"),
    [
        ("Super match hier soir avec les copains, on a gagné 3 à 1 !", 0, set()),
        ("Léa est en arrêt maladie depuis lundi, pensez à elle.", 1, {"health_or_hr_about_person"}),
        ("Léa, appelle-moi au 06 12 34 56 78, c'est nul ce truc.", 1, {"phone"}),
    ],
)
def test_names_are_looked_for_only_when_a_rule_needs_them(
    text: str, calls: int, kinds: set[str]
) -> None:
    """Finding names is the costly step: drafts without a cue that needs one never pay it."""
    names = FakeNames(["Léa"])
    findings = detect_findings(text, ACME, names)
    assert names.calls == calls
    assert kinds <= {str(finding.kind) for finding in findings}
