"""Tips on the tone axis: say it so that you would sign it on tomorrow's front page."""

from coaching.axes import Axis
from coaching.principles import Theme
from coaching.tip_bank.tip import Tip


def _tip(tip_id: str, theme: Theme, *text: str) -> Tip:
    return Tip(tip_id, theme, Axis.TONE, *text)


TONE_TIPS = (
    _tip(
        "tone-01",
        Theme.CRITICISM,
        "Le désaccord a sa place en ligne ; c'est l'ironie qui finit par te coller à la peau.",
        "Nouvelle règle de télétravail ? Encore un chef-d'œuvre de la direction…",
        "Je ne suis pas d'accord avec la nouvelle règle de télétravail : elle m'ajoute deux "
        "heures de route par semaine.",
        "Qu'est-ce qui convaincra le plus : l'ironie ou ton fait précis ?",
    ),
    _tip(
        "tone-02",
        Theme.CRITICISM,
        "Parler d'un concurrent, c'est permis ; le rabaisser, c'est surtout toi qu'on regarde.",
        "Leur appli plante tout le temps, c'est vraiment des amateurs.",
        "Ce que j'aime dans notre appli : la synchro hors ligne. Je m'en sers tous les jours "
        "dans le métro.",
        "Et si tu parlais plutôt de ce que tu aimes chez nous ?",
    ),
    _tip(
        "tone-03",
        Theme.CRITICISM,
        "Un client exigeant reste un client, et il peut lire ce que tu écris.",
        "Journée passée avec le client le plus pénible de l'univers 🙄",
        "Journée intense avec un client exigeant ; on a fini par trouver une solution qui "
        "tient la route.",
        "Comment se sentirait ce client s'il se reconnaissait dans ton message ?",
    ),
    _tip(
        "tone-04",
        Theme.CRITICISM,
        "Une blague sur un collègue fait rire l'équipe, puis elle circule sans toi.",
        "Devinez qui a encore oublié la réunion de 9 h… 😂 #classique",
        "Réunion de 9 h réussie : bravo à l'équipe qui a tenu le rythme toute la semaine !",
        "Ton collègue rirait-il autant que toi en lisant ça ?",
    ),
    _tip(
        "tone-05",
        Theme.CRITICISM,
        "Une frustration mérite d'être entendue, et elle avance plus vite par la bonne porte.",
        "Ras-le-bol de cette boîte, personne n'écoute rien ici.",
        "(en privé, à ta gestionnaire) J'ai une idée pour alléger nos réunions, on en parle ?",
        "Qui peut vraiment régler ce qui t'agace : tes abonnés ou ton équipe ?",
    ),
    _tip(
        "tone-06",
        Theme.CRITICISM,
        "Les majuscules et les points d'exclamation crient plus fort que ton argument.",
        "ENCORE UNE PANNE !!! C'est INADMISSIBLE !!!",
        "Deuxième panne ce mois-ci chez mon fournisseur internet ; j'attends leur explication.",
        "Lu à voix basse, ton message dirait-il la même chose ?",
    ),
    _tip(
        "tone-07",
        Theme.FRONT_PAGE,
        "Le test de la une : imagine ton message imprimé demain, avec ton nom et celui de "
        "ton employeur dessous.",
        "Soirée d'équipe bien arrosée, le patron ne tenait plus debout 🍻",
        "Belle soirée d'équipe pour fêter la fin du projet, merci à toutes et à tous !",
        "Serais-tu fier ou fière de le voir en première page ?",
    ),
    _tip(
        "tone-08",
        Theme.FRONT_PAGE,
        "L'humour passe très bien en ligne, tant qu'il ne vise personne.",
        "Les gens de la compta, toujours aussi rigolos 🙃",
        "Petit bonheur du jour : le café de la nouvelle machine est enfin buvable ☕",
        "Qui est la cible de ta blague, et le sait-elle ?",
    ),
    _tip(
        "tone-09",
        Theme.FRONT_PAGE,
        "Le sarcasme se perd en route : sans ta voix ni ton sourire, il se lit au premier degré.",
        "Génial, encore une réorganisation, on adore ça.",
        "Encore une réorganisation ; j'aimerais bien comprendre ce qu'elle change pour nous.",
        "Quelqu'un qui ne te connaît pas comprendrait-il ton intention ?",
    ),
    _tip(
        "tone-10",
        Theme.FRONT_PAGE,
        "Un message écrit à chaud se relit mieux le lendemain matin.",
        "Je sors de la pire réunion de ma vie, sérieusement.",
        "(le lendemain) Réunion difficile hier ; je retiens qu'on gagnera à mieux préparer "
        "nos dossiers.",
        "Publierais-tu la même chose après une bonne nuit de sommeil ?",
    ),
    _tip(
        "tone-11",
        Theme.FOREVER,
        "Supprimer un message ne l'efface pas : une capture d'écran suffit à le faire voyager.",
        "Je supprime dans 5 minutes, mais franchement ce client est nul.",
        "Rendez-vous compliqué aujourd'hui ; j'en retiens une leçon sur la préparation.",
        "Que dirait ton message s'il refaisait surface dans trois ans ?",
    ),
    _tip(
        "tone-12",
        Theme.FOREVER,
        "Un groupe « privé » devient public dès qu'une seule personne fait une capture.",
        "(dans un groupe « privé ») Entre nous, le nouveau directeur est un clown.",
        "Nouveau directeur cette semaine ; curieux de découvrir sa vision pour l'équipe.",
        "Écrirais-tu la même chose si le directeur faisait partie du groupe ?",
    ),
    _tip(
        "tone-13",
        Theme.FOREVER,
        "Ce qui restait autrefois dans le couloir peut arriver chez un journaliste en une heure.",
        "Ambiance de plomb au bureau depuis la fusion, tout le monde se déteste.",
        "La fusion demande des ajustements ; j'apprécie les collègues qui prennent le temps "
        "d'expliquer.",
        "Ton message ferait-il un bon titre d'article ?",
    ),
    _tip(
        "tone-14",
        Theme.FOREVER,
        "Une réponse sèche dans un fil de commentaires reste visible bien après la discussion.",
        "@client Relisez le contrat avant de venir vous plaindre.",
        "@client Merci pour votre retour ; je vous écris en privé pour regarder ça ensemble.",
        "Qui d'autre lira cet échange dans un mois ?",
    ),
    _tip(
        "tone-15",
        Theme.TRUST,
        "C'est toi qui décides de publier : checkpost est juste une deuxième paire d'yeux.",
        "Franchement, ce fournisseur nous prend pour des idiots.",
        "Troisième retard de livraison ce mois-ci ; j'espère qu'on trouvera une solution avec "
        "ce fournisseur.",
        "Qu'est-ce qu'une deuxième lecture t'apporte avant d'appuyer sur « Publier » ?",
    ),
    _tip(
        "tone-16",
        Theme.TRUST,
        "Ta voix spontanée vaut de l'or ; un instant de recul la rend encore plus forte.",
        "Ils n'ont rien compris à notre métier, ces consultants.",
        "Les consultants arrivent avec un regard neuf ; j'ai hâte de leur montrer notre terrain.",
        "Comment garder ta spontanéité tout en restant fier ou fière de ton message ?",
    ),
    _tip(
        "tone-17",
        Theme.UNDERSTANDING,
        "Reformuler vaut souvent mieux que supprimer : ton idée mérite d'être dite, autrement.",
        "Cette décision est complètement stupide.",
        "Je pense que cette décision oublie les petites équipes, et voici pourquoi.",
        "Quelle idée veux-tu vraiment faire passer ?",
    ),
    _tip(
        "tone-18",
        Theme.UNDERSTANDING,
        "Repérer le mot qui blesse aide à trouver celui qui convainc.",
        "Encore des incompétents au service client de mon opérateur.",
        "Trois appels au service client de mon opérateur pour un seul problème : "
        "il y a sûrement moyen de faire mieux.",
        "Quel mot de ton brouillon ferait bondir la personne visée ?",
    ),
)
