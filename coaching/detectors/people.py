"""Where a draft talks about a person: names (from a NameFinder or a heuristic), colleagues."""

import re
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from coaching.ports import NameFinder

Spans = Callable[[], list[tuple[int, int]]]
"""Spans computed on first use: finding names costs more than every other rule together,
and most drafts contain no cue that needs them."""

T = TypeVar("T")


def lazily(compute: Callable[[], T]) -> Callable[[], T]:
    """`compute`, run on the first call only, its result kept for the next ones."""
    return cache(compute)


_CAPITALISED = re.compile(
    r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-\s][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?(?![\w'’])"
)
_COLLEAGUE = re.compile(
    r"\b(?:m(?:on|a)|not(?:re)|un|une|l['’]|le|la|ce|cette)\s?"
    r"(?:coll[èe]gue|manager|manageuse|cheff?e?|boss|patron(?:ne)?|directeur|directrice"
    r"|stagiaire|assistant(?:e)?|binôme|voisin(?:e)? de bureau|n\+1|responsable)\b",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_NAMES = _words(
    "Je Tu Il Elle On Nous Vous Ils Elles Le La Les Un Une Des Du De Ce Cette Ces Mon Ma Mes "
    "Ton Ta Tes Son Sa Ses Notre Nos Votre Vos Leur Leurs Et Mais Ou Donc Car Si Quand Pour "
    "Avec Sans Chez Dans Sur Sous Après Avant Depuis Pendant Hier Demain Aujourd Merci Bravo "
    "Bonjour Salut Bonne Bon Super Vraiment Encore Enfin Bref Oui Non Voilà Voici Comme Quel "
    "Quelle Quels Quelles Tout Toute Tous Toutes Rien Personne Certains Plusieurs Ici "
    "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin "
    "Juillet Août Septembre Octobre Novembre Décembre Noël Pâques France Paris Québec Montréal "
    "Suisse Canada Europe Genève Lyon Marseille Covid Madame Monsieur Mme Mr The This We "
    "Appel Institut Fondation Hôpital Centre Association Ligue Université Clinique Journée "
    "Mois Semaine Téléthon Sidaction Pensée Pensées Courage Soutien Bienvenue Félicitations "
    "Joyeux Joyeuse Belle Beau Grand Grande Nouveau Nouvelle Rendez Retour Équipe Direction "
    "Conseil Comité Groupe Service Département Ministère Santé Maladie My Our"
)
_SUBJECT_VERB = re.compile(
    r"\s+(?:a|est|va|vient|sera|était|avait|part|sort|rentre|revient|s['’]est|n['’]est|ne|se)\b"
)


def find_names(text: str, names: NameFinder | None) -> list[tuple[int, int]] | None:
    """The NameFinder's valid spans, or None when there is no NameFinder."""
    if names is None:
        return None
    return [
        (start, end)
        for start, end in names.find_person_names(text)
        if 0 <= start < end <= len(text)
    ]


def person_spans(
    text: str, found_names: list[tuple[int, int]] | None, *, sentence_initial: bool = True
) -> list[tuple[int, int]]:
    """People mentioned: colleague references, plus names (found, else a heuristic).

    Without found names, capitalised words stand in for names (see `_may_be_name`).
    """
    spans = [match.span() for match in _COLLEAGUE.finditer(text)]
    if found_names is not None:
        spans += found_names
    else:
        spans += [
            match.span()
            for match in _CAPITALISED.finditer(text)
            if _may_be_name(text, match, sentence_initial)
        ]
    return sorted(spans)


def _may_be_name(text: str, match: re.Match[str], sentence_initial: bool) -> bool:
    """A capitalised word (pair) that is not a common word; a lone one opening a sentence
    counts only if `sentence_initial` and a verb follows (« Julien a été… »)."""
    first = match.group().split()[0].split("-")[0]
    if first in _NOT_NAMES or first.endswith("ment"):
        return False
    before = text[: match.start()].rstrip()
    if " " in match.group() or (before and before[-1] not in ".!?…"):
        return True
    return sentence_initial and bool(_SUBJECT_VERB.match(text, match.end()))


def near(span: tuple[int, int], others: list[tuple[int, int]], window: int) -> bool:
    """True if any of `others` is within `window` characters of `span`."""
    return any(start - window <= span[1] and span[0] - window <= end for start, end in others)


def closest(span: tuple[int, int], others: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of `others` nearest to `span` (`others` must not be empty)."""
    return min(others, key=lambda other: min(abs(other[0] - span[1]), abs(span[0] - other[1])))
