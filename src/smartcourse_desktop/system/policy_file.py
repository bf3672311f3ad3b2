"""Reading a policy file safely: never a FIFO, a device or a huge file, and never one a learner could write."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from smartcourse_desktop.system.errors import PolicyError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.machine import unsafe_permissions
from smartcourse_desktop.system.policy_schema import problems

MAX_POLICY_BYTES = 1 << 20


def read_policy_data(path: Path, owners: frozenset[int] | None = None) -> dict[str, Any] | None:
    """The validated table in `path`, None if there is no file; PolicyError with every problem otherwise."""
    data = read_policy_table(path, owners)
    if data is None:
        return None
    found = problems(data)
    if found:
        raise PolicyError(path, "; ".join(found))
    return data


def read_policy_table(path: Path, owners: frozenset[int] | None = None) -> dict[str, Any] | None:
    """The TOML table in `path` before validation, None if there is no file.

    With `owners`, the file and its folder must belong to one of them and not be writable by others.
    """
    text = _read_text(path, owners)
    if text is None:
        return None
    import tomllib  # only machines with a policy file pay for it at start-up

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(path, _toml_problem(str(exc))) from None


def _toml_problem(detail: str) -> str:
    """Where the TOML breaks, in the app's language (tomllib words its errors in English)."""
    at = re.search(r"\(at line (\d+), column (\d+)\)$", detail)
    if at:
        return _("not valid TOML (at line {line}, column {column})").format(line=at[1], column=at[2])
    if detail.endswith("(at end of document)"):
        return _("not valid TOML (at the end of the file)")
    return _("not valid TOML ({exc})").format(exc=detail)


def _read_text(path: Path, owners: frozenset[int] | None) -> str | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise PolicyError(path, _("a symbolic link to a missing file")) from None
        return None
    except OSError as exc:
        raise PolicyError(path, _("cannot be read ({strerror})").format(strerror=exc.strerror or exc)) from None
    _check_kind(path, info)
    if owners is not None:
        for target in (path, path.parent):
            unsafe = unsafe_permissions(target, owners)
            if unsafe:
                raise PolicyError(path, _("refused: {unsafe}").format(unsafe=unsafe))
    return _read_limited(path)


def _check_kind(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise PolicyError(path, _("a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise PolicyError(path, _("not a regular file ({mode}); it was not read").format(
            mode=stat.filemode(info.st_mode)))
    if info.st_size > MAX_POLICY_BYTES:
        raise PolicyError(path, _("{size} bytes, more than the limit of {max_policy_bytes}; it was not read").format(
            size=info.st_size, max_policy_bytes=MAX_POLICY_BYTES))


def _read_limited(path: Path) -> str:
    """Read at most the limit; O_NONBLOCK and a second fstat so a file swapped for a FIFO cannot block."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise PolicyError(path, _("cannot be read ({strerror})").format(strerror=exc.strerror or exc)) from None
    with os.fdopen(fd, "rb") as handle:
        _check_kind(path, os.fstat(handle.fileno()))
        try:
            raw = handle.read(MAX_POLICY_BYTES + 1)
        except OSError as exc:
            raise PolicyError(path, _("cannot be read ({strerror})").format(strerror=exc.strerror or exc)) from None
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError(path, _("more than the limit of {max_policy_bytes} bytes").format(
            max_policy_bytes=MAX_POLICY_BYTES))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(path, _("not UTF-8 text (binary content?)")) from None
