"""A small writer of Nero `chpl` chapters into an MP4/M4A held in memory.

mutagen reads `moov.udta.chpl` but cannot write it. Growing `moov` moves `mdat` when `moov` comes
first, so every chunk offset (`stco`, `co64`) is shifted by the growth.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from pathlib import Path

from smartcourse_desktop.system.errors import SmartCourseError

TICKS_PER_SECOND = 10_000_000  # chpl times are in 100 ns units
_PATH_TO_OFFSETS = (b"trak", b"mdia", b"minf", b"stbl")


class Mp4Error(SmartCourseError):
    """The file is not an MP4 this writer can change."""


Box = tuple[bytes, int, int, int]  # type, start, payload start, end


def boxes(data: bytes | bytearray, start: int = 0, end: int | None = None) -> Iterator[Box]:
    end = len(data) if end is None else end
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            (size,) = struct.unpack_from(">Q", data, position + 8)
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            raise Mp4Error(f"broken MP4 box {kind!r} at byte {position}")
        yield kind, position, position + header, position + size
        position += size


def chpl_box(chapters: Sequence[tuple[float, str]]) -> bytes:
    if len(chapters) > 255:
        raise Mp4Error("a chpl box holds at most 255 chapters")
    body = bytearray(struct.pack(">B3xIB", 1, 0, len(chapters)))
    for start, title in chapters:
        name = title.encode("utf-8")[:255].decode("utf-8", "ignore").encode("utf-8")
        body += struct.pack(">QB", round(max(start, 0.0) * TICKS_PER_SECOND), len(name)) + name
    return _box(b"chpl", bytes(body))


def with_chapters(data: bytes, chapters: Sequence[tuple[float, str]]) -> bytes:
    """`data` with its `moov.udta.chpl` replaced by `chapters` (in seconds, with titles)."""
    top = list(boxes(data))
    moov = next((b for b in top if b[0] == b"moov"), None)
    if moov is None:
        raise Mp4Error("no moov box")
    _, start, payload, end = moov
    children = [data[s:e] for kind, s, _, e in boxes(data, payload, end) if kind != b"udta"]
    udta = next((b for b in boxes(data, payload, end) if b[0] == b"udta"), None)
    kept = [data[s:e] for kind, s, _, e in boxes(data, udta[2], udta[3]) if kind != b"chpl"] if udta else []
    new_moov = bytearray(_box(b"moov", b"".join([*children, _box(b"udta", b"".join([*kept, chpl_box(chapters)]))])))
    delta = len(new_moov) - (end - start)
    if delta:
        _shift_offsets(new_moov, delta, start)
    return data[:start] + bytes(new_moov) + data[end:]


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def _shift_offsets(moov: bytearray, delta: int, moved_from: int) -> None:
    """Shift the chunk offsets that point past the old `moov` start (data that moved)."""
    def walk(start: int, end: int, depth: int) -> None:
        for kind, _, payload, box_end in boxes(moov, start, end):
            if depth < len(_PATH_TO_OFFSETS) and kind == _PATH_TO_OFFSETS[depth]:
                walk(payload, box_end, depth + 1)
            elif depth == len(_PATH_TO_OFFSETS) and kind in (b"stco", b"co64"):
                _shift_table(moov, payload, kind == b"co64", delta, moved_from)

    walk(8, len(moov), 0)


def _shift_table(moov: bytearray, payload: int, wide: bool, delta: int, moved_from: int) -> None:
    (count,) = struct.unpack_from(">I", moov, payload + 4)
    width, code = (8, ">Q") if wide else (4, ">I")
    for index in range(count):
        at = payload + 8 + index * width
        (offset,) = struct.unpack_from(code, moov, at)
        if offset <= moved_from:
            continue
        if not wide and offset + delta >= 2**32:
            raise Mp4Error("the file is too large for 32-bit chunk offsets")
        struct.pack_into(code, moov, at, offset + delta)


def header_length(path: Path) -> int | None:
    """Bytes before the first `mdat` when `moov` comes before it: only that part needs changing,
    the media data can be copied as it is. None when the file must be handled whole."""
    seen_moov, position = False, 0
    with open(path, "rb") as handle:
        while header := handle.read(16):
            if len(header) < 8:
                return None
            size, kind = struct.unpack_from(">I4s", header)
            if size == 1 and len(header) == 16:
                (size,) = struct.unpack_from(">Q", header, 8)
            if kind == b"mdat":
                return position if seen_moov else None
            if size < 8:
                return None
            seen_moov = seen_moov or kind == b"moov"
            position += size
            handle.seek(position)
    return None
