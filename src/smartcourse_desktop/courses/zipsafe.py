"""Checks on the entries of an untrusted zip before anything is written to disk."""

from __future__ import annotations

import re
import stat
import zipfile
from collections.abc import Iterable

from smartcourse_desktop.courses.manifest import check_safe_name, collision_key
from smartcourse_desktop.system.errors import CourseFormatError, PackageError, quoted, shortened
from smartcourse_desktop.system.i18n import _

ALLOWED_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_FORBIDDEN_CHARS = set('\\:*?"<>|')


def check_entry_name(raw: str) -> str:
    """Return the entry's path without a trailing slash, or refuse a name that could escape or clash."""
    shown = ascii(shortened(raw))
    if _CONTROL.search(raw):
        raise PackageError(_("entry {name}: control character in name").format(name=shown))
    if raw.startswith(("\\\\", "//")):
        raise PackageError(_("entry {name}: UNC path").format(name=shown))
    if raw.startswith("/"):
        raise PackageError(_("entry {name}: absolute path").format(name=shown))
    if _DRIVE.match(raw):
        raise PackageError(_("entry {name}: drive letter").format(name=shown))
    if "\\" in raw:
        raise PackageError(_("entry {name}: backslash in name").format(name=shown))
    if bad := _FORBIDDEN_CHARS & set(raw):
        raise PackageError(_("entry {name}: forbidden character {character}").format(
            name=shown, character=quoted("".join(sorted(bad)))))
    name = raw[:-1] if raw.endswith("/") else raw
    for segment in name.split("/"):
        _check_segment(segment, shown)
    try:
        check_safe_name(name)
    except CourseFormatError as exc:
        raise PackageError(_("entry {problem}").format(problem=exc)) from None
    return name


def _check_segment(segment: str, shown: str) -> None:
    if segment in ("", ".", ".."):
        raise PackageError(_("entry {name}: path traversal or empty segment").format(name=shown))
    if segment != segment.rstrip(" ."):
        raise PackageError(_("entry {name}: name ends with a dot or space").format(name=shown))


def is_directory(info: zipfile.ZipInfo) -> bool:
    return info.orig_filename.endswith("/")


def check_entry_type(info: zipfile.ZipInfo) -> None:
    """Refuse encrypted entries, unusual compression, and anything but regular files and folders."""
    shown = ascii(shortened(info.orig_filename))
    if info.flag_bits & 0x1:
        raise PackageError(_("entry {name}: encrypted entries are not allowed").format(name=shown))
    if info.compress_type not in ALLOWED_METHODS:
        raise PackageError(_("entry {name}: unsupported compression method {method}").format(
            name=shown, method=info.compress_type))
    mode = info.external_attr >> 16
    if not stat.S_IFMT(mode):
        return
    folder = is_directory(info)
    if stat.S_ISLNK(mode):
        raise PackageError(_("entry {name}: symbolic links are not allowed").format(name=shown))
    if folder and not stat.S_ISDIR(mode):
        raise PackageError(_("entry {name}: not a regular folder (mode {mode})").format(name=shown, mode=oct(mode)))
    if not folder and not stat.S_ISREG(mode):
        raise PackageError(_("entry {name}: not a regular file (mode {mode})").format(name=shown, mode=oct(mode)))


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
            if other == name:
                raise PackageError(_("entry {name}: duplicate entry").format(name=ascii(shortened(name))))
            raise PackageError(_("entry {name}: collides with {other}").format(
                name=ascii(shortened(name)), other=ascii(shortened(other))))
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
                raise PackageError(_("entry {name}: a parent folder is also a file").format(
                    name=ascii(shortened(name))))
