"""Checksum detectors accept valid numbers and reject invalid ones."""

import pytest

from coaching.detectors import (
    card_is_valid,
    iban_is_valid,
    luhn_is_valid,
    nir_is_valid,
    sin_is_valid,
    siren_is_valid,
    siret_is_valid,
)


@pytest.mark.parametrize(
    "nir",
    ["1 85 05 78 006 084 91", "185057800608491", "2 55 08 2A 168 025 97", "2 69 05 99 350 123 84"],
)
def test_valid_nir(nir: str) -> None:
    assert nir_is_valid(nir)


@pytest.mark.parametrize(
    "nir",
    [
        "1 85 05 78 006 084 90",
        "2 55 08 2B 168 025 97",
        "5 85 05 78 006 084 91",
        "1 85 05 78 006 084",
        "abc",
    ],
)
def test_invalid_nir(nir: str) -> None:
    assert not nir_is_valid(nir)


def test_siren_and_siret() -> None:
    assert siren_is_valid("732 829 320") and siren_is_valid("552100554")
    assert not siren_is_valid("732 829 321")
    assert siret_is_valid("732 829 320 00074")
    assert not siret_is_valid("732 829 320 00075")
    assert siret_is_valid("35600000000048")  # La Poste head office: Luhn
    assert siret_is_valid("35600000000042")  # La Poste establishments: digit sum multiple of 5


@pytest.mark.parametrize(
    "iban",
    [
        "FR76 3000 6000 0112 3456 7890 189",
        "DE89 3704 0044 0532 0130 00",
        "CH93 0076 2011 6238 5295 7",
        "GB82WEST12345698765432",
    ],
)
def test_valid_iban(iban: str) -> None:
    assert iban_is_valid(iban)


@pytest.mark.parametrize(
    "iban",
    [
        "FR76 3000 6000 0112 3456 7890 188",
        "DE88 3704 0044 0532 0130 00",
        "FR76",
        "1234 5678 9012 3456",
    ],
)
def test_invalid_iban(iban: str) -> None:
    assert not iban_is_valid(iban)


def test_canadian_sin() -> None:
    assert sin_is_valid("130 692 544") and sin_is_valid("123-456-782")
    assert not sin_is_valid("130 692 545")
    assert not sin_is_valid("046 454 286")  # Luhn-valid, but no SIN starts with 0


def test_cards() -> None:
    assert card_is_valid("4111 1111 1111 1111") and card_is_valid("5555-5555-5555-4444")
    assert card_is_valid("378282246310005")
    assert not card_is_valid("4111 1111 1111 1112")
    assert not card_is_valid("1111 1111 1111 1117")  # Luhn-valid, no card network starts with 1


def test_luhn_refuses_letters() -> None:
    assert luhn_is_valid("79927398713")
    assert not luhn_is_valid("7992739871a")
