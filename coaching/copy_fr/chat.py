"""What checkpost says the same way in Slack and in Teams when it cannot review a draft."""

from coaching.copy_fr.lines import Line

RATE_LIMITED = Line(
    "Tu m'as envoyé beaucoup de brouillons en peu de temps : laisse-moi souffler une "
    "minute, puis renvoie-moi le dernier, je le relirai avec plaisir.",
    "Vous m'avez envoyé beaucoup de brouillons en peu de temps : laissez-moi souffler une "
    "minute, puis renvoyez-moi le dernier, je le relirai avec plaisir.",
)
APOLOGY = Line(
    "Oups, quelque chose s'est mal passé de mon côté. Ton brouillon n'a pas été conservé ; "
    "réessaie dans un instant.",
    "Oups, quelque chose s'est mal passé de mon côté. Votre brouillon n'a pas été conservé ; "
    "réessayez dans un instant.",
)


def not_ready(platform: str) -> Line:
    """The model is still loading; `platform` is where the person installed checkpost."""
    return Line(
        "Je me prépare encore : réessaie dans une minute. Si ça dure, préviens la personne "
        f"qui m'a installé dans {platform}.",
        "Je me prépare encore : réessayez dans une minute. Si cela dure, prévenez la personne "
        f"qui m'a installé dans {platform}.",
    )
