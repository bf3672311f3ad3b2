"""A small writer of MP4/M4A chapters and tags, into the part of the file before its media data.

`moov` is rewritten once, with the tags (`mp4meta.py`) and the chapters, in two forms, as phone
players read one or the other: Nero `moov.udta.chpl` (many Android players; mutagen reads it
but cannot write it) and a QuickTime chapter text track (Apple's). Growing `moov` moves `mdat`
when `moov` comes first, so every chunk offset (`stco`, `co64`) past the old `moov` is shifted
by the growth.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.takeaway.chapter_track import (
    chap_reference,
    chapter_mdat,
    chapter_trak,
    movie_header,
)
from smartcourse_desktop.takeaway.mp4meta import Item, meta_box

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
            raise Mp4Error(_("broken MP4 box {kind} at byte {position}").format(kind=repr(kind), position=position))
        yield kind, position, position + header, position + size
        position += size


def chpl_box(chapters: Sequence[tuple[float, str]]) -> bytes:
    if len(chapters) > 255:
        raise Mp4Error(_("a chpl box holds at most 255 chapters"))
    body = bytearray(struct.pack(">B3xIB", 1, 0, len(chapters)))
    for start, title in chapters:
        name = title.encode("utf-8")[:255].decode("utf-8", "ignore").encode("utf-8")
        body += struct.pack(">QB", round(max(start, 0.0) * TICKS_PER_SECOND), len(name)) + name
    return _box(b"chpl", bytes(body))


def with_chapters(data: bytes, chapters: Sequence[tuple[float, str]], following: int = 0,
                  tags: Sequence[Item] = ()) -> tuple[bytes, bytes]:
    """`data` with its tags set (`moov.udta.meta`, when `tags` are given) and, when there are
    chapters, Nero chapters (`moov.udta.chpl`) and a QuickTime chapter track, in one rewrite of
    `moov`; and the `mdat` of that track's samples, to be appended after the `following` bytes
    of the file that come after `data` (0 when `data` is the whole file)."""
    moov = next((b for b in boxes(data) if b[0] == b"moov"), None)
    mvhd = next((b for b in boxes(data, moov[2], moov[3]) if b[0] == b"mvhd"), None) if moov else None
    if moov is None or mvhd is None:
        raise Mp4Error(_("no moov or mvhd box"))
    _kind, start, payload, end = moov
    timescale, total, track_id = movie_header(data[mvhd[2]:mvhd[3]])
    children, udta = _moov_children(data, payload, end, track_id if chapters else None)
    track = chapter_trak(track_id, chapters, timescale, total, 0) if chapters else b""
    at = 8 + sum(len(child) for child in children)
    new_moov = bytearray(_box(b"moov", b"".join([*children, track, _udta(data, udta, chapters, tags)])))
    delta = len(new_moov) - (end - start)
    if delta:
        _shift_offsets(new_moov, delta, start)
    if chapters:
        samples_at = len(data) + delta + following + 8
        new_moov[at:at + len(track)] = chapter_trak(track_id, chapters, timescale, total, samples_at)
    return data[:start] + bytes(new_moov) + data[end:], chapter_mdat(chapters) if chapters else b""


def _moov_children(data: bytes, payload: int, end: int,
                   chapter_track: int | None) -> tuple[list[bytes], tuple[int, int] | None]:
    """The children of `moov` but `udta` (whose payload's span is returned), with the next track id
    and the sound track's reference to the chapter track set when there is one."""
    children, udta, referenced = [], None, chapter_track is None
    for kind, s, p, e in boxes(data, payload, end):
        if kind == b"udta":
            udta = (p, e)
        elif kind == b"mvhd" and chapter_track is not None:
            children.append(data[s:e - 4] + struct.pack(">I", chapter_track + 1))
        elif kind == b"trak" and chapter_track is not None and not referenced and _handler(data, p, e) == b"soun":
            children.append(_with_reference(data, p, e, chapter_track))
            referenced = True
        else:
            children.append(data[s:e])
    return children, udta


def _udta(data: bytes, udta: tuple[int, int] | None, chapters: Sequence[tuple[float, str]],
          tags: Sequence[Item]) -> bytes:
    replaced = (b"chpl", b"meta") if tags else (b"chpl",)
    old = list(boxes(data, *udta)) if udta else []
    kept = [data[s:e] for kind, s, _payload, e in old if kind not in replaced]
    old_meta = next((data[s:e] for kind, s, _payload, e in old if kind == b"meta"), b"")
    meta = [meta_box(tags, old_meta)] if tags else []
    return _box(b"udta", b"".join([*kept, *meta, *([chpl_box(chapters)] if chapters else [])]))


def _handler(data: bytes, trak_payload: int, trak_end: int) -> bytes:
    mdia = next((b for b in boxes(data, trak_payload, trak_end) if b[0] == b"mdia"), None)
    hdlr = next((b for b in boxes(data, mdia[2], mdia[3]) if b[0] == b"hdlr"), None) if mdia else None
    return data[hdlr[2] + 8:hdlr[2] + 12] if hdlr else b""


def _with_reference(data: bytes, trak_payload: int, trak_end: int, chapter_track: int) -> bytes:
    parts = []
    for kind, s, _payload, e in boxes(data, trak_payload, trak_end):
        if kind != b"tref":
            parts.append(data[s:e])
        if kind == b"tkhd":
            parts.append(chap_reference(chapter_track))
    return _box(b"trak", b"".join(parts))


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def _shift_offsets(moov: bytearray, delta: int, moved_from: int) -> None:
    """Shift the chunk offsets that point past the old `moov` start (data that moved)."""
    def walk(start: int, end: int, depth: int) -> None:
        for kind, _start, payload, box_end in boxes(moov, start, end):
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
            raise Mp4Error(_("the file is too large for 32-bit chunk offsets"))
        struct.pack_into(code, moov, at, offset + delta)


def header_length(handle: BinaryIO) -> int | None:
    """Bytes before the first `mdat` of the open file when `moov` comes before it: only that part
    needs changing, the media data can be copied as it is. None when the file must be handled whole."""
    seen_moov, position = False, 0
    handle.seek(0)
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
