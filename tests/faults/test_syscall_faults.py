"""Real syscall failures injected with strace into `smartcourse import`: the installed course always survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.system.paths import Paths
from tests.faults.helpers import leftovers, listed, one_line_error, smartcourse, strace
from tests.package_factory import COURSE_ID, make_source, snapshot

NO_EXCHANGE = "renameat2:error=EINVAL"  # a file system without RENAME_EXCHANGE: the two-rename fallback


@pytest.fixture
def library(paths: Paths, tmp_path: Path) -> Path:
    """Version 1.0 installed in the user's library."""
    import_course(make_source(tmp_path / "v1", version="1.0"), paths.user_library)
    return paths.user_library


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    return make_source(tmp_path / "v2", version="2.0")


def installed_version(library: Path) -> str:
    return (library / COURSE_ID / "course.json").read_text().split('"version": "')[1].split('"')[0]


@pytest.mark.parametrize("injections", [
    (NO_EXCHANGE, "rename:error=EIO:when=2+"),   # the case: second rename, and putting back, fail
    (NO_EXCHANGE, "rename:error=EIO:when=2"),    # second rename fails, putting back works
    ("renameat2:error=EIO",),                    # the atomic exchange itself fails
    ("fsync:error=EIO",),
    ("write:error=ENOSPC:when=3",),              # disk full in the middle of the payload
])
def test_failed_syscall_keeps_the_installed_version(library, newer, injections):
    before = snapshot(library)
    error = one_line_error(smartcourse("import", str(newer), prefix=strace(*injections)))
    assert error.startswith("smartcourse import: ")
    assert listed()[COURSE_ID] == "1.0 user"
    assert snapshot(library) == before


def test_kill_between_the_two_renames_loses_nothing(library, newer):
    killed = smartcourse("import", str(newer), prefix=strace(NO_EXCHANGE, "rename:error=EIO:signal=KILL:when=2"))
    assert killed.returncode != 0
    assert not (library / COURSE_ID).exists(), "the kill did not land between the renames"
    assert len(leftovers(library)) == 1
    assert listed()[COURSE_ID] == "1.0 user"
    assert leftovers(library) == []
    assert installed_version(library) == "1.0"


def test_kill_at_the_exchange_leaves_one_whole_version(library, newer):
    smartcourse("import", str(newer), prefix=strace("renameat2:signal=KILL:when=1"))
    assert listed()[COURSE_ID] in ("1.0 user", "2.0 user")
    assert leftovers(library) == []
    assert smartcourse("verify", COURSE_ID).returncode == 0


def test_import_after_a_failed_swap_works(library, newer):
    smartcourse("import", str(newer), prefix=strace(NO_EXCHANGE, "rename:error=EIO:signal=KILL:when=2"))
    smartcourse("import", str(newer), check=True)
    assert installed_version(library) == "2.0"
    assert leftovers(library) == []
