"""Finding the policy's own words in a draft: whole words, any case, as written."""

import re
from collections.abc import Iterable, Iterator


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any term as a whole word (longest first), or None if no terms."""
    cleaned = sorted({term for term in terms if term.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    body = "|".join(_flexible(term) for term in cleaned)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def find_terms(text: str, terms: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Spans of every occurrence of any term in `text`."""
    pattern = term_pattern(terms)
    if pattern is not None:
        for match in pattern.finditer(text):
            yield match.span()


def contains_term(haystack: str, needle: str) -> bool:
    """True if `needle` occurs in `haystack` as a whole word, any case, any spacing."""
    pattern = term_pattern([needle])
    return bool(pattern and pattern.search(haystack))


def _flexible(term: str) -> str:
    """Escape a term; any run of spaces in it matches any run of whitespace."""
    return r"\s+".join(re.escape(part) for part in term.split())
