"""Every test gets fresh XDG folders, its own machine root (SMARTCOURSE_MACHINE_ROOT), the offscreen Qt platform,
and silent libVLC outputs."""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SMARTCOURSE_VLC_ARGS", "--aout=dummy --vout=dummy")  # libVLC stays silent and headless

# Every variable the tests set exists before any thread starts, with the value its readers assume when
# it is unset. Adding a variable can make glibc move its array of them and free the old one while
# another thread reads it in getenv(); libVLC's threads read it often (a CI run died so, in one).
# Setting one that exists only swaps a pointer. So a test changes values and adds no name.
SUITE_VARIABLES = {
    "XDG_DATA_HOME": str(Path.home() / ".local" / "share"),
    "XDG_CONFIG_HOME": str(Path.home() / ".config"),
    "XDG_STATE_HOME": str(Path.home() / ".local" / "state"),
    "XDG_CACHE_HOME": str(Path.home() / ".cache"),
    "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
    "XDG_CONFIG_DIRS": "/etc/xdg",
    "SMARTCOURSE_MACHINE_ROOT": "",  # empty: no override
    "LANGUAGE": "",  # empty: ignored, as by gettext
    "LD_LIBRARY_PATH": "",  # empty: ignored by ld.so
    "PYTEST_CURRENT_TEST": "",  # pytest's: removed after each test and added again, into the room it left
}
os.environ.update({name: value for name, value in SUITE_VARIABLES.items() if name not in os.environ})
import PySide6.QtCore  # noqa: E402, F401  (its first import sets PYSIDE6_OPTION_PYTHON_ENUM)

VARIABLES_AT_START = frozenset(os.environ)
LIBC = ctypes.CDLL(None)


def environment_array() -> int | None:
    """Where libc keeps the array of variables: `environment_kept_in_place` checks it never moves."""
    return ctypes.c_void_p.in_dll(LIBC, "environ").value


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_DIRS", "site-data"),
        ("XDG_CONFIG_DIRS", "site-config"),
    ):
        folder = home / sub
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))  # a learner's session may set these; they must change nothing
    monkeypatch.setenv("SMARTCOURSE_MACHINE_ROOT", str(home / "machine"))
    return home


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application in English, as the app sets it up: Qt's and the app's English
    catalogues (its plural forms: "1 result") and English as the default QLocale (1.75×, 25.1 MB)."""
    from smartcourse_desktop.ui.i18n import install_translations

    install_translations(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch):
    """Tests read the app in English unless they pick a language (the suite runs in sv_SE.UTF-8 to
    catch locale-dependent formatting; the language shown is chosen, never inherited): LANGUAGE for
    the processes a test starts, and the core's messages in this one."""
    from smartcourse_desktop.system.i18n import set_language

    monkeypatch.setenv("LANGUAGE", "en")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def clock():
    """The app's clock for this test: Wednesday 30 September 2026, 12:00 local time, in any time zone.
    A long weekday and month name on purpose: layouts must not depend on how a date happens to fit."""
    from smartcourse_desktop.system.clock import FixedClock

    return FixedClock(datetime(2026, 9, 30, 12, 0))


def finish_background_tasks() -> None:
    tasks = sys.modules.get("smartcourse_desktop.ui.tasks")
    if tasks is not None and not tasks.wait_for_tasks(30_000):
        stacks = "\n".join("".join(traceback.format_stack(frame)) for ident, frame in sys._current_frames().items()
                           if ident != threading.get_ident())
        pytest.fail(f"a background task still runs after 30 s; the other threads:\n{stacks}")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before a test changes the environment: pytest-qt processes events once more after the last
    test's fixtures are gone, and a timer fired there can start a task. Its thread must not run
    while this test sets its variables (setenv next to getenv in another thread can crash)."""
    finish_background_tasks()


@pytest.fixture(autouse=True)
def environment_kept_in_place(monkeypatch: pytest.MonkeyPatch):
    """No test adds a variable (see SUITE_VARIABLES); checked before monkeypatch restores them. The
    array's address also catches one added in C, or added and removed again within the test."""
    array = environment_array()
    yield
    added = sorted(set(os.environ) - VARIABLES_AT_START)
    if added:
        pytest.fail(f"the test added the environment variables {', '.join(added)}: give them a value in "
                    "SUITE_VARIABLES (tests/conftest.py) that means to their readers what unset means, or "
                    "pass the code under test an environment of its own", pytrace=False)
    if environment_array() != array:
        pytest.fail("the array of environment variables moved during the test: a variable was added (in C, "
                    "or removed again before the end); see SUITE_VARIABLES in tests/conftest.py",
                    pytrace=False)


@pytest.fixture(autouse=True)
def background_tasks_finish():
    """No background task of one test may outlive it and write into the next test's folders."""
    yield
    finish_background_tasks()


@pytest.fixture(autouse=True)
def root_logger_restored():
    """A test that sets up the app's logging (a file, or stderr captured for that test only) leaves the
    root logger as it found it, so later tests never log into a closed stream."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:], root.level = handlers, level


@pytest.fixture(autouse=True)
def no_windows_left_open():
    """A dialog one test left open (a message box of a closed window) must not be found by the next."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.close()


@pytest.fixture
def paths(isolated_dirs: Path):
    from smartcourse_desktop.system.paths import Paths

    result = Paths.default()
    result.ensure_user_dirs()
    return result


@pytest.fixture
def context(paths, clock):
    from smartcourse_desktop.context import Context

    return Context.create(paths, clock)


@pytest.fixture
def store(paths, clock):
    from smartcourse_desktop.records.store import Store

    db = Store.open(paths.database, clock=clock)
    yield db
    db.close()
