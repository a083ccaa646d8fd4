"""Checksums of French and Canadian identifiers and payment numbers (pure functions)."""

import re

_NON_DIGIT = re.compile(r"\D")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")
_DIGITS_AND_SEPARATORS = re.compile(r"\d(?:[\d \u00a0\u202f.\-]*\d)?")


def digits_of(value: str) -> str:
    """The digits of `value`, separators dropped."""
    return _NON_DIGIT.sub("", value)


def luhn_is_valid(number: str) -> bool:
    """Luhn (mod 10) check on the digits of `number`."""
    if not _DIGITS_AND_SEPARATORS.fullmatch(number):
        return False
    digits = digits_of(number)
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def nir_is_valid(nir: str) -> bool:
    """French social security number (NIR): 13 characters and a 2-digit key, 97 - n mod 97."""
    compact = _NON_ALNUM.sub("", nir).upper()
    if len(compact) != 15 or not compact[13:].isdigit() or compact[0] not in "123478":
        return False
    body = compact[:13].replace("2A", "19", 1) if compact[5:7] == "2A" else compact[:13]
    body = body.replace("2B", "18", 1) if compact[5:7] == "2B" else body
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == int(compact[13:])


def siren_is_valid(number: str) -> bool:
    """French company number: 9 digits, Luhn."""
    digits = digits_of(number)
    return len(digits) == 9 and luhn_is_valid(digits)


def siret_is_valid(number: str) -> bool:
    """French establishment number: 14 digits, Luhn (La Poste: digit sum multiple of 5)."""
    digits = digits_of(number)
    if len(digits) != 14:
        return False
    if digits.startswith("356000000") and sum(int(char) for char in digits) % 5 == 0:
        return True
    return luhn_is_valid(digits)


def sin_is_valid(number: str) -> bool:
    """Canadian social insurance number: 9 digits, Luhn, never starting with 0 or 8."""
    digits = digits_of(number)
    return len(digits) == 9 and digits[0] not in "08" and luhn_is_valid(digits)


def iban_is_valid(iban: str) -> bool:
    """IBAN: country code, 2 check digits, then the account; mod 97 of the rearranged == 1."""
    compact = _NON_ALNUM.sub("", iban).upper()
    if not 15 <= len(compact) <= 34 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def card_is_valid(number: str) -> bool:
    """Payment card: 13 to 19 digits, a known network prefix, Luhn."""
    digits = digits_of(number)
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_is_valid(digits)
