"""The language guess behind the English and other-language notes."""

import pytest

from coaching.language import Language, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Super journée avec l'équipe, merci à tous pour votre accueil !", Language.FR),
        ("Je suis fier de ce qu'on a construit cette année avec mes collègues.", Language.FR),
        ("I am so proud of what my team shipped this week, thank you all!", Language.EN),
        (
            "Me encanta trabajar en esta empresa, el equipo es increíble y muy amable.",
            Language.OTHER,
        ),
        (
            "Ich bin sehr stolz auf mein Team und die Arbeit, die wir heute gemacht haben.",
            Language.OTHER,
        ),
        ("これはテストです。チームに感謝します。", Language.OTHER),
        ("Go Acme!", Language.UNKNOWN),
        ("🎉🎉", Language.UNKNOWN),
    ],
)
def test_detect_language(text: str, language: Language) -> None:
    assert detect_language(text) is language


def test_franglais_stays_french() -> None:
    text = "On a fait un call avec le client pour le kick-off, c'était vraiment top le meeting."
    assert detect_language(text) is Language.FR


def test_ids_and_hashes_do_not_change_the_language() -> None:
    import random

    rng = random.Random(2026)
    for _ in range(300):
        code = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        short = detect_language(f"Le projet secret sort, marqueur-{code}")
        assert short in {Language.FR, Language.UNKNOWN}  # the coach reads both as French
        assert detect_language(f"Ticket {code} : la mise à jour est faite") == Language.FR
