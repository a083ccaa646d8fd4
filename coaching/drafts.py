"""A draft as the coach reads it: decoded, checked, and cut to a reviewable length.

The reviewed text is always a prefix of the original text (nothing is stripped or
normalised), so a span found in it points at the same characters in the original.
"""

import unicodedata
from dataclasses import dataclass

REVIEW_LIMIT = 4_000
"""Characters reviewed; longer drafts are cut on a word boundary before this."""
_WORD_CUT_WINDOW = 400
_UNREADABLE_SHARE = 0.25
_LEGACY_ASCII_SHARE = 0.7
_ALLOWED_CONTROLS = frozenset("\t\n\r")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


class DraftError(ValueError):
    """Input the coach cannot review; `code` names the reason (see `copy_fr`)."""

    code: str = "unreadable"

    def __init__(self, code: str | None = None) -> None:
        self.code = code or type(self).code
        super().__init__(self.code)


class EmptyDraft(DraftError):
    """Nothing to read: empty, whitespace only, or invisible characters only."""

    code = "empty"


class UnreadableDraft(DraftError):
    """Not text: binary data, undecodable bytes, or mostly control characters."""

    code = "unreadable"


@dataclass(frozen=True, slots=True)
class Draft:
    """The text actually reviewed, with what was left out."""

    text: str
    original_length: int
    truncated: bool

    @property
    def has_words(self) -> bool:
        """False for drafts made only of emoji, symbols and punctuation."""
        return any(unicodedata.category(char)[0] in "LN" for char in self.text)


def prepare_draft(raw: str | bytes) -> Draft:
    """Decode and check a raw draft; raises `EmptyDraft` or `UnreadableDraft`."""
    text = _as_text(raw)
    if not text:
        raise EmptyDraft("empty")
    if text.isspace():
        raise EmptyDraft("blank")
    reviewed = _cut(text)
    _raise_if_controls(reviewed)
    if all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in reviewed):
        raise EmptyDraft("invisible")
    return Draft(text=reviewed, original_length=len(text), truncated=len(reviewed) < len(text))


def _as_text(raw: object) -> str:
    if isinstance(raw, str):
        return _repair(raw)
    if isinstance(raw, bytes | bytearray | memoryview):
        return _repair(_decode(bytes(raw)))
    raise UnreadableDraft("not_text")


def _decode(raw: bytes) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableDraft("undecodable") from None
    if b"\x00" in raw:
        raise UnreadableDraft("binary")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableDraft("undecodable") from None
    if sum(1 for char in text if char.isascii()) < _LEGACY_ASCII_SHARE * len(text):
        raise UnreadableDraft("undecodable")
    return text


def _repair(text: str) -> str:
    """Replace lone surrogates one for one, so offsets stay valid."""
    if not any("\ud800" <= char <= "\udfff" for char in text):
        return text
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)


def _cut(text: str) -> str:
    if len(text) <= REVIEW_LIMIT:
        return text
    head = text[:REVIEW_LIMIT]
    if not text[REVIEW_LIMIT].isspace():
        cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
        if cut >= REVIEW_LIMIT - _WORD_CUT_WINDOW:
            head = head[:cut]
    return head.rstrip() or head


def _raise_if_controls(text: str) -> None:
    visible = [char for char in text if not char.isspace()]
    junk = sum(1 for char in visible if _is_junk(char))
    if visible and junk / len(visible) > _UNREADABLE_SHARE:
        raise UnreadableDraft("control_characters")


def _is_junk(char: str) -> bool:
    if char in _ALLOWED_CONTROLS:
        return False
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Co", "Cn") or char == "\ufffd"
