"""Raw input -> Draft, or a DraftError the shell turns into one kind sentence."""

import pytest

from coaching.drafts import REVIEW_LIMIT, EmptyDraft, UnreadableDraft, prepare_draft
from coaching.guidance import draft_error_message
from coaching.policy import AddressForm, Policy


@pytest.mark.parametrize(
    "raw", ["", "   ", "\n\t  \n", "\u200b\u200b", "\u2060 \ufeff", b"", b"  "]
)
def test_empty_whitespace_and_invisible_drafts_are_empty(raw: str | bytes) -> None:
    with pytest.raises(EmptyDraft):
        prepare_draft(raw)


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 3,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x81\x8d\x90\x9d\xfe" * 20,
        "\x01\x02\x03\x04\x05 salut",
        b"\x07\x08\x0e\x0f\x10\x11\x12\x13 hello",
    ],
)
def test_binary_junk_and_control_characters_are_unreadable(raw: str | bytes) -> None:
    with pytest.raises(UnreadableDraft):
        prepare_draft(raw)


def test_utf8_and_legacy_bytes_are_decoded() -> None:
    assert prepare_draft("Très content de l'équipe".encode()).text == "Très content de l'équipe"
    assert prepare_draft("Très content".encode("cp1252")).text == "Très content"
    assert prepare_draft("Très content".encode("utf-16")).text == "Très content"


def test_lone_surrogates_are_replaced_one_for_one() -> None:
    draft = prepare_draft("Bonjour \ud800 à tous")
    assert len(draft.text) == len("Bonjour \ud800 à tous")
    assert "\ud800" not in draft.text


def test_long_draft_is_cut_on_a_word_boundary() -> None:
    raw = ("mot " * 10_000)[:40_000]
    draft = prepare_draft(raw)
    assert draft.truncated
    assert draft.original_length == 40_000
    assert len(draft.text) <= REVIEW_LIMIT
    assert raw.startswith(draft.text)
    assert draft.text.endswith("mot")


def test_long_draft_without_spaces_is_cut_at_the_limit() -> None:
    draft = prepare_draft("a" * 40_000)
    assert draft.truncated and len(draft.text) == REVIEW_LIMIT


def test_short_draft_is_kept_verbatim() -> None:
    raw = "  Bonjour à tous !\n"
    draft = prepare_draft(raw)
    assert draft.text == raw and not draft.truncated and draft.original_length == len(raw)


def test_emoji_only_draft_has_no_words() -> None:
    assert not prepare_draft("🎉🎉 👍").has_words
    assert prepare_draft("Bravo 🎉").has_words


@pytest.mark.parametrize("raw", ["", "   ", "\u200b", b"\x00\x01", "\x01\x02\x03"])
def test_every_draft_error_has_a_sentence_in_both_forms(raw: str | bytes) -> None:
    with pytest.raises((EmptyDraft, UnreadableDraft)) as caught:
        prepare_draft(raw)
    tu = draft_error_message(caught.value)
    vous = draft_error_message(caught.value, Policy(address_form=AddressForm.VOUS))
    assert tu and vous and tu != vous
    assert caught.value.code in {"empty", "blank", "invisible", "binary", "control_characters"}


def test_not_text_is_unreadable() -> None:
    with pytest.raises(UnreadableDraft):
        prepare_draft(12345)  # type: ignore[arg-type]
