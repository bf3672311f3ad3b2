"""Running the real `smartcourse` command in a child process (optionally under strace or unshare)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.courses.install import REMOVING_PREFIX, STAGING_PREFIX

TIMEOUT = 300


def smartcourse(*args: str, prefix: tuple[str, ...] = (), env: dict[str, str] | None = None,
                check: bool = False) -> subprocess.CompletedProcess[str]:
    """`smartcourse ARGS` in a child process with this test's XDG folders (and an optional wrapper)."""
    command = [*prefix, sys.executable, "-m", "smartcourse_desktop.app", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                            env={**os.environ, **(env or {})}, check=False)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def need_strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.skip("strace is not installed (packaging/apt/test.txt lists it)")
    probe = subprocess.run([path, "-f", "-o", os.devnull, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.decode(errors='replace').strip()}")
    return path


def strace(*injections: str) -> tuple[str, ...]:
    """An strace prefix that injects each `SYSCALLS:ACTION` fault into the child and its threads."""
    command = [need_strace(), "-f", "-qq", "-o", os.devnull]
    for injection in injections:
        command += ["-e", f"inject={injection}"]
    return (*command, "--")


def leftovers(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(p.name for p in root.iterdir() if p.name.startswith((STAGING_PREFIX, REMOVING_PREFIX)))


def listed(*extra: str, prefix: tuple[str, ...] = ()) -> dict[str, str]:
    """`smartcourse list` as {id: 'version root'}."""
    result = smartcourse("list", *extra, prefix=prefix, check=True)
    rows = (line.split("\t") for line in result.stdout.splitlines())
    return {row[0]: f"{row[1]} {row[2]}" for row in rows}


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("smartcourse ")]
    assert len(lines) == 1, result.stderr
    return lines[0]
