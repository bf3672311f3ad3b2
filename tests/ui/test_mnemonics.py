"""Every button of the certificate, notes and export dialogs has an Alt shortcut (a mnemonic),
and no two controls of one dialog share a letter (walkthrough, issue #16)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
from smartcourse_desktop.ui.export_notice import confirm_saved
from smartcourse_desktop.ui.notes_panel import AllNotesDialog
from tests.ui.test_main_window import BUNDLED_ID


def is_standard(button: QAbstractButton) -> bool:
    """Qt's own Close and OK, which Esc and Enter press (their text comes from Qt's translations)."""
    boxes = [parent for parent in (button.parent(), button.parent().parent()) if parent is not None]
    return any(isinstance(box, QDialogButtonBox | QMessageBox) and bool(box.standardButton(button).value)
               for box in boxes)


def mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    """Each visible button's and buddy label's Alt key → their texts (no key: "")."""
    found: dict[str, list[str]] = {}
    controls = [b for b in dialog.findChildren(QAbstractButton)
                if b.isVisibleTo(dialog) and b.text() and not is_standard(b)]
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    for control in [*controls, *labels]:
        key = QKeySequence.mnemonic(control.text()).toString().removeprefix("Alt+").lower()
        found.setdefault(key, []).append(control.text())
    return found


def assert_mnemonics(dialog: QWidget) -> None:
    keys = mnemonics(dialog)
    assert "" not in keys, f"no Alt shortcut: {keys.get('')}"
    assert all(len(texts) == 1 for texts in keys.values()), f"clashing Alt shortcuts: {keys}"


def test_the_certificate_dialog(qtbot, context, store):
    dialog = CertificateDialog(store, context.settings, context.library.find(BUNDLED_ID).course)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.text().replace("&", "") == "Save as PDF…" and "&" in dialog.save_button.text()
    assert_mnemonics(dialog)


def test_the_notes_dialog(qtbot, context, store):
    dialog = AllNotesDialog(store, context.library.find(BUNDLED_ID).course)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_mnemonics(dialog)


def test_the_export_notice(qtbot, tmp_path: Path):
    parent = QDialog()
    qtbot.addWidget(parent)
    box = confirm_saved(parent, tmp_path / "notes.md")
    assert_mnemonics(box)
