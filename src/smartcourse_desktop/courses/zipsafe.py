"""Checks on the entries of an untrusted zip before anything is written to disk."""

from __future__ import annotations

import re
import stat
import zipfile
from collections.abc import Iterable

from smartcourse_desktop.courses.manifest import check_safe_name, collision_key
from smartcourse_desktop.system.errors import CourseFormatError, PackageError, quoted, shortened

ALLOWED_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_FORBIDDEN_CHARS = set('\\:*?"<>|')


def check_entry_name(raw: str) -> str:
    """Return the entry's path without a trailing slash, or refuse a name that could escape or clash."""
    shown = ascii(shortened(raw))
    if _CONTROL.search(raw):
        raise PackageError(f"entry {shown}: control character in name")
    if raw.startswith(("\\\\", "//")):
        raise PackageError(f"entry {shown}: UNC path")
    if raw.startswith("/"):
        raise PackageError(f"entry {shown}: absolute path")
    if _DRIVE.match(raw):
        raise PackageError(f"entry {shown}: drive letter")
    if "\\" in raw:
        raise PackageError(f"entry {shown}: backslash in name")
    if bad := _FORBIDDEN_CHARS & set(raw):
        raise PackageError(f"entry {shown}: forbidden character {quoted(''.join(sorted(bad)))}")
    name = raw[:-1] if raw.endswith("/") else raw
    for segment in name.split("/"):
        _check_segment(segment, shown)
    try:
        check_safe_name(name)
    except CourseFormatError as exc:
        raise PackageError(f"entry {exc}") from None
    return name


def _check_segment(segment: str, shown: str) -> None:
    if segment in ("", ".", ".."):
        raise PackageError(f"entry {shown}: path traversal or empty segment")
    if segment != segment.rstrip(" ."):
        raise PackageError(f"entry {shown}: name ends with a dot or space")


def is_directory(info: zipfile.ZipInfo) -> bool:
    return info.orig_filename.endswith("/")


def check_entry_type(info: zipfile.ZipInfo) -> None:
    """Refuse encrypted entries, unusual compression, and anything but regular files and folders."""
    shown = ascii(shortened(info.orig_filename))
    if info.flag_bits & 0x1:
        raise PackageError(f"entry {shown}: encrypted entries are not allowed")
    if info.compress_type not in ALLOWED_METHODS:
        raise PackageError(f"entry {shown}: unsupported compression method {info.compress_type}")
    mode = info.external_attr >> 16
    if not stat.S_IFMT(mode):
        return
    kind = "folder" if is_directory(info) else "file"
    if stat.S_ISLNK(mode):
        raise PackageError(f"entry {shown}: symbolic links are not allowed")
    if (kind == "file" and not stat.S_ISREG(mode)) or (kind == "folder" and not stat.S_ISDIR(mode)):
        raise PackageError(f"entry {shown}: not a regular {kind} (mode {oct(mode)})")


def check_entries(infos: Iterable[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Every file entry by path, after checking names, types, duplicates and case/Unicode collisions."""
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    for info in infos:
        name = check_entry_name(info.orig_filename)
        check_entry_type(info)
        key = collision_key(name)
        if key in seen:
            other = seen[key]
            why = "duplicate entry" if other == name else f"collides with {shortened(other)!a}"
            raise PackageError(f"entry {shortened(name)!a}: {why}")
        seen[key] = name
        if not is_directory(info):
            files[name] = info
    _check_prefixes(files, seen)
    return files


def _check_prefixes(files: dict[str, zipfile.ZipInfo], seen: dict[str, str]) -> None:
    """A file may not also be used as a folder (`a` and `a/b`)."""
    file_keys = {collision_key(name) for name in files}
    for key, name in seen.items():
        parts = key.split("/")
        for depth in range(1, len(parts)):
            if "/".join(parts[:depth]) in file_keys:
                raise PackageError(f"entry {shortened(name)!a}: a parent folder is also a file")
