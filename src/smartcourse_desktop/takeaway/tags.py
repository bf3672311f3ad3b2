"""Tags for an exported M4A (written in the same pass as its chapters) or MP3 (with mutagen)."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from functools import cache

from smartcourse_desktop.takeaway.mp4chapters import with_chapters
from smartcourse_desktop.takeaway.mp4meta import IMPLICIT, PNG, text

CARD_SIZE = 300
CARD_COLOURS = ((0x1F, 0x5F, 0x8B), (0x2E, 0x7D, 0x32), (0x8E, 0x24, 0xAA), (0xC6, 0x28, 0x28),
                (0xEF, 0x6C, 0x00), (0x00, 0x83, 0x8F), (0x45, 0x5A, 0x64), (0x6D, 0x4C, 0x41))


@dataclass(frozen=True)
class AudioTags:
    title: str
    album: str  # the course title
    artist: str  # the publisher
    track: tuple[int, int]  # (number, of)
    disc: tuple[int, int]
    comment: str  # carries the lesson id
    cover_png: bytes
    chapters: tuple[tuple[float, str], ...] = ()
    duration: float = 0.0  # seconds, where the last chapter ends


def tagged_m4a(data: bytes, tags: AudioTags, following: int = 0) -> tuple[bytes, bytes]:
    """`data` (an M4A, or its part before the `following` bytes of media data) with its chapters
    and tags set in one rewrite of its `moov` box, and what to append at the end of the file (the
    chapter track's samples). The tags are the ones mutagen writes and reads as the same keys."""
    items = [
        text(b"\xa9nam", tags.title), text(b"\xa9ART", tags.artist), text(b"\xa9alb", tags.album),
        text(b"aART", tags.artist), (b"trkn", IMPLICIT, struct.pack(">HHHH", 0, *tags.track, 0)),
        (b"disk", IMPLICIT, struct.pack(">HHH", 0, *tags.disc)), text(b"\xa9cmt", tags.comment),
        (b"covr", PNG, tags.cover_png),
    ]
    return with_chapters(data, tags.chapters, following, items)


def tagged_mp3(data: bytes, tags: AudioTags) -> bytes:
    """`data` (an MP3) with ID3v2 tags, and its chapters as ID3 CHAP frames under one CTOC."""
    from mutagen.id3 import APIC, CHAP, COMM, CTOC, ID3, TALB, TIT2, TPE1, TPE2, TPOS, TRCK, CTOCFlags, ID3NoHeaderError

    buffer = io.BytesIO(data)
    try:
        id3 = ID3(buffer)
    except ID3NoHeaderError:
        id3 = ID3()
    for frame in ("TIT2", "TALB", "TPE1", "TPE2", "TRCK", "TPOS", "COMM", "APIC", "CHAP", "CTOC"):
        id3.delall(frame)
    for text_frame in (TIT2(encoding=3, text=tags.title), TALB(encoding=3, text=tags.album),
                       TPE1(encoding=3, text=tags.artist), TPE2(encoding=3, text=tags.artist),
                       TRCK(encoding=3, text="{}/{}".format(*tags.track)),
                       TPOS(encoding=3, text="{}/{}".format(*tags.disc)),
                       COMM(encoding=3, lang="eng", desc="", text=tags.comment),
                       APIC(encoding=3, mime="image/png", type=3, desc="Cover", data=tags.cover_png)):
        id3.add(text_frame)
    starts = [start for start, _ in tags.chapters]
    ends = [*starts[1:], max([tags.duration, *starts])] if starts else []
    ids = [f"chp{number}" for number in range(len(tags.chapters))]
    for element, (start, title), end in zip(ids, tags.chapters, ends, strict=True):
        id3.add(CHAP(element_id=element, start_time=round(start * 1000), end_time=round(end * 1000),
                     sub_frames=[TIT2(encoding=3, text=title)]))
    if ids:
        id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                     sub_frames=[TIT2(encoding=3, text="Chapters")]))
    buffer.seek(0)
    id3.save(buffer, v2_version=4)
    return buffer.getvalue()


@cache
def module_card(number: int) -> bytes:
    """A generated cover: a square PNG in the module's colour with a lighter band, for courses
    without a cover image."""
    r, g, b = CARD_COLOURS[(number - 1) % len(CARD_COLOURS)]
    light = bytes((min(255, r + 90), min(255, g + 90), min(255, b + 90)))
    plain, band = b"\x00" + bytes((r, g, b)) * CARD_SIZE, b"\x00" + light * CARD_SIZE
    rows = b"".join(band if CARD_SIZE * 2 // 3 <= y < CARD_SIZE * 3 // 4 else plain for y in range(CARD_SIZE))
    header = struct.pack(">IIBBBBB", CARD_SIZE, CARD_SIZE, 8, 2, 0, 0, 0)
    chunks = _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 9)) + _chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
