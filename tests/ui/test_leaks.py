"""Opening and closing each dialog and menu again and again leaves no objects behind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from smartcourse_desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import BUNDLED_ID
from tests.ui.test_player_window import open_first_lecture

ROUNDS = 10


def live_objects(window: MainWindow) -> Counter[str]:
    """Live QObjects by type: the window's descendants and every top-level widget."""
    objects = [*window.findChildren(QObject), *QApplication.topLevelWidgets()]
    return Counter(type(o).__name__ for o in objects)


def flush_deletes(qtbot) -> None:
    qtbot.wait(1)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def close_open_dialogs(qtbot) -> None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert shown, "the action opened no dialog"
    for dialog in shown:
        dialog.close()
    flush_deletes(qtbot)


def open_and_close_menu(qtbot, menu: QMenu) -> None:
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible)
    menu.close()
    flush_deletes(qtbot)


def test_dialogs_and_menus_opened_ten_times_leave_nothing_behind(qtbot, context, store):
    window = open_first_lecture(qtbot, context, store)
    window.library.select(BUNDLED_ID)
    progress = window.progress
    for lesson in window.courses.page.course.lessons:  # the certificate is offered for a completed course
        store.mark_complete(BUNDLED_ID, lesson.id)
    progress.menu.aboutToShow.emit()
    dialogs: dict[str, Callable[[], object]] = {
        "about": lambda: next(a for a in window.actions() if a.text().startswith("&About")).trigger(),
        "shortcuts": window.show_shortcuts,
        "preferences": window.preferences_action.trigger,
        "all notes": progress.all_notes_action.trigger,
        "certificate": progress.certificate_action.trigger,
        "backups": progress.restore_action.trigger,
        "reset question": progress.reset_action.trigger,
        "export file": progress.export_action.trigger,
        "import file": window.import_action.trigger,
    }
    menus = {"player": window.courses.lesson_pane.player.menu, "progress": progress.menu}

    def one_round() -> None:
        for open_dialog in dialogs.values():
            open_dialog()
            close_open_dialogs(qtbot)
        for menu in menus.values():
            open_and_close_menu(qtbot, menu)

    one_round()  # what is built on first use, and kept, is built now
    before = live_objects(window)
    for _ in range(ROUNDS):
        one_round()
    grown = {kind: n - before[kind] for kind, n in live_objects(window).items() if n > before[kind]}
    assert grown == {}


def test_notices_overviews_popup_and_countdown_used_ten_times_leave_nothing_behind(qtbot, context, store, tmp_path):
    """What the completion, notes, layout and up-next work added: the course-finished and export
    notices, the module overview with its answer boxes, the panel popup and the up-next countdown."""
    from smartcourse_desktop.ui.export_notice import confirm_saved
    from smartcourse_desktop.ui.panel_fit import Panel
    from tests.ui.test_panel_collapse import lecture_window, resized

    window = lecture_window(qtbot, context, store)
    page, panels = window.courses.page, window.panels
    course = page.course
    player = window.courses.lesson_pane.player
    resized(qtbot, window, 560)
    modules = [module for module in course.modules if module.reflection_questions][:2] or course.modules[:2]
    lecture = window.courses.lesson_pane.lesson

    def one_round() -> None:
        window.progress.finished.tell(course)
        close_open_dialogs(qtbot)
        confirm_saved(window, tmp_path / "notes.md")
        close_open_dialogs(qtbot)
        for module in modules:
            window.courses.go_to_module(course.id, module.id)
            qtbot.waitUntil(lambda: window.courses.lesson_pane.overview.isVisible())
        page.outline.select_lesson(lecture.id)
        qtbot.waitUntil(lambda: window.courses.lesson_pane.stack.currentWidget() is player)
        panels.open_panel(Panel.OUTLINE)
        qtbot.waitUntil(lambda: panels.popup is not None and panels.popup.isVisible())
        panels.popup.close()
        qtbot.waitUntil(lambda: panels.popped is None)
        player.up_next.start(lecture, focus=True)
        player.up_next.cancel()
        flush_deletes(qtbot)

    one_round()
    before = live_objects(window)
    for _ in range(ROUNDS):
        one_round()
    grown = {kind: n - before[kind] for kind, n in live_objects(window).items() if n > before[kind]}
    assert grown == {}
