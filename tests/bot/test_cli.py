"""The `checkpost` command as a person and a script use it: a real subprocess, a tiny model."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BANNED = ("bloqué", "interdit", "refusé", "violation", "infraction", "signalé")


@pytest.fixture
def cli_env(tiny_model_dir: Path, tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    env.update(
        {
            "CHECKPOST_MODEL_DIR": str(tiny_model_dir),
            "CHECKPOST_VAR_DIR": str(tmp_path / "var"),
            "CHECKPOST_SECRET_KEY": "cli-test-secret",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    return env


def run(
    args: list[str], env: dict[str, str], stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_check_prints_guidance(cli_env: dict[str, str]) -> None:
    result = run(["check", "Super journée avec l'équipe au salon de Lyon !"], cli_env)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert out.strip()
    assert not any(word in out.lower() for word in BANNED)


def test_check_reads_stdin(cli_env: dict[str, str]) -> None:
    result = run(["check", "-"], cli_env, "Écris-moi à jean.dupont@exemple.fr".encode())
    assert result.returncode == 0, result.stderr.decode()
    assert "jean.dupont@exemple.fr" in result.stdout.decode()


@pytest.mark.parametrize("draft", [b"", b"   \n", b"\x00\x01\x02\xff\xfe\x00\x9c" * 20])
def test_bad_drafts_get_one_kind_sentence_and_non_zero_exit(
    cli_env: dict[str, str], draft: bytes
) -> None:
    result = run(["check", "-"], cli_env, draft)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.strip() and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_empty_argument(cli_env: dict[str, str]) -> None:
    result = run(["check", ""], cli_env)
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_score_contract(cli_env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "drafts.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Le projet Zéphyr sort en mars", "other": 1}),
        "{ceci n'est pas du json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "mot " * 10_000}),
        json.dumps({"id": "e", "text": 42}),
        json.dumps({"id": "f", "text": "Merci à toute l'équipe 🎉"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "scores.jsonl"
    result = run(["score", "--input", str(source), "--output", str(target)], cli_env)
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a", 2, "c", "d", "e", "f"]
    for row in (rows[0], rows[3], rows[5]):
        assert set(row["scores"]) == {"tone", "confidentiality", "authenticity"}
        assert set(row["flags"]) == {"tone", "confidentiality", "authenticity"}
        assert all(0.0 <= value <= 1.0 for value in row["scores"].values())
    for row in (rows[1], rows[2], rows[4]):
        assert isinstance(row["error"], str) and row["error"]


def test_missing_model_names_the_command(cli_env: dict[str, str], tmp_path: Path) -> None:
    cli_env["CHECKPOST_MODEL_DIR"] = str(tmp_path / "nowhere")
    result = run(["check", "Bonjour à tous"], cli_env)
    assert result.returncode == 3
    assert "checkpost model prepare" in result.stderr.decode()


def test_prepare_with_an_empty_model_dir_says_so_and_trains_nothing(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty-model"
    empty.mkdir()
    cli_env["CHECKPOST_MODEL_DIR"] = str(empty)
    result = run(["model", "prepare"], cli_env)
    assert result.returncode == 3
    assert "CHECKPOST_MODEL_DIR" in result.stderr.decode() and str(empty) in result.stderr.decode()
    assert not (tmp_path / "var" / "models").exists()  # no training went to the cache instead
    assert list(empty.iterdir()) == []


def test_forced_training_never_deletes_a_model_dir_it_did_not_prepare(
    cli_env: dict[str, str], tiny_model_dir: Path, tmp_path: Path
) -> None:
    theirs = tmp_path / "their-model"
    shutil.copytree(tiny_model_dir, theirs)
    before = sorted(path.name for path in theirs.iterdir())
    cli_env["CHECKPOST_MODEL_DIR"] = str(theirs)
    result = run(["train", "--force"], cli_env)
    assert result.returncode == 0, result.stderr.decode()
    assert "tel quel" in result.stdout.decode()
    assert sorted(path.name for path in theirs.iterdir()) == before
    assert run(["check", "Bonjour à tous"], cli_env).returncode == 0


def test_eval_reports_each_file_with_the_three_systems_and_their_ranking(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    from tests.tiny import CORPUS, LABELS

    labelled = tmp_path / "brouillons.jsonl"
    lines = [
        json.dumps(
            {"id": f"e{i}", "text": text, "tone": t, "confidentiality": c, "authenticity": a}
        )
        for i, (text, (t, c, a)) in enumerate(zip(CORPUS, LABELS))
    ]
    labelled.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "REPORT.md"
    result = run(["eval", "--input", str(labelled), "--report", str(report)], cli_env)
    assert result.returncode == 0, result.stderr.decode()
    progress = result.stderr.decode()  # a bar on stderr: the baseline's fit, then 3 per file
    assert "évaluation (classifieur, checkpost, référence TF-IDF)" in progress
    assert "4/4" in progress and "brouillons.jsonl" in progress
    text = report.read_text(encoding="utf-8")
    assert "### brouillons.jsonl" in text and "étape" not in text
    assert "8 brouillons, dont 4 sans aucun risque" in text
    for system in ("classifieur affiné", "checkpost (servi + règles)", "référence TF-IDF"):
        assert f"| {system}" in text
    ranking = next(line for line in text.splitlines() if line.startswith("Classement sans seuil"))
    for label in ("tone", "confidentiality", "authenticity"):
        assert ranking.count(f"{label} ") == 2  # the classifier's and the baseline's AUC


def test_eval_names_a_missing_input(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run(["eval", "--input", str(tmp_path / "absent.jsonl")], cli_env)
    assert result.returncode == 2
    assert "Fichier introuvable" in result.stderr.decode()
