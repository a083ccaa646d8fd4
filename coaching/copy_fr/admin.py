"""What /admin says (in « vous »: the communications team). Templates read them by key."""

from collections.abc import Mapping

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
PLATFORMS: Mapping[str, str] = {"slack": "Slack", "teams": "Microsoft Teams", "web": "Web"}

ADMIN: Mapping[str, str] = {
    "title": "checkpost · administration",
    "skip_link": "Aller au contenu",
    "nav_label": "Administration",
    "nav_context": "Contexte de l'entreprise",
    "nav_channels": "Canaux et conseils",
    "nav_stats": "Statistiques",
    "nav_playground": "Terrain de jeu",
    "logout": "Se déconnecter",
    # disabled, login, refusals
    "disabled_title": "Administration désactivée",
    "disabled_body": (
        "Aucun mot de passe d'administration n'est défini, alors ces pages restent fermées. "
        "Pour les ouvrir, définissez la variable d'environnement CHECKPOST_ADMIN_PASSWORD "
        "puis redémarrez checkpost. Le terrain de jeu, lui, reste accessible."
    ),
    "login_title": "Connexion à l'administration",
    "login_intro": (
        "Ces pages servent à l'équipe communication : contexte de l'entreprise, canaux "
        "abonnés aux conseils, statistiques d'ensemble. Elles ne montrent jamais qui a "
        "relu quoi."
    ),
    "password_label": "Mot de passe",
    "login_submit": "Se connecter",
    "login_wrong": "Ce mot de passe ne correspond pas. Réessayez.",
    "login_throttled": (
        "Trop de tentatives en peu de temps. Patientez quelques minutes avant de réessayer."
    ),
    "csrf_title": "Formulaire expiré",
    "csrf_body": (
        "Ce formulaire n'a pas de jeton de sécurité valide (il a peut-être expiré). "
        "Rechargez la page et recommencez : rien n'a été modifié."
    ),
    "back_to_admin": "Retour à l'administration",
    # company context
    "context_title": "Contexte de l'entreprise",
    "context_intro": (
        "Ces informations aident checkpost à repérer ce qui ne doit pas sortir et ce qui est "
        "déjà public. Elles s'appliquent immédiatement à Slack, à Teams et au terrain de "
        "jeu, et remplacent le fichier checkpost.yaml."
    ),
    "list_help": "Un terme par ligne.",
    "company_name": "Nom de l'entreprise",
    "company_name_help": "Sert à suggérer de mentionner son employeur (« je travaille chez… »).",
    "code_names": "Noms de code internes",
    "code_names_help": "Projets ou produits désignés par un nom de code (un par ligne).",
    "clients": "Clients sous accord de confidentialité",
    "clients_help": "Clients ou partenaires qui ne doivent pas être nommés (un par ligne).",
    "competitors": "Concurrents",
    "competitors_help": "Pour inviter à en parler avec respect (un par ligne).",
    "unannounced_products": "Produits pas encore annoncés",
    "unannounced_products_help": "Un par ligne.",
    "public_facts": "Faits publics",
    "public_facts_help": (
        "Chiffres, dates ou annonces déjà publics : jamais relevés (un par ligne)."
    ),
    "internal_hosts": "Adresses d'outils internes",
    "internal_hosts_help": "Par exemple intranet.exemple.fr (une par ligne).",
    "address_form": "Forme d'adresse",
    "address_tu": "Tutoiement (tu)",
    "address_vous": "Vouvoiement (vous)",
    "thresholds": "Seuils de vigilance par axe",
    "thresholds_help": (
        "Entre 0,05 et 1 : plus le seuil est bas, plus checkpost relève de points. "
        "Laissez vide pour garder le seuil calibré du modèle."
    ),
    "threshold_invalid": "Le seuil « {axis} » doit être un nombre entre 0,05 et 1.",
    "terms_too_many": "La liste « {field} » dépasse {limit} lignes : raccourcissez-la.",
    "term_too_long": "Une ligne de « {field} » dépasse {limit} caractères : raccourcissez-la.",
    "save": "Enregistrer",
    "saved": (
        "Enregistré. Slack, Teams et le terrain de jeu utilisent ce contexte dès maintenant."
    ),
    "not_saved": "Rien n'a été enregistré : {detail}",
    "db_unavailable": (
        "La base de données ne répond pas : rien n'a été enregistré. Réessayez dans un instant."
    ),
    # channels
    "channels_title": "Canaux abonnés aux conseils",
    "channels_intro": (
        "Le conseil de la semaine est publié dans ces canaux, au jour et à l'heure indiqués "
        "(heure locale du fuseau choisi). Les abonnements se font depuis Slack ou Teams."
    ),
    "channels_empty": "Aucun canal n'est abonné pour l'instant.",
    "channel_platform": "Plateforme",
    "channel_id": "Canal",
    "channel_schedule": "Publication",
    "channel_weekday": "Jour",
    "channel_hour": "Heure",
    "channel_timezone": "Fuseau horaire",
    "channel_save": "Modifier l'horaire",
    "channel_schedule_text": "le {weekday} à {hour} h ({timezone})",
    "channel_saved": "Horaire enregistré.",
    "channel_invalid": "Cet horaire n'est pas valide (jour, heure ou fuseau horaire inconnu).",
    # statistics
    "stats_title": "Statistiques d'ensemble",
    "stats_intro": (
        "Des totaux sur les {weeks} dernières semaines, toutes plateformes confondues. "
        "Jamais de détail par personne : un groupe de moins de {k} relectures n'est pas "
        "affiché, pour que personne ne puisse être reconnu."
    ),
    "stats_hidden": (
        "Pas encore assez de relectures pour afficher des statistiques : il en faut au moins "
        "{k} sur la période, pour que personne ne puisse être reconnu."
    ),
    "weekly_title": "Relectures par semaine",
    "weekly_desc": "Nombre de relectures chaque semaine ; « < {k} » quand il y en a moins de {k}.",
    "week_of": "semaine du {day}",
    "below_k": "< {k}",
    "axis_title": "Brouillons avec au moins un point relevé, par axe",
    "axis_desc": "Part des relectures de la période où l'axe a été relevé.",
    "useful_title": "Conseils jugés utiles",
    "useful_desc": "Part des clics « Utile » parmi les retours « Utile » / « Pas pertinent ».",
    "useful_hidden": "Moins de {k} retours sur la période : la part n'est pas affichée.",
    "table_caption": "Les mêmes chiffres en tableau",
    "column_week": "Semaine",
    "column_checks": "Relectures",
    "column_axis": "Axe",
    "column_share": "Part",
}
