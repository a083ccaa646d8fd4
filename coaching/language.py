"""A small guess at a draft's language from stopword counts (no dependency, no model)."""

import re
from enum import StrEnum


class Language(StrEnum):
    """What the coach thinks the draft is written in."""

    FR = "fr"
    EN = "en"
    OTHER = "other"
    UNKNOWN = "unknown"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "fr": _words(
        "le la les un une des du de et est sont pas que qui dans pour sur avec au aux ce cette "
        "ces je tu il elle nous vous ils elles on mon ma mes ton ta tes son sa ses notre nos "
        "votre vos leur leurs mais ou donc car très plus moins aussi être avoir fait c j l d "
        "qu n s m t été était sera chez par en ne se lui y à où ça comme tout tous merci"
    ),
    "en": _words(
        "the a an and is are was were be been not that which who in for on with at this these "
        "those i you he she we they my your his her our their but or so very more also have has "
        "had do does did it its of to from by as will would can could just about what"
    ),
    "es": _words(
        "el la los las un una unos unas y es son no que en por para con del al lo como pero muy "
        "más este esta estos estas yo tú él ella nosotros ellos mi mis tu tus su sus hay está "
        "están ser fue gracias también"
    ),
    "de": _words(
        "der die das ein eine und ist sind nicht dass in für auf mit bei dem den des ich du er "
        "sie wir ihr mein meine dein sein unser aber oder sehr auch haben hat war wird zu von "
        "nach wie noch heute danke"
    ),
    "it": _words(
        "il lo la gli le un una e è sono non che in per con del della dei di da io tu lui lei "
        "noi voi loro mio mia ma molto anche questo questa essere ho ha grazie"
    ),
    "pt": _words(
        "o a os as um uma e é são não que em para com do da dos das no na eu você ele ela nós "
        "meu minha mas muito também este esta ser tem obrigado"
    ),
    "nl": _words(
        "de het een en is zijn niet dat in voor op met bij van ik jij hij zij wij mijn maar of "
        "heel ook hebben heeft was wordt naar dank"
    ),
}
_TOKEN = re.compile(r"\w+", re.UNICODE)
_MIN_HITS = 2
_MARGIN = 1.5


def detect_language(text: str) -> Language:
    """ "fr", "en", "other" or "unknown" (too little to tell: treated as French by the coach).

    Only tokens made of letters alone count: the letters inside an id, a hash or a code
    (`8f86e2…4b41b7da`) would otherwise read as stopwords ("a", "e", "da")."""
    words = [token.casefold() for token in _TOKEN.findall(text) if token.isalpha()]
    if not words:
        return Language.UNKNOWN
    if _non_latin_share(words) > 0.5:
        return Language.OTHER
    hits = {lang: sum(1 for word in words if word in stops) for lang, stops in _STOPWORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] < _MIN_HITS:
        return Language.UNKNOWN
    if best == "fr" or hits["fr"] * _MARGIN >= hits[best]:
        return Language.FR
    return Language.EN if best == "en" else Language.OTHER


def _non_latin_share(words: list[str]) -> float:
    letters = "".join(words)
    non_latin = sum(1 for char in letters if not ("a" <= char <= "z" or "à" <= char <= "ɏ"))
    return non_latin / len(letters)
