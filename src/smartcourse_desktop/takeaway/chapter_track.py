"""A QuickTime chapter text track, the chapter form Apple's players read.

The track holds one text sample per chapter (a 16-bit length, the UTF-8 title and an `encd`
box saying UTF-8); the audio track points at it with `tref/chap`. The samples live in a small
`mdat` appended at the end of the file, so nothing before them moves.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from itertools import pairwise

TIMESCALE = 1000  # the chapter track counts in milliseconds
UNDETERMINED_LANGUAGE = 0x55C4  # 'und', packed ISO 639-2
IDENTITY = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
ENCD_UTF8 = struct.pack(">I4sI", 12, b"encd", 0x100)


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def full_box(kind: bytes, payload: bytes, version: int = 0, flags: int = 0) -> bytes:
    return box(kind, struct.pack(">I", (version << 24) | flags) + payload)


def samples(chapters: Sequence[tuple[float, str]]) -> list[bytes]:
    out = []
    for _, title in chapters:
        text = title.encode("utf-8")[:0xFFFF]
        out.append(struct.pack(">H", len(text)) + text + ENCD_UTF8)
    return out


def durations(chapters: Sequence[tuple[float, str]], total: float) -> list[int]:
    starts = [round(start * TIMESCALE) for start, _ in chapters] + [round(total * TIMESCALE)]
    return [max(end - start, 1) for start, end in pairwise(starts)]


def chapter_trak(track_id: int, chapters: Sequence[tuple[float, str]], movie_timescale: int, total: float,
                 data_offset: int) -> bytes:
    """The `trak` of a disabled text track whose samples start at `data_offset` in the file."""
    lengths, spans = [len(s) for s in samples(chapters)], durations(chapters, total)
    tkhd = full_box(b"tkhd", struct.pack(">IIIII", 0, 0, track_id, 0, round(total * movie_timescale))
                    + bytes(8) + struct.pack(">hhhH", 0, 0, 0, 0) + IDENTITY + struct.pack(">II", 0, 0))
    mdhd = full_box(b"mdhd", struct.pack(">IIIIHH", 0, 0, TIMESCALE, sum(spans), UNDETERMINED_LANGUAGE, 0))
    hdlr = full_box(b"hdlr", struct.pack(">I4s12x", 0, b"text") + b"Chapters\x00")
    gmin = full_box(b"gmin", struct.pack(">HHHHhH", 0x40, 0x8000, 0x8000, 0x8000, 0, 0))
    gmhd = box(b"gmhd", gmin + box(b"text", IDENTITY))
    dinf = box(b"dinf", full_box(b"dref", struct.pack(">I", 1) + full_box(b"url ", b"", flags=1)))
    text_entry = box(b"text", bytes(6) + struct.pack(">H", 1) + bytes(44))  # an empty QuickTime text description
    stbl = box(b"stbl", b"".join([
        full_box(b"stsd", struct.pack(">I", 1) + text_entry),
        full_box(b"stts", struct.pack(">I", len(spans)) + b"".join(struct.pack(">II", 1, d) for d in spans)),
        full_box(b"stsc", struct.pack(">IIII", 1, 1, len(lengths), 1)),
        full_box(b"stsz", struct.pack(">II", 0, len(lengths)) + b"".join(struct.pack(">I", n) for n in lengths)),
        full_box(b"stco", struct.pack(">II", 1, data_offset)),
    ]))
    minf = box(b"minf", gmhd + dinf + stbl)
    return box(b"trak", tkhd + box(b"mdia", mdhd + hdlr + minf))


def chapter_mdat(chapters: Sequence[tuple[float, str]]) -> bytes:
    return box(b"mdat", b"".join(samples(chapters)))


def chap_reference(track_id: int) -> bytes:
    return box(b"tref", box(b"chap", struct.pack(">I", track_id)))


def movie_header(mvhd_payload: bytes) -> tuple[int, float, int]:
    """(timescale, duration in seconds, next track id) from an `mvhd` payload."""
    version = mvhd_payload[0]
    if version == 1:
        timescale, duration = struct.unpack_from(">IQ", mvhd_payload, 20)
    else:
        timescale, duration = struct.unpack_from(">II", mvhd_payload, 12)
    (next_id,) = struct.unpack_from(">I", mvhd_payload, len(mvhd_payload) - 4)
    return timescale, duration / max(timescale, 1), next_id
