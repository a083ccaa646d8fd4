"""`checkpost`: check a draft, score a file, train, evaluate, serve, migrate."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bot import commands
from bot.logs import configure_logging
from bot.settings import Settings
from bot.teams.package import add_teams_parser, teams_command
from bot.tips_commands import add_tips_parser, tips

Handler = Callable[[argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkpost",
        description="Un second regard bienveillant sur tes brouillons avant publication.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="commande")
    check = sub.add_parser("check", help="relire un brouillon et afficher les conseils")
    check.add_argument("draft", help="le brouillon, ou « - » pour le lire sur l'entrée standard")
    check.add_argument("--policy", type=str, help="fichier de contexte d'entreprise (YAML)")
    score = sub.add_parser("score", help="noter un fichier JSONL (contrat machine)")
    score.add_argument("--input", required=True, help='JSONL d\'entrée: {"id", "text"}')
    score.add_argument("--output", required=True, help="JSONL de sortie: scores et verdicts")
    score.add_argument("--policy", type=str, help="fichier de contexte d'entreprise (YAML)")
    serve = sub.add_parser("serve", help="démarrer le serveur (Slack, Teams, terrain de jeu)")
    serve.add_argument("--host", help="adresse d'écoute (défaut 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (défaut 8000)")
    serve.add_argument(
        "--socket-mode",
        action="store_true",
        help="Slack en Socket Mode (SLACK_APP_TOKEN) : aucune URL publique nécessaire",
    )
    db = sub.add_parser("db", help="base de données: migrations")
    db.add_argument(
        "action",
        choices=["upgrade", "downgrade", "check"],
        help="upgrade: à jour; downgrade: tout retirer; check: écarts code/migrations",
    )
    model = sub.add_parser("model", help="préparer le classifieur (entraînement si besoin)")
    model.add_argument(
        "action",
        choices=["prepare", "path"],
        help="prepare: construit s'il manque; path: affiche son dossier",
    )
    train = sub.add_parser("train", help="entraîner le classifieur (configuration par défaut)")
    train.add_argument("--force", action="store_true", help="réentraîner même s'il existe")
    evaluate = sub.add_parser("eval", help="évaluer le classifieur sur un fichier étiqueté")
    evaluate.add_argument(
        "--input",
        action="append",
        help="JSONL étiqueté (LABELS.md); répétable; défaut: la partition de test du projet",
    )
    evaluate.add_argument("--report", help="écrire le rapport Markdown dans ce fichier")
    add_teams_parser(sub)
    add_tips_parser(sub)
    examples = sub.add_parser("examples", help="régénérer docs/examples.md (réponses réelles)")
    examples.add_argument("--output", default=None, help="défaut: docs/examples.md")
    return parser


HANDLERS: dict[str, Handler] = {
    "check": commands.check,
    "score": commands.score,
    "serve": commands.serve,
    "db": commands.database,
    "model": commands.model,
    "train": commands.train,
    "eval": commands.evaluate,
    "examples": commands.examples,
    "teams": teams_command,
    "tips": tips,
}


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging(Settings().log_format)
    args = _parser().parse_args(argv)
    return HANDLERS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
