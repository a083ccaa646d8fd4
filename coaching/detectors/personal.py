"""Personal data: e-mail addresses, phone numbers, health or HR matters about a person."""

import re

from coaching.detectors.people import Spans, closest, near
from coaching.findings import Finding, FindingKind, Strength, make_finding
from coaching.sentences import sentence_around

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_ROLE_MAILBOX = re.compile(
    r"(?:contact|info|infos|hello|bonjour|recrutement|jobs?|careers?|carrieres?|rh|hr|presse"
    r"|press|media|medias|support|service|sav|admin|no-?reply|communication|team|equipe"
    r"|sales|ventes?|marketing|candidatures?|accueil|help|aide)(?:[.-]\w+)?",
    re.IGNORECASE,
)
_PERSONAL_MAILBOX = re.compile(r"[^\W\d_]{2,}[._-][^\W\d_]{2,}")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)33[\s.]?|0)[1-9](?:[\s.\-]?[0-9]{2}){4}(?![0-9])"
    r"|(?<![\w+])(?:(?:\+|00)41[\s.]?|0)[1-9][0-9][\s.][0-9]{3}[\s.][0-9]{2}[\s.][0-9]{2}"
    r"(?![0-9])"
    r"|(?<![\w+])(?:\+?1[\s.\-]?)?\(?[2-9][0-9]{2}\)?[\s.\-][0-9]{3}[\s.\-][0-9]{4}(?![0-9])"
)
_PERSONAL_PHONE_WORDS = re.compile(
    r"\b(?:perso|portable|mobile|cell|son num[ée]ro|son t[ée]l)", re.IGNORECASE
)
_HEALTH_OR_HR = re.compile(
    r"\b(?:(?:en\s+)?arr[êe]t\s+(?:de\s+travail|maladie)|en\s+arr[êe]t|en\s+maladie|malade"
    r"|enceinte"
    r"|grossesse"
    r"|fausse\s+couche|cancer|chimio\w*|d[ée]pression|burn[\s-]?out|hospitalis[ée]e?s?"
    r"|op[ée]r[ée]e?\s+(?:du|de\s+la|des)|cong[ée]\s+(?:maternit[ée]|maladie|parental)"
    r"|handicap\w*|s[ée]ropositi\w+|diab[èe]t\w*|th[ée]rapie|psychiatr\w*"
    r"|(?:a\s+[ée]t[ée]|est|va\s+[êe]tre|vient\s+d['’][êe]tre|s['’]est\s+fait)\s+"
    r"(?:licenci[ée]e?|vir[ée]e?|renvoy[ée]e?|sanctionn[ée]e?|mise?\s+à\s+pied|r[ée]trograd[ée]e?)"
    r"|s['’]est\s+fait\s+(?:virer|licencier|renvoyer)|avertissement|bl[âa]me|mise\s+à\s+pied"
    r"|entretien\s+pr[ée]alable|proc[ée]dure\s+disciplinaire|rupture\s+conventionnelle)\b",
    re.IGNORECASE,
)
_PERSON_WINDOW = 60
_AUTHOR_BEFORE = re.compile(
    r"(?:\bje\s+suis|\bj['’]?\s*suis|\bjsuis|\bchuis|\bchu|\bj['’]\s*[ée]tais|\bje\s+me\s+suis"
    r"|\bj['’]ai\s+(?:[ée]t[ée]|eu|fait))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_AUTHOR_WINDOW = 30


def find_contacts(text: str, people: Spans) -> list[Finding]:
    """E-mails and phones; strong when they belong to a person, role mailboxes are ignored."""
    found: list[Finding] = []
    for match in _EMAIL.finditer(text):
        local = match.group().split("@")[0]
        if _ROLE_MAILBOX.fullmatch(local):
            continue
        personal = bool(_PERSONAL_MAILBOX.fullmatch(local)) or near(match.span(), people(), 40)
        found.append(_finding(text, match, FindingKind.EMAIL, personal))
    for match in _PHONE.finditer(text):
        start, end = sentence_around(text, *match.span())
        personal = near(match.span(), people(), 40) or bool(
            _PERSONAL_PHONE_WORDS.search(text, start, end)
        )
        found.append(_finding(text, match, FindingKind.PHONE, personal))
    return found


def find_health_or_hr(text: str, people: Spans) -> list[Finding]:
    """A person's name (or « ma collègue ») next to a health or HR word, in one sentence."""
    found: list[Finding] = []
    for match in _HEALTH_OR_HR.finditer(text):
        if _AUTHOR_BEFORE.search(text, max(0, match.start() - _AUTHOR_WINDOW), match.start()):
            continue  # the author's own health or work life (« chu malade »)
        start, end = sentence_around(text, *match.span())
        nearby = [
            span
            for span in people()
            if start <= span[0]
            and span[1] <= end
            and not _overlap(span, match.span())
            and near(match.span(), [span], _PERSON_WINDOW)
        ]
        if nearby:
            person = closest(match.span(), nearby)
            span = (min(person[0], match.start()), max(person[1], match.end()))
            found.append(
                make_finding(text, *span, FindingKind.HEALTH_OR_HR_ABOUT_PERSON, Strength.STRONG)
            )
    return found


def _finding(text: str, match: re.Match[str], kind: FindingKind, strong: bool) -> Finding:
    strength = Strength.STRONG if strong else Strength.WEAK
    return make_finding(text, *match.span(), kind, strength)


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]
