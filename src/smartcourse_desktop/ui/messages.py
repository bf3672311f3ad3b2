"""Non-modal message boxes and Save dialogs (opened with open(), never exec()), so tests and the event loop go on.

Qt's dialog classes are imported when a dialog is first shown, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from smartcourse_desktop.ui.dialogs import show_dialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("message")
    return show_dialog(box)


def warn(parent: QWidget, title: str, text: str) -> QMessageBox:
    return tell(parent, title, text, warning=True)


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A question whose safe answer (Cancel) is the default; `on_yes` runs only on an explicit yes."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("question")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    yes.setAccessibleName(yes_text)
    yes.clicked.connect(on_yes)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return show_dialog(box)


def ask_save_path(parent: QWidget, title: str, suggested: Path, filters: str,
                  on_chosen: Callable[[Path], None]) -> QFileDialog:
    """A non-modal, non-native Save dialog (drivable in tests); `on_chosen` gets the path."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, str(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if suggested.suffix:
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    return show_dialog(dialog)
