"""The two icons of the Teams app package, drawn as PNG with the standard library only.

Teams asks for a 192×192 full-colour icon and a 32×32 white-on-transparent outline.
"""

from __future__ import annotations

import itertools
import struct
import zlib
from collections.abc import Callable

Pixel = tuple[int, int, int, int]
ACCENT = (0x2E, 0x7D, 0x6B)
WHITE = (255, 255, 255)
_CHECK = ((0.26, 0.52), (0.43, 0.69), (0.76, 0.33))
_STROKE = 0.075


def color_icon(size: int = 192) -> bytes:
    """A white check mark on the accent colour."""
    return png(size, size, lambda x, y: (*WHITE, 255) if _on_check(x, y, size) else (*ACCENT, 255))


def outline_icon(size: int = 32) -> bytes:
    """The same check mark, white on transparent."""
    return png(size, size, lambda x, y: (*WHITE, 255) if _on_check(x, y, size) else (0, 0, 0, 0))


def png(width: int, height: int, pixel: Callable[[int, int], Pixel]) -> bytes:
    """An 8-bit RGBA PNG: signature, IHDR, one zlib IDAT, IEND."""
    rows = (
        b"\x00" + bytes(channel for x in range(width) for channel in pixel(x, y))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(tag: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(tag + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)


def _on_check(x: int, y: int, size: int) -> bool:
    px, py = (x + 0.5) / size, (y + 0.5) / size
    return any(
        _distance(px, py, start, end) <= _STROKE for start, end in itertools.pairwise(_CHECK)
    )


def _distance(px: float, py: float, start: tuple[float, float], end: tuple[float, float]) -> float:
    (ax, ay), (bx, by) = start, end
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return float(((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5)
