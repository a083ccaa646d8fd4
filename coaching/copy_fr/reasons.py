"""Why a finding matters: one sentence each, grounded in PRINCIPLES.md."""

from coaching.axes import Axis
from coaching.copy_fr.lines import Line, same
from coaching.findings import FindingKind as K

WHY: dict[K, Line] = {
    K.CREDENTIAL: Line(
        "Un mot de passe ou une clé publiés en ligne restent visibles, même si tu effaces le "
        "message ensuite.",
        "Un mot de passe ou une clé publiés en ligne restent visibles, même si vous effacez le "
        "message ensuite.",
    ),
    K.NATIONAL_ID: same(
        "Un numéro de sécurité sociale est une donnée très personnelle : une "
        "fois en ligne, impossible de la reprendre."
    ),
    K.IBAN: same(
        "Des coordonnées bancaires publiées se retrouvent vite copiées : en ligne, rien "
        "ne s'efface vraiment."
    ),
    K.CARD_NUMBER: same(
        "Un numéro de carte visible en ligne peut être réutilisé par n'importe "
        "qui, et les captures d'écran circulent."
    ),
    K.SIN: Line(
        "Un numéro d'assurance sociale permet d'usurper une identité ; une fois publié, "
        "il ne t'appartient plus.",
        "Un numéro d'assurance sociale permet d'usurper une identité ; une fois publié, "
        "il ne vous appartient plus.",
    ),
    K.HEALTH_OR_HR_ABOUT_PERSON: same(
        "La santé ou la situation RH d'une personne lui appartiennent : elle n'a pas choisi "
        "de la rendre publique."
    ),
    K.INTERNAL_URL: same(
        "Un lien vers un outil interne ouvre une fenêtre sur l'intérieur de "
        "l'entreprise, et il restera en ligne."
    ),
    K.CODE_NAME: same(
        "Ce nom de code est encore interne : le publier, c'est annoncer le projet "
        "avant l'entreprise."
    ),
    K.UNANNOUNCED_PRODUCT: same(
        "Ce produit n'est pas encore annoncé : le dévoiler en avance "
        "peut gâcher le lancement de toute une équipe."
    ),
    K.CLIENT: same(
        "Ce client ou partenaire n'a peut-être pas accepté d'être cité "
        "publiquement ; la relation lui appartient aussi."
    ),
    K.EMAIL: same(
        "Cette adresse appartient à quelqu'un qui n'a pas forcément choisi de la rendre publique."
    ),
    K.PHONE: same(
        "Ce numéro appartient à quelqu'un qui n'a pas forcément choisi de le rendre public."
    ),
    K.INSULT: Line(
        "La critique a sa place, mais une insulte se retourne contre toi et contre "
        "l'entreprise, surtout en capture d'écran.",
        "La critique a sa place, mais une insulte se retourne contre vous et contre "
        "l'entreprise, surtout en capture d'écran.",
    ),
    K.CONTEMPT: Line(
        "Tu as le droit de critiquer ; c'est le mépris ou la moquerie qui ferait mauvaise "
        "impression à la une d'un journal.",
        "Vous avez le droit de critiquer ; c'est le mépris ou la moquerie qui ferait mauvaise "
        "impression à la une d'un journal.",
    ),
    K.VULGARITY: Line(
        "Un mot grossier attire toute l'attention : c'est lui qu'on retiendrait à la une "
        "d'un journal, pas ton propos.",
        "Un mot grossier attire toute l'attention : c'est lui qu'on retiendrait à la une "
        "d'un journal, pas votre propos.",
    ),
    K.REPORTED_INSULT: Line(
        "Raconter une insulte reçue ou entendue, c'est légitime ; citée en toutes lettres, "
        "elle peut circuler en capture d'écran, sans le contexte, comme si elle venait de toi.",
        "Raconter une insulte reçue ou entendue, c'est légitime ; citée en toutes lettres, "
        "elle peut circuler en capture d'écran, sans le contexte, comme si elle venait de vous.",
    ),
    K.MONEY: Line(
        "Ce montant n'est peut-être pas encore public ; une fois en ligne, il ne "
        "t'appartient plus.",
        "Ce montant n'est peut-être pas encore public ; une fois en ligne, il ne vous "
        "appartient plus.",
    ),
    K.PERCENT: same(
        "Ce pourcentage ressemble à un résultat interne : le test de la une du "
        "journal aide à savoir s'il est déjà public."
    ),
    K.LAUNCH_DATE: same(
        "Une date de lancement dévoilée trop tôt peut prendre de court l'équipe "
        "qui prépare l'annonce."
    ),
    K.FIGURE: same(
        "Ce volume (clients, ventes, effectifs…) n'est peut-être pas public ; mieux "
        "vaut vérifier avant qu'il circule."
    ),
    K.SIRET_SIREN: same(
        "Ce numéro d'entreprise est public en soi, mais à côté de détails "
        "internes il peut en dire plus que prévu."
    ),
    K.PASTED_INSTRUCTION: Line(
        "Cette consigne montre que le texte a été copié tel quel : tes lecteurs viennent pour "
        "ta voix, pas pour un message distribué à tout le monde.",
        "Cette consigne montre que le texte a été copié tel quel : vos lecteurs viennent pour "
        "votre voix, pas pour un message distribué à tout le monde.",
    ),
    K.UNDISCLOSED_AFFILIATION: Line(
        "Parler de ton employeur, c'est bien ; le dire honnêtement, c'est ce qui rend ta "
        "recommandation crédible.",
        "Parler de votre employeur, c'est bien ; le dire honnêtement, c'est ce qui rend votre "
        "recommandation crédible.",
    ),
    K.COMPETITOR: same(
        "Parler d'un concurrent en public est délicat : la moindre pique se "
        "retourne vite contre l'auteur et l'entreprise."
    ),
    K.SHOUTING: same(
        "Les majuscules et les points d'exclamation en série se lisent comme un "
        "cri, et c'est ça qu'on retiendrait."
    ),
    K.SUPERLATIVES: Line(
        "Une série de superlatifs sonne comme une brochure ; ce qui convainc, "
        "c'est ton expérience à toi.",
        "Une série de superlatifs sonne comme une brochure ; ce qui convainc, "
        "c'est votre propre expérience.",
    ),
    K.HASHTAG_STUFFING: Line(
        "Une longue liste de hashtags donne un air de message automatique "
        "et noie ce que tu as à dire.",
        "Une longue liste de hashtags donne un air de message automatique "
        "et noie ce que vous avez à dire.",
    ),
}

SENTENCE_WHY: dict[Axis, Line] = {
    Axis.TONE: Line(
        "Cette phrase risque d'être lue plus durement que tu ne le veux ; à la une "
        "d'un journal, c'est la façon de le dire qu'on retiendrait.",
        "Cette phrase risque d'être lue plus durement que vous ne le voulez ; à la "
        "une d'un journal, c'est la façon de le dire qu'on retiendrait.",
    ),
    Axis.CONFIDENTIALITY: Line(
        "Cette phrase semble évoquer une information interne ; une fois "
        "en ligne, elle ne t'appartient plus.",
        "Cette phrase semble évoquer une information interne ; une fois "
        "en ligne, elle ne vous appartient plus.",
    ),
    Axis.AUTHENTICITY: Line(
        "Cette phrase ressemble à un message officiel ; ce qui touche les "
        "gens, c'est ta voix à toi.",
        "Cette phrase ressemble à un message officiel ; ce qui touche les gens, c'est votre voix.",
    ),
}
