"""Small real course folders and zips, honest or hostile, generated for tests."""

from __future__ import annotations

import json
import os
import struct
import zipfile
from pathlib import Path

from smartcourse_desktop.courses.hashing import file_entries

COURSE_ID = "org.example.demo"
PAYLOAD = {
    "media/intro.mp4": os.urandom(40_000),
    "media/intro.m4a": os.urandom(9_000),
    "captions/intro.en.vtt": b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n",
    "captions/intro.de.vtt": b"WEBVTT\n\n00:00.000 --> 00:02.000\nHallo\n",
    "transcripts/intro.md": b"# Intro\n\nHello.\n",
    "readings/r1.md": b"# Reading\n\n![A figure](../images/fig.png)\n",
    "images/fig.png": os.urandom(3_000),
}


def manifest(version: str = "1.0", course_id: str = COURSE_ID) -> dict:
    return {
        "format": 1,
        "id": course_id,
        "version": version,
        "title": "Demo course",
        "languages": ["en", "de"],
        "publisher": "Example publisher",
        "authors": ["A. Author"],
        "license": "CC-BY-4.0",
        "description": "A generated course.",
        "modules": [{"id": "m1", "title": "Module one", "lessons": [
            {"id": "intro", "kind": "video", "title": "Intro", "duration": 2.0,
             "media": "media/intro.mp4", "audio": "media/intro.m4a", "transcript": "transcripts/intro.md",
             "captions": {"en": "captions/intro.en.vtt", "de": "captions/intro.de.vtt"}},
            {"id": "r1", "kind": "reading", "title": "Reading", "duration": 60, "reading": "readings/r1.md"},
        ]}],
        "files": [],
    }


def make_source(folder: Path, version: str = "1.0", payload: dict[str, bytes] | None = None,
                course_id: str = COURSE_ID) -> Path:
    """A course source folder; its course.json lists the real sizes and hashes."""
    for name, data in (payload or PAYLOAD).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    data = manifest(version, course_id)
    data["files"] = [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in file_entries(folder)]
    (folder / "course.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    return folder


def source_entries(folder: Path) -> list[tuple[str, bytes]]:
    """course.json then every payload file of a source folder, as zip entries."""
    payload = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                     if p.is_file() and p.name != "course.json")
    names = ["course.json", *payload]
    return [(name, (folder / name).read_bytes()) for name in names]


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]],
              method: int = zipfile.ZIP_STORED) -> Path:
    """A zip with exactly these raw entry names, in this order."""
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def patch_central(path: Path, name: str, *, flag_or: int = 0, mode: int | None = None,
                  file_size: int | None = None) -> None:
    """Rewrite fields of one central-directory record, as a hostile tool would."""
    raw = bytearray(path.read_bytes())
    needle = b"PK\x01\x02"
    start = raw.find(needle)
    while start >= 0:
        name_len = struct.unpack_from("<H", raw, start + 28)[0]
        if raw[start + 46:start + 46 + name_len] == name.encode("utf-8"):
            break
        start = raw.find(needle, start + 4)
    assert start >= 0, name
    flags = struct.unpack_from("<H", raw, start + 8)[0]
    struct.pack_into("<H", raw, start + 8, flags | flag_or)
    if mode is not None:
        struct.pack_into("<I", raw, start + 38, mode << 16)
    if file_size is not None:
        struct.pack_into("<I", raw, start + 24, file_size)
    path.write_bytes(bytes(raw))


def snapshot(root: Path) -> list[str]:
    """Every path below a folder, to show a failed import changed nothing."""
    if not root.exists():
        return ["<absent>"]
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))
