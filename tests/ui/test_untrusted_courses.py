"""Under require_signed the window lists only trusted courses and says why the others are missing."""

from __future__ import annotations

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.ui.main_window import MainWindow
from tests.package_factory import COURSE_ID, make_source


def test_unsigned_course_is_not_listed_and_the_reason_is_shown(qtbot, paths, store, tmp_path):
    import_course(make_source(tmp_path / "src"), paths.user_library)
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("require_signed = true\n")
    window = MainWindow(Context.create(paths), store)
    window.complete()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ids = [window.library.model.card(row).installed.course.id for row in range(window.library.model.rowCount())]
    assert COURSE_ID not in ids and ids
    message = window.statusBar().currentMessage()
    assert f"{COURSE_ID}: not signed, and this computer accepts only signed courses" in message
