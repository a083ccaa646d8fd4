"""Notes under a reply, and the one sentence said when a draft cannot be read."""

from coaching.copy_fr.lines import Line, same

TRUNCATED = Line(
    "Ton texte est long : j'ai relu les {reviewed} premiers caractères sur {total}.",
    "Votre texte est long : j'ai relu les {reviewed} premiers caractères sur {total}.",
)
ENGLISH = Line(
    "Ton texte semble être en anglais : je l'ai relu quand même, mais je suis réglé "
    "pour le français, alors mes remarques peuvent être moins fines.",
    "Votre texte semble être en anglais : je l'ai relu quand même, mais je suis "
    "réglé pour le français, alors mes remarques peuvent être moins fines.",
)
OTHER_LANGUAGE = Line(
    "Je suis réglé pour le français, alors je préfère ne pas te donner de "
    "conseils approximatifs sur ce texte.",
    "Je suis réglé pour le français, alors je préfère ne pas vous donner de "
    "conseils approximatifs sur ce texte.",
)

DRAFT_ERRORS: dict[str, Line] = {
    "empty": Line(
        "Ton brouillon est vide : colle le texte que tu veux publier et je le relis.",
        "Votre brouillon est vide : collez le texte que vous voulez publier et je le relis.",
    ),
    "blank": Line(
        "Je ne vois que des espaces : colle le texte que tu veux publier et je le relis.",
        "Je ne vois que des espaces : collez le texte que vous voulez publier et je le relis.",
    ),
    "invisible": Line(
        "Je ne vois que des caractères invisibles : colle le texte que tu veux "
        "publier et je le relis.",
        "Je ne vois que des caractères invisibles : collez le texte que vous "
        "voulez publier et je le relis.",
    ),
    "binary": Line(
        "Ce fichier ne ressemble pas à du texte : envoie-moi plutôt le message tel "
        "que tu comptes le publier.",
        "Ce fichier ne ressemble pas à du texte : envoyez-moi plutôt le message tel "
        "que vous comptez le publier.",
    ),
    "undecodable": Line(
        "Je n'arrive pas à lire ce texte (encodage inconnu) : enregistre-le en "
        "UTF-8 ou colle-le directement.",
        "Je n'arrive pas à lire ce texte (encodage inconnu) : enregistrez-le en "
        "UTF-8 ou collez-le directement.",
    ),
    "control_characters": Line(
        "Ce texte contient surtout des caractères de contrôle : colle "
        "plutôt le message tel qu'il sera publié.",
        "Ce texte contient surtout des caractères de contrôle : collez "
        "plutôt le message tel qu'il sera publié.",
    ),
    "not_text": Line(
        "Je ne peux relire que du texte : colle le message que tu veux publier.",
        "Je ne peux relire que du texte : collez le message que vous voulez publier.",
    ),
}
DRAFT_ERROR_FALLBACK = Line(
    "Je n'arrive pas à relire ce brouillon : peux-tu coller le texte à nouveau ?",
    "Je n'arrive pas à relire ce brouillon : pouvez-vous coller le texte à nouveau ?",
)

POLICY_ERRORS: dict[str, Line] = {
    "unknown_key": same(
        "La clé « {key} » n'existe pas dans la politique : vérifie son "
        "orthographe dans checkpost.yaml."
    ),
    "not_a_list_of_strings": same("« {key} » doit être une liste de textes."),
    "not_a_mapping": same(
        "« {key} » doit associer un axe (tone, confidentiality, authenticity) à un seuil."
    ),
    "unknown_axis": same("« {key} » : l'axe doit être tone, confidentiality ou authenticity."),
    "threshold_out_of_range": same(
        "« {key} » : le seuil doit être un nombre supérieur à 0 et au plus égal à 1."
    ),
    "not_a_string": same("« {key} » doit être un texte."),
    "unknown_address_form": same("« {key} » vaut « tu » ou « vous »."),
    "unsupported_reply_language": same("« {key} » ne peut valoir que « fr » pour l'instant."),
    "not_a_mapping_at_top": same("La politique doit être une liste de clés et de valeurs."),
}
POLICY_ERROR_FALLBACK = same("La valeur de « {key} » dans la politique est inutilisable.")
