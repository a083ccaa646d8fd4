"""What checkpost says on Slack around the guidance itself: ack, help, App Home, thanks, limits.

Slack mrkdwn: `*gras*`, `_italique_`, `` `code` ``. `{command}` is the slash command's name.
"""

from coaching.copy_fr import chat
from coaching.copy_fr.lines import Line, same

ACK_REVIEW = Line("Je relis ton brouillon…", "Je relis votre brouillon…")

HELP = Line(
    "*checkpost* relit tes brouillons avant que tu les publies sur les réseaux sociaux. "
    "C'est un second regard, pas un contrôle : tu gardes toujours le dernier mot.\n\n"
    "• Écris-moi ton brouillon en message privé : je te réponds ici.\n"
    "• `{command} ton brouillon`, n'importe où : la réponse n'est visible que par toi.\n"
    "• Sur un de tes messages : *Plus d'actions* (⋮) → *Relire avant de publier*.\n"
    "• `{command} mes-donnees` : tout ce que je garde sur toi.\n"
    "• `{command} oublie-moi` : tout effacer.\n"
    "• `{command} tips on` ou `{command} tips off` : le conseil de la semaine dans ce canal.",
    "*checkpost* relit vos brouillons avant que vous les publiiez sur les réseaux sociaux. "
    "C'est un second regard, pas un contrôle : vous gardez toujours le dernier mot.\n\n"
    "• Écrivez-moi votre brouillon en message privé : je vous réponds ici.\n"
    "• `{command} votre brouillon`, n'importe où : la réponse n'est visible que par vous.\n"
    "• Sur un de vos messages : *Plus d'actions* (⋮) → *Relire avant de publier*.\n"
    "• `{command} mes-donnees` : tout ce que je garde sur vous.\n"
    "• `{command} oublie-moi` : tout effacer.\n"
    "• `{command} tips on` ou `{command} tips off` : le conseil de la semaine dans ce canal.",
)

HOME_TITLE = same("Un second regard avant de publier")
HOME_INTRO = Line(
    "Envoie-moi un brouillon de publication (LinkedIn, X, Facebook, un blogue…) : je te dis "
    "ce qui fonctionne, ce qui pourrait te desservir une fois à la une, et comment le dire "
    "autrement. Un second regard, pas un contrôle : c'est toi qui décides.",
    "Envoyez-moi un brouillon de publication (LinkedIn, X, Facebook, un blogue…) : je vous "
    "dis ce qui fonctionne, ce qui pourrait vous desservir une fois à la une, et comment le "
    "dire autrement. Un second regard, pas un contrôle : c'est vous qui décidez.",
)
HOME_PRIVACY_TITLE = same("*Ce que je garde, en clair*")
HOME_PRIVACY = Line(
    "Je ne garde pas tes brouillons : je les lis, je te réponds, je les oublie. "
    "Je note seulement qu'une relecture a eu lieu, sa date et les points relevés "
    "(tonalité, confidentialité, authenticité), jamais le texte, sous un identifiant "
    "pseudonyme plutôt que ton nom. Ces traces sont effacées au bout de {days} jours et ne "
    "servent qu'à des statistiques d'ensemble, jamais à un suivi personnel : ni ton manager "
    "ni les RH ne peuvent voir ce que tu m'as envoyé.\n"
    "`{command} mes-donnees` te montre tout ce que je garde ; `{command} oublie-moi` l'efface.",
    "Je ne garde pas vos brouillons : je les lis, je vous réponds, je les oublie. "
    "Je note seulement qu'une relecture a eu lieu, sa date et les points relevés "
    "(tonalité, confidentialité, authenticité), jamais le texte, sous un identifiant "
    "pseudonyme plutôt que votre nom. Ces traces sont effacées au bout de {days} jours et ne "
    "servent qu'à des statistiques d'ensemble, jamais à un suivi personnel : ni votre "
    "manager ni les RH ne peuvent voir ce que vous m'avez envoyé.\n"
    "`{command} mes-donnees` vous montre tout ce que je garde ; `{command} oublie-moi` l'efface.",
)
HOME_PREFERENCES_TITLE = same("*Préférences*")
HOME_ADDRESS_LABEL = Line(
    "Comment veux-tu que je m'adresse à toi ?",
    "Comment voulez-vous que je m'adresse à vous ?",
)
ADDRESS_TU = same("Tutoiement (tu)")
ADDRESS_VOUS = same("Vouvoiement (vous)")
HOME_LANGUAGE = same("Langue des réponses : français (la seule disponible pour l'instant).")
HOME_HELP_TITLE = same("*Comment m'utiliser*")

FEEDBACK_USEFUL = same("Utile")
FEEDBACK_NOT_RELEVANT = same("Pas pertinent")
THANKS_USEFUL = Line(
    "Merci pour ton retour, ça m'aide à viser juste.",
    "Merci pour votre retour, cela m'aide à viser juste.",
)
THANKS_NOT_RELEVANT = Line(
    "Merci, c'est noté : je ne te ferai plus cette remarque.",
    "Merci, c'est noté : je ne vous ferai plus cette remarque.",
)
THANKS_NOT_RELEVANT_GENERAL = Line(
    "Merci, c'est noté : ça m'aide à viser plus juste.",
    "Merci, c'est noté : cela m'aide à viser plus juste.",
)

FINDING = same("*{number}.* « {quote} »\n{why}\n→ {hint}")

RATE_LIMITED = chat.RATE_LIMITED
NOT_READY = chat.not_ready("Slack")
APOLOGY = chat.APOLOGY
NOT_YOUR_MESSAGE = Line(
    "Je ne relis que tes propres messages : pour celui-ci, c'est à la personne qui l'a "
    "écrit de me le demander.",
    "Je ne relis que vos propres messages : pour celui-ci, c'est à la personne qui l'a "
    "écrit de me le demander.",
)
NO_TEXT = Line(
    "Ce message ne contient pas de texte que je puisse relire.",
    "Ce message ne contient pas de texte que je puisse relire.",
)
REINSTALL = same(
    "checkpost n'est plus installé correctement dans cet espace de travail : demande à la "
    "personne qui gère Slack de le réinstaller."
)

TIPS_SOON = Line(
    "Le conseil de la semaine dans un canal arrive bientôt. Merci de ta patience !",
    "Le conseil de la semaine dans un canal arrive bientôt. Merci de votre patience !",
)
TIPS_USAGE = Line(
    "Écris `{command} tips on` pour recevoir le conseil de la semaine dans ce canal, "
    "ou `{command} tips off` pour l'arrêter.",
    "Écrivez `{command} tips on` pour recevoir le conseil de la semaine dans ce canal, "
    "ou `{command} tips off` pour l'arrêter.",
)

DATA_INTRO = Line(
    "Voici tout ce que je garde sur toi, sous ton identifiant pseudonyme (jamais le texte "
    "de tes brouillons) :",
    "Voici tout ce que je garde sur vous, sous votre identifiant pseudonyme (jamais le "
    "texte de vos brouillons) :",
)
DATA_CUT = same(
    "La liste continue : seules les {shown} relectures les plus récentes "
    "sont affichées ici, sur {total}."
)
FORGOTTEN = Line(
    "C'est fait : j'ai effacé {checks} relecture(s), {feedback} retour(s), {terms} "
    "terme(s) écarté(s) et tes préférences. On repart de zéro.",
    "C'est fait : j'ai effacé {checks} relecture(s), {feedback} retour(s), {terms} "
    "terme(s) écarté(s) et vos préférences. On repart de zéro.",
)
DATA_UNAVAILABLE = Line(
    "Je n'arrive pas à joindre ma base de données pour l'instant : réessaie dans un moment.",
    "Je n'arrive pas à joindre ma base de données pour l'instant : réessayez dans un moment.",
)
