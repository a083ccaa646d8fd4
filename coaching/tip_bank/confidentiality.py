"""Tips on the confidentiality axis: what is not yet public, and what belongs to others."""

from coaching.axes import Axis
from coaching.principles import Theme
from coaching.tip_bank.tip import Tip


def _tip(tip_id: str, theme: Theme, *text: str) -> Tip:
    return Tip(tip_id, theme, Axis.CONFIDENTIALITY, *text)


CONFIDENTIALITY_TIPS = (
    _tip(
        "conf-01",
        Theme.CONFIDENTIAL,
        "Des chiffres pas encore publiés restent internes, même quand ils sont excellents.",
        "Trimestre record : +18 % de ventes, et ce n'est pas encore annoncé 🤫",
        "Bravo à l'équipe des ventes pour ce trimestre ; vivement les résultats officiels !",
        "Ton employeur a-t-il déjà publié ce chiffre lui-même ?",
    ),
    _tip(
        "conf-02",
        Theme.CONFIDENTIAL,
        "Un nom de code ou une date de lancement, c'est à l'entreprise de l'annoncer.",
        "Projet Orion : lancement le 12 mars, préparez-vous !",
        "On prépare quelque chose qui me rend vraiment fier ; j'ai hâte de pouvoir vous en parler.",
        "Qui, chez toi, a choisi le moment de l'annonce ?",
    ),
    _tip(
        "conf-03",
        Theme.CONFIDENTIAL,
        "Un client en pleine négociation n'est pas encore une nouvelle à partager.",
        "Grosse signature en vue avec une grande banque canadienne 🏦",
        "Belle semaine de rencontres clients ; j'adore la partie négociation de mon travail.",
        "Ce client serait-il à l'aise de l'apprendre sur les réseaux ?",
    ),
    _tip(
        "conf-04",
        Theme.CONFIDENTIAL,
        "Une panne ou une faille se raconte une fois réglée et annoncée, pas pendant.",
        "Nos serveurs sont tombés cette nuit, le mot de passe admin traînait sur un post-it 😅",
        "Nuit courte pour l'équipe technique ; bravo à elle pour sa réactivité.",
        "Ton message aiderait-il quelqu'un de mal intentionné ?",
    ),
    _tip(
        "conf-05",
        Theme.CONFIDENTIAL,
        "Une capture d'écran interne en montre toujours plus que ce que tu remarques.",
        "Regardez notre nouveau tableau de bord interne (capture jointe) !",
        "Notre équipe a construit un nouvel outil de suivi ; je gagne une heure par jour.",
        "Qu'est-ce qui apparaît dans les coins de ta capture ?",
    ),
    _tip(
        "conf-06",
        Theme.CONFIDENTIAL,
        "Une réorganisation pas encore annoncée concerne des collègues qui méritent de "
        "l'apprendre en premier.",
        "Ça sent les mises à pied chez nous, deux équipes vont être fusionnées.",
        "Période de changements au travail ; je reste à l'écoute de mon équipe.",
        "Qui devrait apprendre cette nouvelle avant tes abonnés ?",
    ),
    _tip(
        "conf-07",
        Theme.PRIVACY,
        "Une photo de groupe, ce sont plusieurs personnes qui n'ont peut-être pas dit oui.",
        "Souper d'équipe d'hier soir 📸 (douze visages reconnaissables)",
        "Souper d'équipe d'hier soir 📸 (la photo des desserts, ou celle que tout le monde a "
        "approuvée)",
        "As-tu demandé aux personnes sur la photo si elles étaient d'accord ?",
    ),
    _tip(
        "conf-08",
        Theme.PRIVACY,
        "La santé d'un collègue lui appartient, même quand ton intention est bienveillante.",
        "Pensées pour Julie, en arrêt pour épuisement depuis lundi ❤️",
        "(en message privé à Julie) Je pense à toi, prends le temps qu'il te faut ❤️",
        "Julie aurait-elle choisi de l'annoncer elle-même ?",
    ),
    _tip(
        "conf-09",
        Theme.PRIVACY,
        "Une anecdote client se raconte sans rien qui permette de le reconnaître.",
        "Madame Tremblay, de Laval, a encore appelé trois fois pour sa facture 😂",
        "Ce que j'aime dans mon métier : aider quelqu'un à comprendre sa facture, même au "
        "troisième appel.",
        "Ce client pourrait-il se reconnaître dans ton anecdote ?",
    ),
    _tip(
        "conf-10",
        Theme.PRIVACY,
        "Un numéro, une adresse ou un salaire, ce sont des données personnelles, pas des détails.",
        "Bienvenue à Marc ! Son cellulaire : 514 555-0199, il remplace Sophie, partie chez "
        "le concurrent.",
        "Bienvenue à Marc, notre nouveau chargé de projet ! Hâte de travailler avec toi.",
        "Qu'est-ce que Marc partagerait lui-même le jour de son arrivée ?",
    ),
    _tip(
        "conf-11",
        Theme.PRIVACY,
        "Identifier quelqu'un avec sa localisation en direct, c'est décider à sa place.",
        "En déplacement avec @Karine à l'hôtel Central jusqu'à vendredi !",
        "De retour d'un déplacement très inspirant avec l'équipe.",
        "La personne identifiée voulait-elle qu'on sache où elle se trouve ?",
    ),
    _tip(
        "conf-12",
        Theme.PRIVACY,
        "Le départ ou la sanction d'un collègue, c'est son histoire à lui, pas la nôtre.",
        "Paul s'est fait renvoyer hier, il l'avait bien cherché.",
        "Une page se tourne dans l'équipe ; bonne suite à celles et ceux qui partent.",
        "Comment Paul vivrait-il le fait de lire ça ?",
    ),
    _tip(
        "conf-13",
        Theme.TRUST,
        "Ta vie privée t'appartient : seul ce que ton employeur n'a pas rendu public mérite "
        "une pause.",
        "Demain ski ⛷️, juste après la signature du contrat Lavoie qu'on garde secret.",
        "Demain ski ⛷️ : une semaine bien remplie, place à la montagne !",
        "Dans ton message, qu'est-ce qui est à toi et qu'est-ce qui est à l'entreprise ?",
    ),
    _tip(
        "conf-14",
        Theme.UNDERSTANDING,
        "Avant de publier un chiffre, demande-toi d'où il vient.",
        "Selon le rapport interne, on a perdu 30 % de nos clients en un an.",
        "Le marché change vite ; on travaille fort pour garder la confiance de nos clients.",
        "Ce chiffre vient-il d'une source publique ou d'un document interne ?",
    ),
    _tip(
        "conf-15",
        Theme.UNDERSTANDING,
        "Une rumeur partagée devient une information, même quand elle est fausse.",
        "Il paraît qu'on va être rachetés, c'est pour bientôt !",
        "(rien pour l'instant : j'attends l'annonce officielle, si elle vient un jour)",
        "Sais-tu si c'est vrai, et si c'est à toi de l'annoncer ?",
    ),
    _tip(
        "conf-16",
        Theme.FRONT_PAGE,
        "Le test de la une vaut aussi pour les devinettes : un journaliste adorerait ton indice.",
        "Je ne peux rien dire, mais lundi notre plus gros concurrent va avoir une surprise 😉",
        "Lundi, grosse journée pour l'équipe ; je vous en reparle quand ce sera public !",
        "Ton indice, même vague, ferait-il un bon titre ?",
    ),
    _tip(
        "conf-17",
        Theme.FOREVER,
        "Un détail publié aujourd'hui peut compléter celui que tu publieras demain.",
        "Troisième vol pour Calgary cette semaine avec l'équipe des acquisitions ✈️",
        "Beaucoup de déplacements ces temps-ci ; j'adore découvrir de nouvelles villes ✈️",
        "Que comprendrait quelqu'un qui rassemble tes publications des dernières semaines ?",
    ),
    _tip(
        "conf-18",
        Theme.FOREVER,
        "Une fois en ligne, une information confidentielle ne se reprend plus, même supprimée.",
        "Oups, j'ai mis la grille salariale en photo, je l'enlève dans 5 minutes.",
        "Journée d'entretiens annuels ; j'apprécie qu'on prenne le temps de parler de carrière.",
        "Combien de personnes peuvent voir ton message en cinq minutes ?",
    ),
)
