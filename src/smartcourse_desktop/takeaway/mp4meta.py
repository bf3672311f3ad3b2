"""iTunes-style MP4 tags (`moov.udta.meta.ilst`), rendered as bytes.

The export sets tags in the same rewrite of `moov` that adds the chapters (`mp4chapters.py`),
instead of a mutagen load and save of the file after it. The boxes are the ones mutagen writes
for the same tags (and mutagen reads them back in the tests): a `meta` full box with an
`mdir`/`appl` handler and an `ilst` of items, each holding one `data` box of a type (UTF-8
text, big-endian integers, PNG). Items of the old `ilst` that the export does not set (the
encoder's `©too`, say) are kept.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence

UTF8 = 1  # the `data` box types this writer uses (mutagen's AtomDataType)
IMPLICIT = 0  # numbers such as trkn and disk
PNG = 14

Item = tuple[bytes, int, bytes]  # item key (4 bytes, e.g. b"\xa9nam"), data type, payload
HANDLER = struct.pack(">II4s4s9x", 0, 0, b"mdir", b"appl")  # version/flags, pre-defined, type, maker, name


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def item(key: bytes, data_type: int, payload: bytes) -> bytes:
    return box(key, box(b"data", struct.pack(">II", data_type, 0) + payload))


def text(key: bytes, value: str) -> Item:
    return key, UTF8, value.encode("utf-8")


def meta_box(items: Sequence[Item], old_meta: bytes = b"") -> bytes:
    """A `meta` box holding `items`, after the items of `old_meta` (a whole `meta` box, or
    nothing) whose keys `items` does not set."""
    keys = {key for key, _, _ in items}
    kept = [raw for key, raw in _old_items(old_meta) if key not in keys]
    ilst = box(b"ilst", b"".join([*kept, *(item(*entry) for entry in items)]))
    return box(b"meta", struct.pack(">I", 0) + box(b"hdlr", HANDLER) + ilst)


def _old_items(meta: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(key, whole item box) of the `ilst` in a `meta` box, ISO (a full box) or QuickTime (not)."""
    if len(meta) < 16:
        return
    children = 8 if meta[12:16] == b"hdlr" else 12
    for kind, start, end in _children(meta, children, len(meta)):
        if kind == b"ilst":
            for key, item_start, item_end in _children(meta, start + 8, end):
                yield key, meta[item_start:item_end]


def _children(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        if size < 8 or position + size > end:
            return  # a broken old box: what follows it is dropped, the new tags are still written
        yield kind, position, position + size
        position += size
