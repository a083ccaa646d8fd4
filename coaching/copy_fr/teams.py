"""What checkpost says on Microsoft Teams around the guidance itself.

Adaptive Card TextBlocks read a little markdown (`**gras**`, `_italique_`, listes « - »);
these sentences are ours, so they may use it. `{days}` is the retention in days.
"""

from coaching.copy_fr import chat
from coaching.copy_fr.lines import Line, same

WELCOME = Line(
    "Bonjour ! Je suis **checkpost**, un second regard bienveillant sur tes brouillons avant "
    "que tu les publies sur les réseaux sociaux. Je te dis ce qui fonctionne, ce qui pourrait "
    "te desservir une fois à la une, et comment le dire autrement. Je ne fais que suggérer et je "
    "ne préviens personne : c'est toi qui décides.\n\n"
    "- Écris-moi ton brouillon ici, en conversation privée.\n"
    "- Dans un canal, mentionne-moi suivi de ton brouillon : je te réponds en privé, "
    "jamais dans le canal.\n\n"
    "**Ma promesse** : je ne garde pas tes brouillons et je ne les écris dans aucun journal. "
    "Je note seulement qu'une relecture a eu lieu, sa date et les points relevés, sous un "
    "identifiant pseudonyme, pendant {days} jours au plus ; ni ton manager ni les RH ne "
    "peuvent voir ce que tu m'envoies. « mes-donnees » te montre tout ce que je garde, "
    "« oublie-moi » l'efface, « aide » rappelle tout ça.",
    "Bonjour ! Je suis **checkpost**, un second regard bienveillant sur vos brouillons avant "
    "que vous les publiiez sur les réseaux sociaux. Je vous dis ce qui fonctionne, ce qui "
    "pourrait vous desservir une fois à la une, et comment le dire autrement. Je ne fais que "
    "suggérer et je ne préviens personne : c'est vous qui décidez.\n\n"
    "- Écrivez-moi votre brouillon ici, en conversation privée.\n"
    "- Dans un canal, mentionnez-moi suivi de votre brouillon : je vous réponds en privé, "
    "jamais dans le canal.\n\n"
    "**Ma promesse** : je ne garde pas vos brouillons et je ne les écris dans aucun journal. "
    "Je note seulement qu'une relecture a eu lieu, sa date et les points relevés, sous un "
    "identifiant pseudonyme, pendant {days} jours au plus ; ni votre manager ni les RH ne "
    "peuvent voir ce que vous m'envoyez. « mes-donnees » vous montre tout ce que je garde, "
    "« oublie-moi » l'efface, « aide » rappelle tout ça.",
)

HELP = Line(
    "Voici comment m'utiliser :\n\n"
    "- Envoie-moi un brouillon ici, ou mentionne-moi dans un canal suivi de ton brouillon : "
    "je te réponds toujours en privé.\n"
    "- « tips on » / « tips off », en me mentionnant dans un canal : le conseil de la "
    "semaine pour tout le canal, ou plus de conseil.\n"
    "- « mes-donnees » : tout ce que je garde sur toi (jamais le texte de tes brouillons).\n"
    "- « oublie-moi » : j'efface tout ce que je garde sur toi.\n"
    "- « aide » : ce message.\n\n"
    "Je ne fais que suggérer et je ne préviens personne : c'est toi qui décides.",
    "Voici comment m'utiliser :\n\n"
    "- Envoyez-moi un brouillon ici, ou mentionnez-moi dans un canal suivi de votre "
    "brouillon : je vous réponds toujours en privé.\n"
    "- « tips on » / « tips off », en me mentionnant dans un canal : le conseil de la "
    "semaine pour tout le canal, ou plus de conseil.\n"
    "- « mes-donnees » : tout ce que je garde sur vous (jamais le texte de vos brouillons).\n"
    "- « oublie-moi » : j'efface tout ce que je garde sur vous.\n"
    "- « aide » : ce message.\n\n"
    "Je ne fais que suggérer et je ne préviens personne : c'est vous qui décidez.",
)

ANSWERED_PRIVATELY = Line("Je t'ai répondu en privé.", "Je vous ai répondu en privé.")
PRIVATE_CHAT_UNAVAILABLE = Line(
    "Je n'arrive pas à t'écrire en privé : ouvre une conversation avec moi (Discussion → "
    "checkpost) et envoie-moi ton brouillon là-bas. Je ne réponds jamais dans le canal.",
    "Je n'arrive pas à vous écrire en privé : ouvrez une conversation avec moi (Discussion → "
    "checkpost) et envoyez-moi votre brouillon là-bas. Je ne réponds jamais dans le canal.",
)

FEEDBACK_USEFUL = same("Utile")
FEEDBACK_NOT_RELEVANT = same("Pas pertinent")
THANKS_USEFUL = Line(
    "Merci pour ton retour, ça m'aide à viser juste.",
    "Merci pour votre retour, cela m'aide à viser juste.",
)
THANKS_NOT_RELEVANT = Line(
    "Merci, c'est noté : je ne te reparlerai plus de ce point.",
    "Merci, c'est noté : je ne vous reparlerai plus de ce point.",
)
THANKS_NOT_RELEVANT_GENERAL = Line(
    "Merci, c'est noté : ça m'aide à viser plus juste.",
    "Merci, c'est noté : cela m'aide à viser plus juste.",
)

TIPS_ON = Line(
    "C'est noté : ce canal recevra le conseil de la semaine. « tips off » pour l'arrêter.",
    "C'est noté : ce canal recevra le conseil de la semaine. « tips off » pour l'arrêter.",
)
TIPS_OFF = same("C'est noté : plus de conseil de la semaine ici. « tips on » pour reprendre.")
TIPS_USAGE = Line(
    "Mentionne-moi avec « tips on » pour recevoir le conseil de la semaine dans ce canal, "
    "ou « tips off » pour l'arrêter.",
    "Mentionnez-moi avec « tips on » pour recevoir le conseil de la semaine dans ce canal, "
    "ou « tips off » pour l'arrêter.",
)
TIPS_IN_CHANNELS_ONLY = Line(
    "Le conseil de la semaine se reçoit dans un canal : mentionne-moi là-bas avec « tips on ».",
    "Le conseil de la semaine se reçoit dans un canal : mentionnez-moi là-bas avec « tips on ».",
)

DATA_INTRO = Line(
    "Voici tout ce que je garde sur toi, sous ton identifiant pseudonyme (jamais le texte "
    "de tes brouillons) :",
    "Voici tout ce que je garde sur vous, sous votre identifiant pseudonyme (jamais le "
    "texte de vos brouillons) :",
)
DATA_CUT = same(
    "La liste continue : seules les {shown} relectures les plus récentes sont affichées "
    "ici, sur {total}."
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

RATE_LIMITED = chat.RATE_LIMITED
NOT_READY = chat.not_ready("Teams")
APOLOGY = chat.APOLOGY
NO_TEXT = same("Ce message ne contient pas de texte que je puisse relire.")

# The app package (`checkpost teams package`) and its command line.
APP_SHORT_DESCRIPTION = same("Un second regard bienveillant avant de publier.")
APP_FULL_DESCRIPTION = same(
    "checkpost relit vos brouillons avant que vous les publiiez sur les réseaux sociaux : "
    "ce qui fonctionne, ce qui pourrait vous desservir une fois à la une (ton, "
    "confidentialité, authenticité) et comment le dire autrement. Il ne fait que suggérer, ne "
    "prévient personne et ne garde aucun brouillon : c'est vous qui décidez."
)
COMMAND_HELP = same("Comment m'utiliser, et ce que je garde sur vous")
COMMAND_MY_DATA = same("Tout ce que je garde sur vous (jamais vos brouillons)")
COMMAND_FORGET = same("Effacer tout ce que je garde sur vous")
PACKAGE_WRITTEN = same("Paquet d'application Teams écrit : {path} (à téléverser dans Teams).")
PACKAGE_NEEDS_APP_ID = same(
    "MICROSOFT_APP_ID est vide : c'est l'identifiant de l'inscription Azure Bot, "
    "nécessaire au manifeste (voir docs/teams.md)."
)
PACKAGE_BAD_APP_ID = same(
    "MICROSOFT_APP_ID doit être un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) : {value}"
)
