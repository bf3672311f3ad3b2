"""kill -9 at seeded random points of import and remove: afterwards the library is whole and nothing leaks.

A traced dry run lists the file-system syscalls the operation makes once it has begun (from the creation of
its staging or removal folder); a seeded choice picks one, and strace delivers SIGKILL at exactly that call.
"""

from __future__ import annotations

import random
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.system.paths import Paths
from tests.faults.helpers import leftovers, listed, need_strace, smartcourse, strace
from tests.package_factory import COURSE_ID, make_source

SEED = 14
RUNS = 6
SYSCALLS = "openat,write,fsync,mkdir,rename,renameat2,unlinkat,rmdir,chmod"
_CALL = re.compile(r"^\d+\s+(\w+)\(")


def install_v1(paths: Paths, tmp_path: Path) -> Path:
    shutil.rmtree(paths.user_library, ignore_errors=True)
    import_course(make_source(tmp_path / "v1", version="1.0"), paths.user_library)
    return paths.user_library


def kill_points(tmp_path: Path, *args: str) -> list[tuple[str, int]]:
    """(syscall, n-th call of it) for every traced call after the operation's working folder appeared."""
    log = tmp_path / "trace.log"
    smartcourse(*args, prefix=(need_strace(), "-f", "-qq", "-o", str(log), "-e", f"trace={SYSCALLS}", "--"),
                check=True)
    seen: Counter[str] = Counter()
    points, started = [], False
    for line in log.read_text(errors="replace").splitlines():
        match = _CALL.match(line)
        if not match:
            continue
        seen[match[1]] += 1
        started = started or ".staging-" in line or ".removing-" in line
        if started:
            points.append((match[1], seen[match[1]]))
    assert points, "the trace never showed a staging or removal folder"
    return points


def assert_whole(library: Path, versions: tuple[str, ...]) -> None:
    """After the next start: one whole version (or none), verified, and no leftovers."""
    shown = listed().get(COURSE_ID)
    assert leftovers(library) == []
    assert sorted(p.name for p in library.iterdir()) == ([COURSE_ID] if shown else [])
    if shown is None:
        assert "" in versions
        return
    assert shown.split()[0] in versions
    assert smartcourse("verify", COURSE_ID).returncode == 0


@pytest.mark.slow
@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_import(paths, tmp_path, run):
    newer = make_source(tmp_path / "v2", version="2.0")
    install_v1(paths, tmp_path)
    points = kill_points(tmp_path, "import", str(newer))
    syscall, nth = random.Random(SEED * 1000 + run).choice(points)
    library = install_v1(paths, tmp_path)
    killed = smartcourse("import", str(newer), prefix=strace(f"{syscall}:signal=KILL:when={nth}"))
    assert killed.returncode == -9, (syscall, nth, killed.stderr)
    assert_whole(library, ("1.0", "2.0"))


@pytest.mark.slow
@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_remove(paths, tmp_path, run):
    install_v1(paths, tmp_path)
    points = kill_points(tmp_path, "remove", COURSE_ID)
    syscall, nth = random.Random(SEED * 2000 + run).choice(points)
    library = install_v1(paths, tmp_path)
    killed = smartcourse("remove", COURSE_ID, prefix=strace(f"{syscall}:signal=KILL:when={nth}"))
    assert killed.returncode == -9, (syscall, nth, killed.stderr)
    assert_whole(library, ("1.0", ""))
