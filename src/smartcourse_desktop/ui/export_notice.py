"""How every export confirms where it saved: one notice, the same each time, with "Open folder".

Callers (certificate, notes, progress export, a reading's PDF…) call `confirm_saved` once the
file is written, and `suggested_path` for the name their Save dialog proposes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl

from smartcourse_desktop.takeaway.names import document_name
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.text import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget



def suggested_path(*parts: str, suffix: str) -> Path:
    """Where a Save dialog starts: the Documents folder (the home folder where there is none: the
    dialog would open in the working folder), and a human, FAT-safe name made of `parts`
    ("Smart Cities for City Officials – certificate – Åsa Öberg.pdf")."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return start / document_name(*parts, suffix=suffix)


def confirm_saved(parent: QWidget, path: Path, title: str | None = None) -> QMessageBox:
    """A non-modal notice naming the file and its folder, with a button that opens the folder."""
    from PySide6.QtWidgets import QMessageBox

    text = (translate("ExportNotice", "Saved as “%1” in the folder %2.").replace("%1", path.name)
            .replace("%2", str(path.parent)))
    box = QMessageBox(QMessageBox.Icon.Information, title or translate("ExportNotice", "Saved"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("exportSaved")
    folder = box.addButton(translate("ExportNotice", "&Open folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setAccessibleName(translate("ExportNotice", "Open the folder where the file was saved"))
    folder.clicked.connect(lambda: _open_folder(path.parent))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)  # else Esc and the title bar's × do nothing
    return show_dialog(box)


def _open_folder(folder: Path) -> None:
    from smartcourse_desktop.ui.system_open import open_with_system

    open_with_system(QUrl.fromLocalFile(str(folder)))
