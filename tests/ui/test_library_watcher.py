"""The open window follows courses installed or removed by another program (the command line)."""

from __future__ import annotations

import pytest

from smartcourse_desktop.app import main
from smartcourse_desktop.courses.importer import import_course, target_root
from smartcourse_desktop.ui.main_window import MainWindow
from tests.package_factory import COURSE_ID
from tests.ui.test_import_flow import package, titles
from tests.ui.test_main_window import make_window


@pytest.fixture
def window(qtbot, context, store) -> MainWindow:
    return make_window(qtbot, context, store)


def test_a_course_imported_through_the_core_shows_in_the_open_window(qtbot, window, context, tmp_path):
    assert "Demo course" not in titles(window)
    import_course(package(tmp_path), target_root(context.library, context.policy, system=False))
    qtbot.waitUntil(lambda: "Demo course" in titles(window), timeout=10000)


def test_a_course_removed_from_the_command_line_leaves_the_open_window(qtbot, window, context, tmp_path):
    import_course(package(tmp_path), target_root(context.library, context.policy, system=False))
    qtbot.waitUntil(lambda: "Demo course" in titles(window), timeout=10000)
    assert main(["remove", COURSE_ID]) == 0
    qtbot.waitUntil(lambda: "Demo course" not in titles(window), timeout=10000)


def test_the_open_course_removed_elsewhere_returns_to_the_library(qtbot, window, context, tmp_path):
    import_course(package(tmp_path), target_root(context.library, context.policy, system=False))
    qtbot.waitUntil(lambda: "Demo course" in titles(window), timeout=10000)
    assert window.courses.open_course(COURSE_ID)
    assert main(["remove", COURSE_ID]) == 0
    qtbot.waitUntil(lambda: window.navigator.course is None, timeout=10000)
    assert not window.courses.on_course_page()


def test_a_library_folder_made_by_the_first_import_is_watched_from_its_parent(qtbot, context, store, paths,
                                                                                 tmp_path):
    import shutil

    if paths.user_library.exists():
        shutil.rmtree(paths.user_library)
    window = MainWindow(context, store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    assert str(paths.user_library.parent) in window.library.watcher.folders()
    import_course(package(tmp_path), target_root(context.library, context.policy, system=False))
    qtbot.waitUntil(lambda: "Demo course" in titles(window), timeout=10000)
    qtbot.waitUntil(lambda: str(paths.user_library) in window.library.watcher.folders())
