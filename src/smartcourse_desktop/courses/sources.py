"""Untrusted course sources: a .smartcourse zip or an unpacked course folder, read but never extracted here."""

from __future__ import annotations

import json
import logging
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Protocol

from smartcourse_desktop.courses.manifest import validate_manifest
from smartcourse_desktop.courses.model import FORMAT_VERSION, MANIFEST_NAME, Course, FileEntry, course_from_dict
from smartcourse_desktop.courses.signing import MAX_SIGNATURE_BYTES, SIGNATURE_NAME
from smartcourse_desktop.courses.zipsafe import check_entries
from smartcourse_desktop.system.errors import PackageError, shortened
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.oserrors import os_errors

log = logging.getLogger(__name__)

MiB = 1 << 20
GiB = 1 << 30
MAX_MANIFEST_BYTES = 16 * MiB
OS_JUNK = {".DS_Store", "Thumbs.db", "desktop.ini"}
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError, ValueError)


@dataclass(frozen=True)
class Limits:
    """Caps against zip bombs and full disks; the defaults suit real courses."""

    max_total_bytes: int = 8 * GiB
    max_ratio: int = 200
    ratio_min_bytes: int = 1 * MiB
    free_margin_bytes: int = 64 * MiB


class Source(Protocol):
    manifest: bytes
    signature: bytes | None

    def check_payload(self, files: tuple[FileEntry, ...], limits: Limits) -> None: ...

    def open(self, path: str) -> BinaryIO: ...


def checked_course(data: Any) -> Course:
    """Validate a parsed course.json, checking the format version first so old apps say why."""
    version = data.get("format") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PackageError(_("{manifest}: format version {version} is not supported (this SmartCourse reads format "
                             "{supported}; please update it)").format(manifest=MANIFEST_NAME, version=version,
                                                                     supported=FORMAT_VERSION))
    validate_manifest(data)
    return course_from_dict(data)


def parse_manifest(raw: bytes) -> Course:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(_("{manifest} is not valid JSON: {problem}").format(manifest=MANIFEST_NAME, problem=exc)) \
            from None
    return checked_course(data)


@contextmanager
def zip_errors(where: str) -> Iterator[None]:
    """Turn the many ways a damaged zip fails into one PackageError."""
    try:
        with os_errors(PackageError, _("{where}: cannot read the package").format(where=where)):
            yield
    except ZIP_ERRORS as exc:
        log.warning("%s: damaged or truncated package: %s", where, exc)  # zipfile's words are English
        raise PackageError(_("{package}: damaged or truncated package (it could not be unpacked)").format(
            package=where)) from None


@contextmanager
def open_source(path: Path) -> Iterator[Source]:
    """A zip or folder source, closed afterwards."""
    if path.is_dir():
        yield FolderSource(path)
        return
    with zip_errors(path.name):
        archive = zipfile.ZipFile(path)
    with archive:
        yield ZipSource(archive)


def _read_capped(handle: IO[bytes], name: str, cap: int) -> bytes:
    data = handle.read(cap + 1)
    if len(data) > cap:
        raise PackageError(_("{name} is larger than {cap} bytes").format(name=name, cap=cap))
    return data


def _check_listed(present: set[str], files: tuple[FileEntry, ...]) -> None:
    listed = {entry.path for entry in files}
    for name in sorted(present - listed - {MANIFEST_NAME, SIGNATURE_NAME}):
        raise PackageError(_("{name}: not listed in {manifest_name} files (unlisted files are refused)").format(
            name=shortened(name), manifest_name=MANIFEST_NAME))
    for name in sorted(listed - present):
        raise PackageError(_("{name}: listed in {manifest_name} but missing from the package").format(
            name=shortened(name), manifest_name=MANIFEST_NAME))


class ZipSource:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.entries = check_entries(archive.infolist())
        if MANIFEST_NAME not in self.entries:
            raise PackageError(_("{manifest_name} is missing at the root of the package").format(
                manifest_name=MANIFEST_NAME))
        self.manifest = self._read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        has_sig = SIGNATURE_NAME in self.entries
        self.signature = self._read_small(SIGNATURE_NAME, MAX_SIGNATURE_BYTES) if has_sig else None

    def _read_small(self, name: str, cap: int) -> bytes:
        with zip_errors(name), self.archive.open(self.entries[name]) as handle:
            return _read_capped(handle, name, cap)

    def check_payload(self, files: tuple[FileEntry, ...], limits: Limits) -> None:
        _check_listed(set(self.entries), files)
        for entry in files:
            info = self.entries[entry.path]
            if info.file_size != entry.size:
                raise PackageError(_("{path}: zip header says {file_size} bytes, {manifest_name} lists {size}").format(
                    path=entry.path, file_size=info.file_size, manifest_name=MANIFEST_NAME, size=entry.size))
            _check_ratio(entry, info, limits)

    def open(self, path: str) -> BinaryIO:
        with zip_errors(path):
            return self.archive.open(self.entries[path])  # type: ignore[return-value]


def _check_ratio(entry: FileEntry, info: zipfile.ZipInfo, limits: Limits) -> None:
    """The listed size caps what is written, so it bounds the real ratio whatever the header says."""
    if info.compress_type != zipfile.ZIP_DEFLATED or entry.size <= limits.ratio_min_bytes:
        return
    if entry.size > limits.max_ratio * max(info.compress_size, 1):
        raise PackageError(_("{path}: compression ratio over {max_ratio}:1 (zip bomb?)").format(
            path=entry.path, max_ratio=limits.max_ratio))


class FolderSource:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest = self._read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES, required=True) or b""
        self.signature = self._read_small(SIGNATURE_NAME, MAX_SIGNATURE_BYTES, required=False)

    def _read_small(self, name: str, cap: int, required: bool) -> bytes | None:
        path = self.folder / name
        if not path.exists() and not path.is_symlink():
            if required:
                raise PackageError(_("{name} is missing in {folder}").format(name=name, folder=self.folder))
            return None
        with self._reading(name):
            _regular_file_size(path, name)
            with path.open("rb") as handle:
                return _read_capped(handle, name, cap)

    def check_payload(self, files: tuple[FileEntry, ...], limits: Limits) -> None:
        present = self._walk()
        _check_listed(set(present), files)
        for entry in files:
            if present[entry.path] != entry.size:
                raise PackageError(_("{path}: {present} bytes, {manifest_name} lists {size}").format(
                    path=entry.path, present=present[entry.path], manifest_name=MANIFEST_NAME, size=entry.size))

    def _walk(self) -> dict[str, int]:
        """Sizes of every file below the folder; symlinks and special files are refused."""
        found: dict[str, int] = {}
        with self._reading(self.folder.name):
            for dirpath, dirnames, filenames in os.walk(self.folder, onerror=_raise):
                for name in dirnames + filenames:
                    path = Path(dirpath, name)
                    relative = path.relative_to(self.folder).as_posix()
                    if name in dirnames and not path.is_symlink():
                        continue
                    if name not in OS_JUNK:
                        found[relative] = _regular_file_size(path, relative)
        return found

    def open(self, path: str) -> BinaryIO:
        with self._reading(path):
            return (self.folder / path).open("rb")

    def _reading(self, name: str) -> AbstractContextManager[None]:
        return os_errors(PackageError, f"{name}: cannot read")


def _raise(exc: OSError) -> None:
    raise exc


def _regular_file_size(path: Path, name: str) -> int:
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        raise PackageError(_("{name}: symbolic links are not allowed").format(name=name))
    if not stat.S_ISREG(info.st_mode):
        raise PackageError(_("{name}: not a regular file").format(name=name))
    return info.st_size
