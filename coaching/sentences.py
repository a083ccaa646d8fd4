"""Sentence spans of a draft: where a quote can start and stop."""

import re

_SENTENCE = re.compile(r"[^.!?…\n]*(?:[.!?…]+|\n|$)")
MAX_QUOTE = 240


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        if start < end:
            spans.append((start, end))
    return spans


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence containing `text[start:end]` (or the span itself if it crosses one)."""
    for sentence_start, sentence_end in sentence_spans(text):
        if sentence_start <= start and end <= sentence_end:
            return sentence_start, sentence_end
    return start, end


def shorten_span(text: str, start: int, end: int, limit: int = MAX_QUOTE) -> tuple[int, int]:
    """Keep at most `limit` characters of a span, cutting on a space when there is one."""
    if end - start <= limit:
        return start, end
    cut = text.rfind(" ", start, start + limit)
    return _trim(text, start, cut if cut > start + limit // 2 else start + limit)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
