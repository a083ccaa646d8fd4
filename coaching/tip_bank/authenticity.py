"""Tips on the authenticity axis: your own words, and an honest « I work there »."""

from coaching.axes import Axis
from coaching.principles import Theme
from coaching.tip_bank.tip import Tip


def _tip(tip_id: str, theme: Theme, *text: str) -> Tip:
    return Tip(tip_id, theme, Axis.AUTHENTICITY, *text)


AUTHENTICITY_TIPS = (
    _tip(
        "auth-01",
        Theme.OWN_WORDS,
        "Tes mots à toi portent plus loin que ceux du communiqué de presse.",
        "Fiers d'annoncer notre solution innovante et disruptive qui révolutionne le marché.",
        "J'ai testé la nouvelle version cette semaine : l'export en un clic m'a fait gagner "
        "une heure.",
        "Qu'as-tu vécu toi-même que personne d'autre ne pourrait raconter ?",
    ),
    _tip(
        "auth-02",
        Theme.OWN_WORDS,
        "Quand toute l'équipe publie le même texte à la même heure, le public le remarque.",
        "(copié du courriel interne) Rejoignez le leader de l'innovation ! #fiers",
        "Mon équipe recrute ! Ce que j'aime ici : on m'a confié un vrai projet dès ma "
        "première semaine.",
        "Qu'est-ce que ton message dit que celui de tes collègues ne dit pas ?",
    ),
    _tip(
        "auth-03",
        Theme.OWN_WORDS,
        "Deux mots-clics bien choisis valent mieux qu'une guirlande.",
        "Super journée ! #innovation #leadership #excellence #futur #équipe #succès",
        "Super journée au salon : j'ai enfin rencontré trois clients que je ne connaissais "
        "qu'au téléphone. #salon",
        "Quels mots-clics aideraient vraiment quelqu'un à trouver ton message ?",
    ),
    _tip(
        "auth-04",
        Theme.OWN_WORDS,
        "Un détail concret convainc davantage qu'une série de superlatifs.",
        "Le meilleur service, la meilleure équipe, la meilleure entreprise au monde !",
        "Hier, une collègue est restée après 18 h pour aider un client à récupérer ses "
        "données. C'est ça, mon équipe.",
        "Quel petit moment de ta semaine montre ce que tu veux dire ?",
    ),
    _tip(
        "auth-05",
        Theme.OWN_WORDS,
        "Ta personnalité fait partie du message : pas besoin de sonner comme une brochure.",
        "Nous sommes heureux de vous présenter notre nouvelle offre.",
        "Petit coup de cœur pour notre nouvelle offre : enfin un forfait sans engagement !",
        "Comment le dirais-tu à une amie autour d'un café ?",
    ),
    _tip(
        "auth-06",
        Theme.OWN_WORDS,
        "Une opinion nuancée, avec ton vécu, inspire plus confiance qu'un slogan.",
        "Le télétravail, c'est l'avenir. Point.",
        "Après un an en mode hybride : je me concentre mieux chez moi, et j'échange mieux "
        "au bureau.",
        "Quelle nuance de ton expérience rendrait ton avis plus crédible ?",
    ),
    _tip(
        "auth-07",
        Theme.AFFILIATION,
        "Parler de ton employeur, c'est bienvenu ; dire que tu y travailles, c'est ce qui te "
        "rend crédible.",
        "Je recommande à 100 % cette appli de budget, la meilleure du marché !",
        "Je travaille chez l'éditeur de cette appli de budget, et je l'utilise aussi pour mes "
        "comptes : voici pourquoi.",
        "Tes abonnés savent-ils que tu travailles là ?",
    ),
    _tip(
        "auth-08",
        Theme.AFFILIATION,
        "« Mes opinions n'engagent que moi » ne détache pas ton message de ton employeur.",
        "Opinion personnelle : notre nouvelle carte de crédit est tout simplement la meilleure.",
        "Je travaille à la banque qui lance cette carte ; ce que j'aime, c'est l'absence de "
        "frais à l'étranger.",
        "Sans la mention « opinion personnelle », ton message tiendrait-il tout seul ?",
    ),
    _tip(
        "auth-09",
        Theme.AFFILIATION,
        "Un avis de « simple client » écrit par un employé finit presque toujours par se savoir.",
        "En tant que simple cliente, je trouve ce restaurant incroyable ⭐⭐⭐⭐⭐",
        "Je travaille en cuisine ici, donc je ne suis pas neutre, mais notre menu d'automne "
        "vaut le détour.",
        "Comment réagiraient tes lecteurs en découvrant ton lien avec l'entreprise ?",
    ),
    _tip(
        "auth-10",
        Theme.AFFILIATION,
        "Être fier ou fière de ton employeur, c'est précieux ; raconte-le avec tes souvenirs.",
        "Meilleure entreprise de la région, point final.",
        "Cinq ans ici aujourd'hui ! Je me souviens encore de la collègue qui m'a tout appris.",
        "Quel souvenir résume le mieux ta fierté ?",
    ),
    _tip(
        "auth-11",
        Theme.AFFILIATION,
        "Une offre d'emploi circule mieux avec ce que toi, tu vis dans l'équipe.",
        "Rejoignez une entreprise dynamique et innovante ! Postulez ici.",
        "On cherche quelqu'un en développement dans mon équipe : ici, le vendredi après-midi "
        "est réservé aux projets perso. Questions bienvenues !",
        "Qu'aurais-tu aimé savoir avant d'arriver chez ton employeur ?",
    ),
    _tip(
        "auth-12",
        Theme.AFFILIATION,
        "Comparer ton produit à celui d'un concurrent ? Précise d'abord d'où tu parles.",
        "Objectivement, leur logiciel est dépassé, prenez plutôt celui-ci.",
        "Je travaille chez l'éditeur, donc je prêche pour ma paroisse : notre logiciel gère "
        "l'import Excel, et nos clients adorent.",
        "Qu'est-ce qui rendrait ta comparaison honnête aux yeux d'un lecteur ?",
    ),
    _tip(
        "auth-13",
        Theme.TRUST,
        "Ton employeur te fait confiance pour parler en ton nom : c'est ta voix qui intéresse.",
        "(le texte du service communication, recopié mot pour mot)",
        "L'annonce officielle est sortie ; pour moi, ce qui change vraiment, c'est la "
        "formation offerte à toute l'équipe.",
        "Qu'ajouterais-tu à l'annonce officielle pour qu'elle te ressemble ?",
    ),
    _tip(
        "auth-14",
        Theme.TRUST,
        "Ton quotidien au travail est une belle histoire ; tes mots suffisent pour la raconter.",
        "Chez nous, l'excellence opérationnelle est au cœur de notre ADN.",
        "Ce matin, on a livré un client en trois heures au lieu de deux jours. "
        "J'ai adoré en faire partie.",
        "Qu'est-ce qui t'a rendu fier ou fière cette semaine au travail ?",
    ),
    _tip(
        "auth-15",
        Theme.TRUST,
        "Tu as le dernier mot : checkpost suggère, et tu choisis le ton qui te ressemble.",
        "Une solution de pointe pour des clients exigeants.",
        "J'aide des clients exigeants toute la journée, et j'aime ça : chaque question me "
        "fait progresser.",
        "Parmi les suggestions reçues, laquelle sonne le plus comme toi ?",
    ),
    _tip(
        "auth-16",
        Theme.UNDERSTANDING,
        "Un message trop lisse éveille la méfiance : on cherche une vraie personne derrière.",
        "Une expérience client unique, fluide et sans compromis.",
        "J'ai passé la journée avec notre service client : deux minutes d'attente, et des "
        "gens qui cherchent vraiment une solution.",
        "Qu'est-ce qui montre, dans ton message, qu'une vraie personne l'a écrit ?",
    ),
    _tip(
        "auth-17",
        Theme.UNDERSTANDING,
        "Le jargon rassure entre collègues, mais il perd tes lecteurs en chemin.",
        "Nous optimisons la synergie de nos leviers de croissance omnicanaux.",
        "En clair : tu peux commander en ligne et récupérer en magasin le jour même.",
        "Un voisin comprendrait-il ton message du premier coup ?",
    ),
    _tip(
        "auth-18",
        Theme.FRONT_PAGE,
        "À la une, cent employés qui publient le même texte feraient un drôle d'article.",
        "Fier de faire partie de la grande famille, leader de l'innovation ! #fiers",
        "Dix ans que je travaille ici : ce qui me fait rester, ce sont les collègues qui "
        "répondent toujours présents.",
        "Ton message ressemble-t-il à celui de tous tes collègues ?",
    ),
)
