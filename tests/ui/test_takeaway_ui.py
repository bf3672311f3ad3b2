"""Take with you… and the come-back prompt, driven as a learner would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop.records.completion import CompletionKind, kind_of
from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
from smartcourse_desktop.ui.comeback_dialog import ComebackDialog
from smartcourse_desktop.ui.takeaway_dialog import TakeawayDialog
from tests.takeaway.takeaway_helpers import files_under
from tests.ui.test_main_window import BUNDLED_ID, make_window


def visible(window, kind):
    return next(d for d in window.findChildren(kind) if d.isVisible())


def test_take_module_one_with_you_then_record_what_was_listened_to(qtbot, context, store, tmp_path):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    assert not [d for d in window.findChildren(ComebackDialog) if d.isVisible()]  # nothing taken away yet
    window.takeaway.takeaway_action.trigger()
    dialog = visible(window, TakeawayDialog)
    assert not dialog.write_button.isEnabled()
    dialog.modules.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.destination, str(tmp_path / "phone"))
    assert "To write: 2.0 MB. Free at the destination:" in dialog.sizes.text()
    assert dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Written to"), timeout=20000)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert len([f for f in files_under(tmp_path / "phone") if f.endswith(".m4a")]) == 2
    saved = next(box for box in dialog.findChildren(QMessageBox, "exportSaved") if box.isVisible())
    assert str(tmp_path / "phone") in saved.text()
    dialog.close()

    window.courses.show_library()
    window.courses.open_course(BUNDLED_ID)
    prompt = visible(window, ComebackDialog)
    assert [prompt.lessons.item(i).text() for i in range(prompt.lessons.count())] == [
        "Two Conversations About the Smart City", "A Walk Through the Sensed City"]
    prompt.lessons.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(prompt.record_button, Qt.MouseButton.LeftButton)
    course = window.navigator.course
    progress = store.course(BUNDLED_ID)
    assert kind_of(course.lesson("m01-audio"), progress.get("m01-audio")) == CompletionKind.LISTENED_ELSEWHERE
    assert kind_of(course.lesson("m01-lecture"), progress.get("m01-lecture")) == CompletionKind.UNDONE

    assert "to go" in window.progress.certificate_action.toolTip()  # offered once the course is completed
    certificate = CertificateDialog(store, context.settings, course, window)
    qtbot.addWidget(certificate)
    listed = {line.title: line.kind for line in certificate.certificate().lessons}
    assert listed == {"A Walk Through the Sensed City": "listened_elsewhere"}
    assert "listened to away from the app (self-reported)" in certificate.preview.toPlainText()

    window.courses.show_library()
    window.courses.open_course(BUNDLED_ID)
    assert not [d for d in window.findChildren(ComebackDialog) if d.isVisible()]  # answered: not asked again


def test_cancel_while_writing_leaves_nothing(qtbot, context, store, tmp_path):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    dialog = window.takeaway.open_dialog(["m01", "m02", "m03"])
    dialog.destination.setText(str(tmp_path / "stick"))
    dialog.write_button.click()
    dialog.task.cancel()  # as the Cancel button does, before the first file is done
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Cancelled"), timeout=20000)
    assert not (tmp_path / "stick").exists()
    assert dialog.write_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_module_context_menu_in_the_outline_preselects_it(qtbot, context, store):
    window = make_window(qtbot, context, store)
    window.courses.open_course(BUNDLED_ID)
    outline = window.courses.page.outline
    module_row = outline.model().index(2, 0)
    at = outline.visualRect(module_row).center()  # right-clicked, in the viewport
    QApplication.sendEvent(outline.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                                 outline.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: window.takeaway.module_menu.isVisible())
    assert not outline.done_action.isVisible() and not outline.undo_action.isVisible()  # a module row
    window.takeaway.module_action.trigger()
    window.takeaway.module_menu.close()
    dialog = visible(window, TakeawayDialog)
    assert dialog.chosen_modules() == ["m03"]
