"""Hashes and the `files` list of a course folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from smartcourse_desktop.courses.model import MANIFEST_NAME, FileEntry

CHUNK = 1 << 20
UNLISTED = {MANIFEST_NAME, "course.sig"}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_entries(folder: Path) -> list[FileEntry]:
    """Every regular file below a course folder except the manifest, sorted by path."""
    entries = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(folder).as_posix()
        if relative in UNLISTED:
            continue
        entries.append(FileEntry(relative, path.stat().st_size, sha256_file(path)))
    return entries
