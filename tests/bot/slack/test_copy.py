"""The Slack sentences (coaching/copy_fr/slack.py): both forms of address, the house style."""

from __future__ import annotations

import pytest

from coaching.copy_fr import slack as copy
from coaching.copy_fr.lines import Line
from tests.coaching.test_guidance import BANNED, TU_WORDS, VOUS_WORDS, plain

LINES = {name: value for name, value in vars(copy).items() if isinstance(value, Line)}
NAMING_THE_FORMS = {"ADDRESS_TU", "ADDRESS_VOUS"}  # the option labels quote « tu » and « vous »


@pytest.mark.parametrize("name", sorted(set(LINES) - NAMING_THE_FORMS))
def test_each_sentence_keeps_to_its_form_of_address(name: str) -> None:
    line = LINES[name]
    assert not VOUS_WORDS.search(line.tu), line.tu
    assert not TU_WORDS.search(line.vous), line.vous
    assert not BANNED.search(plain(line.tu)) and not BANNED.search(plain(line.vous))


def test_placeholders_are_the_same_in_both_forms() -> None:
    import string

    for line in LINES.values():
        fields = [
            {f for _, f, _, _ in string.Formatter().parse(text) if f}
            for text in (line.tu, line.vous)
        ]
        assert fields[0] == fields[1], line
