"""How the coach addresses people."""

from enum import StrEnum


class AddressForm(StrEnum):
    """Tutoiement (default) or vouvoiement."""

    TU = "tu"
    VOUS = "vous"
