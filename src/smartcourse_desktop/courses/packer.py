"""Building a deterministic .smartcourse zip from a course source folder."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smartcourse_desktop.courses.hashing import CHUNK, file_entries
from smartcourse_desktop.courses.model import MANIFEST_NAME, Course, read_manifest
from smartcourse_desktop.courses.signing import SIGNATURE_NAME, sign
from smartcourse_desktop.courses.sources import checked_course
from smartcourse_desktop.system.errors import PackageError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.oserrors import os_errors
from smartcourse_desktop.system.private_files import check_replaceable

if TYPE_CHECKING:
    from nacl.signing import SigningKey

PACKAGE_SUFFIX = ".smartcourse"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644
UNIX = 3
STORED_SUFFIXES = {
    ".mp4", ".m4a", ".m4v", ".mp3", ".ogg", ".oga", ".opus", ".webm", ".mkv", ".mov", ".aac", ".flac",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".zip", ".gz", ".woff", ".woff2",
}


@dataclass(frozen=True)
class PackResult:
    course: Course
    path: Path
    signed: bool


def pack(source: Path, out: Path, key: SigningKey | None = None) -> PackResult:
    """Fill in the `files` list, validate, and write the package; the source folder is not changed."""
    data = read_manifest(source)
    data["files"] = [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in file_entries(source)]
    course = checked_course(data)
    manifest = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    signature = sign(manifest, key) if key is not None else None
    _write_atomically(out, lambda archive: _write_entries(archive, source, course, manifest, signature))
    return PackResult(course, out, signature is not None)


def _write_atomically(out: Path, write: Callable[[zipfile.ZipFile], None]) -> None:
    with os_errors(PackageError, _("cannot write {path}").format(path=out)):
        check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{out.name}-", dir=out.parent)
    try:
        with os_errors(PackageError, _("cannot write {path}").format(path=out)):
            with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
                write(archive)
            os.chmod(temp, 0o644)
            os.replace(temp, out)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _write_entries(archive: zipfile.ZipFile, source: Path, course: Course, manifest: bytes,
                   signature: bytes | None) -> None:
    """course.json first, then course.sig, then every file sorted by path."""
    archive.writestr(_info(MANIFEST_NAME, len(manifest)), manifest)
    if signature is not None:
        archive.writestr(_info(SIGNATURE_NAME, len(signature)), signature)
    for entry in course.files:
        with (source / entry.path).open("rb") as src, archive.open(_info(entry.path, entry.size), "w") as dst:
            shutil.copyfileobj(src, dst, CHUNK)


def _info(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.create_system = UNIX
    info.external_attr = FILE_MODE << 16
    info.file_size = size
    stored = Path(name).suffix.lower() in STORED_SUFFIXES
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info
