"""First and last lines: what is good in the draft, and the decision left to the author."""

from coaching.copy_fr.lines import Line, same
from coaching.highlights import Highlight

OPENERS: dict[Highlight, tuple[Line, ...]] = {
    Highlight.CARES: (
        Line(
            "On sent que le sujet te tient à cœur, et c'est légitime d'avoir un avis.",
            "On sent que le sujet vous tient à cœur, et c'est légitime d'avoir un avis.",
        ),
        Line(
            "Ton message dit clairement ce que tu ressens, c'est une bonne base.",
            "Votre message dit clairement ce que vous ressentez, c'est une bonne base.",
        ),
        Line(
            "Tu prends la parole sur un sujet qui compte pour toi, et ça se respecte.",
            "Vous prenez la parole sur un sujet qui compte pour vous, et cela se respecte.",
        ),
    ),
    Highlight.AFFILIATION: (
        Line(
            "Tu dis clairement où tu travailles : c'est ce qui rend un message crédible.",
            "Vous dites clairement où vous travaillez : c'est ce qui rend un message crédible.",
        ),
        Line(
            "Parler de ton équipe à la première personne, ça donne du poids à un message.",
            "Parler de votre équipe à la première personne, cela donne du poids à un message.",
        ),
    ),
    Highlight.THANKS: (
        same("Remercier les gens, ça fait toujours du bien à lire, et ça se remarque."),
        same(
            "Mettre en avant le travail des autres, c'est une très belle façon de prendre la "
            "parole."
        ),
    ),
    Highlight.OWN_EXPERIENCE: (
        Line(
            "Tu parles de ton expérience à toi, et c'est ce que les gens ont envie de lire.",
            "Vous parlez de votre propre expérience, et c'est ce que les gens ont envie de lire.",
        ),
        Line(
            "Ton message a ta voix : c'est bien toi qu'on entend, pas un communiqué.",
            "Votre message a votre voix : c'est bien vous qu'on entend, pas un communiqué.",
        ),
    ),
    Highlight.QUESTION: (
        Line(
            "Poser une question à tes lecteurs, c'est une belle façon d'ouvrir la conversation.",
            "Poser une question à vos lecteurs, c'est une belle façon d'ouvrir la conversation.",
        ),
        Line(
            "Ta question invite les gens à réagir, c'est une bonne idée.",
            "Votre question invite les gens à réagir, c'est une bonne idée.",
        ),
    ),
    Highlight.ENTHUSIASM: (
        Line(
            "Ton enthousiasme se sent dès la première ligne, ça donne envie de lire la suite.",
            "Votre enthousiasme se sent dès la première ligne, cela donne envie de lire la suite.",
        ),
        Line(
            "Il y a de l'énergie dans ton message, et ça se communique.",
            "Il y a de l'énergie dans votre message, et cela se communique.",
        ),
    ),
    Highlight.CONCISE: (
        Line(
            "Ton message va droit au but, c'est agréable à lire.",
            "Votre message va droit au but, c'est agréable à lire.",
        ),
        same("Court et clair : c'est souvent ce qui marche le mieux en ligne."),
    ),
    Highlight.GENERIC: (
        same("Prendre un moment pour relire avant de publier, c'est un très bon réflexe."),
        same("Bonne idée de demander un second regard avant de publier."),
    ),
}

CLOSINGS: tuple[Line, ...] = (
    Line(
        "C'est toi qui décides : ce ne sont que des suggestions.",
        "C'est vous qui décidez : ce ne sont que des suggestions.",
    ),
    Line(
        "À toi de voir ce que tu gardes, c'est ton message.",
        "À vous de voir ce que vous gardez, c'est votre message.",
    ),
    Line(
        "Prends ce qui t'aide et laisse le reste : le dernier mot est à toi.",
        "Prenez ce qui vous aide et laissez le reste : le dernier mot est à vous.",
    ),
)

CLEAN_CLOSINGS: tuple[Line, ...] = (
    same("Je n'ai rien vu qui mérite un second regard : bonne publication !"),
    Line(
        "Rien à redire de mon côté, c'est toi qui décides quand le publier.",
        "Rien à redire de mon côté, c'est vous qui décidez quand le publier.",
    ),
    Line(
        "Ça me semble prêt à partir, à toi de jouer !",
        "Cela me semble prêt à partir, à vous de jouer !",
    ),
)

NOTHING_TO_REVIEW: tuple[Line, ...] = (
    same(
        "Je ne vois que des émojis ou des symboles : pas grand-chose à relire, et c'est très "
        "bien comme ça."
    ),
    same("Des émojis seuls, ça dit déjà beaucoup : je n'ai rien à ajouter."),
)

OTHER_LANGUAGE_OPENERS: tuple[Line, ...] = (
    same("Merci d'avoir pensé à demander un second regard avant de publier."),
    Line(
        "Bonne idée de faire relire ton message avant de le publier.",
        "Bonne idée de faire relire votre message avant de le publier.",
    ),
)
