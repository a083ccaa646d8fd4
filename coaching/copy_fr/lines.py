"""A sentence in both forms of address, and a deterministic pick among variants."""

from collections.abc import Sequence
from dataclasses import dataclass

from coaching.address import AddressForm


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence, said with « tu » and with « vous »."""

    tu: str
    vous: str

    def say(self, form: AddressForm) -> str:
        return self.vous if form is AddressForm.VOUS else self.tu


def same(sentence: str) -> Line:
    """A sentence that reads the same with « tu » and « vous »."""
    return Line(sentence, sentence)


def pick(variants: Sequence[Line], seed: int, form: AddressForm) -> str:
    """The variant chosen by `seed` (stable for a given draft), in the right form."""
    return variants[seed % len(variants)].say(form)
