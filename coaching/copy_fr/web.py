"""What the playground says, in « tu » or « vous » (/admin's sentences are in `admin`).

Templates hold no French: they read these strings by key (`t.draft_label`).
"""

from collections.abc import Mapping

from coaching.address import AddressForm
from coaching.axes import Axis
from coaching.copy_fr.lines import Line, same

AXIS_LABELS: Mapping[Axis, str] = {
    Axis.TONE: "Ton",
    Axis.CONFIDENTIALITY: "Confidentialité",
    Axis.AUTHENTICITY: "Authenticité",
}

PLAYGROUND: Mapping[str, Line] = {
    "page_title": same("checkpost · terrain de jeu"),
    "skip_link": same("Aller au brouillon"),
    "tagline": same("Un second regard bienveillant avant de publier."),
    "bot_name": same("checkpost"),
    "author_name": Line("Toi", "Vous"),
    "greeting": Line(
        "Bonjour ! Colle ici le brouillon que tu t'apprêtes à publier (LinkedIn, X, "
        "Facebook, un blogue…). Je te dis ce qui fonctionne, ce qui pourrait te desservir "
        "une fois à la une, et comment le dire autrement. Je n'empêche rien et je ne "
        "rapporte rien à personne : c'est toi qui décides.",
        "Bonjour ! Collez ici le brouillon que vous vous apprêtez à publier (LinkedIn, X, "
        "Facebook, un blogue…). Je vous dis ce qui fonctionne, ce qui pourrait vous "
        "desservir une fois à la une, et comment le dire autrement. Je n'empêche rien et je "
        "ne rapporte rien à personne : c'est vous qui décidez.",
    ),
    "privacy": Line(
        "Ton brouillon n'est pas conservé : je garde seulement une trace sans texte "
        "qu'une relecture a eu lieu.",
        "Votre brouillon n'est pas conservé : je garde seulement une trace sans texte "
        "qu'une relecture a eu lieu.",
    ),
    "conversation_label": same("Conversation avec checkpost"),
    "draft_label": Line("Ton brouillon", "Votre brouillon"),
    "draft_help": same("Ctrl + Entrée (ou ⌘ + Entrée) pour envoyer."),
    "submit": same("Relire"),
    "pending": same("Je relis…"),
    "meter_title": same("Points de vigilance"),
    "meter_calm": same("rien à signaler"),
    "meter_watch": same("à relire"),
    "highlight_label": same("passage relevé ({axis})"),
    "feedback_question": Line("Ce conseil t'a-t-il aidé ?", "Ce conseil vous a-t-il aidé ?"),
    "feedback_useful": same("Utile"),
    "feedback_not_relevant": same("Pas pertinent"),
    "thanks_useful": Line(
        "Merci pour ton retour, ça m'aide à viser juste.",
        "Merci pour votre retour, cela m'aide à viser juste.",
    ),
    "thanks_not_relevant": Line(
        "Merci, c'est noté : ça m'aide à viser plus juste.",
        "Merci, c'est noté : cela m'aide à viser plus juste.",
    ),
    "feedback_failed": Line(
        "Ton retour n'a pas pu être enregistré, merci quand même !",
        "Votre retour n'a pas pu être enregistré, merci quand même !",
    ),
    "error_network": Line(
        "Je n'arrive pas à joindre le serveur. Vérifie ta connexion puis réessaie : "
        "ton brouillon est toujours là.",
        "Je n'arrive pas à joindre le serveur. Vérifiez votre connexion puis réessayez : "
        "votre brouillon est toujours là.",
    ),
    "error_server": Line(
        "Oups, quelque chose s'est mal passé de mon côté. Ton brouillon n'a pas été "
        "conservé ; réessaie dans un instant.",
        "Oups, quelque chose s'est mal passé de mon côté. Votre brouillon n'a pas été "
        "conservé ; réessayez dans un instant.",
    ),
    "too_long": Line(
        "Ce texte est bien trop long pour une publication : gardes-en un extrait de "
        "quelques paragraphes et renvoie-le-moi.",
        "Ce texte est bien trop long pour une publication : gardez-en un extrait de "
        "quelques paragraphes et renvoyez-le-moi.",
    ),
    "admin_link": same("Administration"),
}


def playground_copy(form: AddressForm) -> dict[str, str]:
    """Every playground string in the company's form of address."""
    return {key: line.say(form) for key, line in PLAYGROUND.items()}
