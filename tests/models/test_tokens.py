from __future__ import annotations

from models.tokens import length_batches, windows


def test_short_sequence_is_one_window() -> None:
    assert windows([1, 2, 3], size=5, stride=2) == [[1, 2, 3]]


def test_windows_cover_every_token_and_overlap() -> None:
    ids = list(range(23))
    cut = windows(ids, size=10, stride=5)
    assert all(len(window) == 10 for window in cut)
    assert cut[-1][-1] == 22
    assert sorted({token for window in cut for token in window}) == ids
    assert set(cut[0]) & set(cut[1])


def test_length_batches_keep_every_index_once() -> None:
    import random

    lengths = [5, 30, 7, 12, 9, 40, 3]
    batches = length_batches(lengths, 3, random.Random(1))
    assert sorted(index for batch in batches for index in batch) == list(range(7))
    assert all(len(batch) <= 3 for batch in batches)


def test_hashtags_read_as_words() -> None:
    from models.tokens import normalise

    assert normalise("Bravo #PSG ! #JO2024 #") == "Bravo PSG ! JO2024 #"


def test_mentions_links_and_broken_encoding_read_as_what_they_say() -> None:
    from models.tokens import normalise

    assert normalise("@jean.dupont @SNCF merci !") == "@user @user merci !"
    assert normalise("écrire à jean@exemple.fr") == "écrire à jean@exemple.fr"
    assert normalise("Lu ici https://www.lefigaro.fr/eco/a?b=1 et LINK") == (
        "Lu ici lien lefigaro.fr et lien"
    )
    assert normalise("<https://drive.acme.local/x|le plan>") == "<lien drive.acme.local|le plan>"
    assert normalise("Ã©tÃ© Ã  la plage, câ€™est top") == "été à la plage, c'est top"
    assert normalise("BLINKS et LINKS restent") == "BLINKS et LINKS restent"


def test_typographic_apostrophes_and_quotes_read_as_typed_on_a_keyboard() -> None:
    from models.tokens import normalise

    assert normalise("j’ai dit “non”… à 20\u202fh\u00a0!") == 'j\'ai dit "non"... à 20 h !'
    assert normalise("« Bien » et l'ancien ‘style’") == "« Bien » et l'ancien 'style'"
