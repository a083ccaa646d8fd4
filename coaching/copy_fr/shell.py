"""Sentences the shell (CLI, server, bots) shows when the coach itself cannot answer."""

from __future__ import annotations

MODEL_MISSING = (
    "Le classifieur n'est pas encore préparé. Lance `make run` (ou `checkpost model prepare`) : "
    "la première préparation prend de 8 à 15 minutes, ensuite c'est instantané."
)
MODEL_BROKEN = (
    "Le classifieur n'a pas pu être chargé. Relance `checkpost model prepare` ; "
    "si ça persiste, les journaux du serveur disent pourquoi (sans jamais contenir tes brouillons)."
)
MODEL_LOADING = "Je me prépare encore (chargement du classifieur). Réessaie dans quelques secondes."
APOLOGY = (
    "Oups, quelque chose s'est mal passé de mon côté. Ton brouillon n'a pas été conservé ; "
    "réessaie dans un instant."
)
BODY_TOO_LARGE = (
    "Ce message est bien trop long pour que je le relise (2 Mo au plus). "
    "Envoie un brouillon plus court, il sera relu dans la foulée."
)
UNREADABLE_TEXT = (
    "Je n'arrive pas à lire ce texte : il contient des caractères invalides. "
    "Copie-le à nouveau depuis ton éditeur et renvoie-le-moi."
)
POLICY_UNREADABLE = "Le fichier de contexte d'entreprise est illisible : {detail}"
SCORE_LINE_UNREADABLE = "ligne illisible : un objet JSON avec un champ « text » est attendu"
SCORE_DONE = "{count} brouillons notés ({errors} en erreur) → {path}"
INPUT_MISSING = "Fichier introuvable : {path}"
EVAL_PROGRESS = "évaluation (classifieur, checkpost, référence TF-IDF)"
MODEL_READY = "Classifieur prêt : {path}"
MODEL_TRAINING = (
    "Préparation du classifieur (première fois seulement) : conversion du modèle de base puis "
    "entraînement, de 8 à 15 minutes sur 2 cœurs selon la machine et la charge. "
    "Une barre de progression suit."
)
MODEL_DIR_EMPTY = (
    "CHECKPOST_MODEL_DIR désigne {path}, qui ne contient pas de classifieur préparé. "
    "Retire ce réglage pour que checkpost prépare le sien dans {cache}, "
    "ou copie dans ce dossier un modèle déjà préparé (`checkpost model path` dit où il est)."
)
MODEL_DIR_KEPT = (
    "Le classifieur de CHECKPOST_MODEL_DIR ({path}) est utilisé tel quel : "
    "checkpost ne supprime ni ne réentraîne un dossier qu'il n'a pas préparé."
)
MODEL_TRAINED = "Classifieur entraîné en {minutes:.1f} min (macro-F1 dev {f1:.3f}) : {path}"
DB_UPGRADED = "Base de données à jour : {url}"
DB_DOWNGRADED = "Toutes les migrations ont été retirées : {url}"
DB_CHECKED = "Aucun écart entre les tables du code et les migrations."
DB_UNREACHABLE = "La base de données ne répond pas ({url}) : {detail}"
REPORT_WRITTEN = "Rapport écrit dans {path}"
