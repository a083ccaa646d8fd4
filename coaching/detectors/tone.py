"""How something is said: insults, contempt, shouting. Never the subject of a criticism.

Protected speech: nothing here reacts to pay, strikes, working conditions or
disagreement (« salaire », « grève », « pas d'accord »...). Only insult, contempt
and shouting are findings; a respectful critique gives none.
"""

import re

from coaching.detectors.people import Spans, near
from coaching.findings import Finding, FindingKind, Strength, make_finding
from coaching.sentences import sentence_around

_SLUR = re.compile(
    r"\b(?:connard|connasse|conn?ards|connasses|encul[ée]e?s?|salopes?|salauds?|putes?|fdp"
    r"|b[âa]tards?|ordure|abrutie?s?|cr[ée]tine?s?|trou\s+du\s+cul|ta\s+gueule"
    r"|sous-merdes?|tar[ée]e?s?|attard[ée]e?s?|d[ée]biles?|imb[ée]ciles?"
    r"|bouffons?|tocards?|nullards?|ftg|ntm|nique\s+ta\s+m[èe]re|gogols?|mongols?"
    r"|bougnoules?|bicots?|youpins?|youtres?|n[èée]gros?|n[èe]gresses?|chinetoques?|p[ée]d[ée]s?"
    r"|sale?s?\s+(?:arabes?|noirs?|juifs?|juives?|musulmane?s?|renois|rebeus?|reubeus?|bougnoules?"
    r"|chinoise?s?|roms?|gitans?|gitanes?|homos?|gouines?|p[ée]d[ée]s?|pd|race))\b",
    re.IGNORECASE,
)
_MILD = re.compile(
    r"\b(?:idiote?s?|stupides?|guignols?|clowns?|incomp[ée]tente?s?|cons)\b", re.IGNORECASE
)
_VULGAR = re.compile(
    r"\b(?:merde|merdiques?|putain|chiant(?:e|s|es)?|naze?s?|pourrie?s?|bordel|foutue?s?)\b",
    re.IGNORECASE,
)
_CONTEMPT = re.compile(
    r"\b(?:bande\s+d['’e]\s*\w+|ces\s+(?:gens|types|mecs|clowns|guignols|nuls|charlots)(?:-l[àa])?"
    r"|m[êe]me\s+pas\s+(?:capables?|fichus?|foutus?)|quelle\s+(?:blague|bande|farce|plaie)"
    r"|pitoyables?|path[ée]tiques?|lamentables?|risibles?|grotesques?|minables?"
    r"|de\s+la\s+merde|à\s+chier|à\s+vomir|une\s+blague|des\s+amateurs|branquignols?)\b"
    r"|🤡|🤮|💩",
    re.IGNORECASE,
)
_LAUGHTER = re.compile(r"\b(?:mdr|lol|ptdr)\b", re.IGNORECASE)
"""Laughing out loud: mockery only when the laugh is at someone, which the classifier judges."""
_REPORTED_BEFORE = re.compile(
    r"(?:\btrait(?:er|[ée]e?s?|ait|ent|e)\s+(?:\w+\s+){0,3}?(?:de|d['’])"
    r"|\b(?:sorti|lanc[ée]e?|cri[ée]|[ée]crit|re[çc]u|dit|insulte\w*)\s*:?)\s*[«“\"]?\s*$",
    re.IGNORECASE,
)
_REPORTED_WINDOW = 40
_QUOTES = (("«", "»"), ("“", "”"), ('"', '"'))
_SHOUTING_WORDS = re.compile(r"(?<!\w)(?:[A-ZÀ-Ý]{2,}[\s!?.,']+){2,}[A-ZÀ-Ý]{2,}(?!\w)")
_PUNCTUATION = re.compile(r"[!?]*!{3,}[!?]*|[!?]{4,}")
_SHOUT_MIN_LETTERS = 12
_PARTY_WINDOW = 80


def find_tone(text: str, parties: Spans) -> list[Finding]:
    """Insults (slurs strong; quoted or reported ones weak and told apart; mild ones weak),
    vulgarity (weak), contempt (strong if aimed, never a mere laugh)."""
    found = _insults(text)
    found += [
        make_finding(text, *match.span(), kind, Strength.WEAK)
        for kind, pattern in ((FindingKind.VULGARITY, _VULGAR), (FindingKind.CONTEMPT, _LAUGHTER))
        for match in pattern.finditer(text)
    ]
    for match in _CONTEMPT.finditer(text):
        sentence = sentence_around(text, *match.span())
        aimed = [span for span in parties() if sentence[0] <= span[0] and span[1] <= sentence[1]]
        strong = near(match.span(), aimed, _PARTY_WINDOW)
        found.append(
            make_finding(
                text,
                *match.span(),
                FindingKind.CONTEMPT,
                Strength.STRONG if strong else Strength.WEAK,
            )
        )
    return found + _shouting(text)


def _insults(text: str) -> list[Finding]:
    found = [
        make_finding(text, *match.span(), FindingKind.REPORTED_INSULT, Strength.WEAK)
        if _reported(text, *match.span())
        else make_finding(text, *match.span(), FindingKind.INSULT, Strength.STRONG)
        for match in _SLUR.finditer(text)
    ]
    return found + [
        make_finding(text, *match.span(), FindingKind.INSULT, Strength.WEAK)
        for match in _MILD.finditer(text)
    ]


def _reported(text: str, start: int, end: int) -> bool:
    """An insult someone else said, quoted or reported (« il m'a traitée de … »), not hurled."""
    before = text[max(0, start - _REPORTED_WINDOW) : start]
    if _REPORTED_BEFORE.search(before):
        return True
    sentence = sentence_around(text, start, end)
    return any(
        text.rfind(opening, sentence[0], start) > text.rfind(closing, sentence[0], start)
        if opening != closing
        else text.count(opening, sentence[0], start) % 2 == 1
        for opening, closing in _QUOTES
    )


def _shouting(text: str) -> list[Finding]:
    found = [
        make_finding(text, *match.span(), FindingKind.SHOUTING, Strength.WEAK)
        for match in _SHOUTING_WORDS.finditer(text)
        if sum(char.isalpha() for char in match.group()) >= _SHOUT_MIN_LETTERS
    ]
    found += [
        make_finding(text, *match.span(), FindingKind.SHOUTING, Strength.WEAK)
        for match in _PUNCTUATION.finditer(text)
    ]
    return found
