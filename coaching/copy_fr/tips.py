"""The French sentences around the weekly tips (the tips themselves are in `tip_bank`)."""

from coaching.copy_fr.lines import Line, same

HEADER = "💡 Le conseil de la semaine"
BEFORE = "Avant : « {draft} »"
AFTER = "Après : « {draft} »"

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

SUBSCRIBED = Line(
    "C'est noté : ce canal recevra le conseil de la semaine chaque {day} à {hour} h "
    "({timezone}). `{command} tips off` pour l'arrêter.",
    "C'est noté : ce canal recevra le conseil de la semaine chaque {day} à {hour} h "
    "({timezone}). `{command} tips off` pour l'arrêter.",
)
UNSUBSCRIBED = same(
    "C'est noté : plus de conseil de la semaine dans ce canal. `{command} tips on` pour reprendre."
)
NOT_SUBSCRIBED = same(
    "Ce canal ne recevait pas le conseil de la semaine. `{command} tips on` pour commencer."
)
UNAVAILABLE = Line(
    "Je n'arrive pas à joindre ma base de données pour l'instant : réessaie dans un moment.",
    "Je n'arrive pas à joindre ma base de données pour l'instant : réessayez dans un moment.",
)

PREVIEW_NONE = "Aucun canal n'est abonné au conseil de la semaine."
PREVIEW_CHANNEL = (
    "{platform} · {channel} · {when} ({timezone}){overdue} · {tip_id} ({axis}, {theme})"
)
PREVIEW_OVERDUE = ", en attente : part au prochain passage du planificateur"
SEND_NOW_DONE = "Conseil {tip_id} envoyé dans {channel} ({platform})."
SEND_NOW_ALREADY = "Le conseil de cette semaine est déjà parti dans {channel} ({platform})."
SEND_NOW_BUSY = "Un envoi est déjà en cours pour {channel} : réessaie dans quelques minutes."
SEND_NOW_FAILED = (
    "L'envoi dans {channel} ({platform}) a échoué : le planificateur le retentera cette semaine "
    "(le journal dit pourquoi)."
)
SEND_NOW_UNKNOWN = "Aucun abonnement actif pour le canal {channel}."
SEND_NOW_AMBIGUOUS = "Le canal {channel} est abonné sur plusieurs plateformes : précise --platform."
SEND_NOW_NO_SENDER = (
    "Impossible d'envoyer sur {platform} depuis la ligne de commande : Slack a besoin de "
    "SLACK_BOT_TOKEN, et pour Teams c'est le serveur qui enverra le conseil à l'heure prévue."
)
