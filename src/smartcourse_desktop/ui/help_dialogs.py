"""The Help and Edit menus' small dialogs: About, the keyboard shortcuts, preferences.

Imported when one is first opened, not at start-up."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop import APP_NAME, __version__
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.dialogs import show_dialog
from smartcourse_desktop.ui.icons import icon
from smartcourse_desktop.ui.text import translate


def about_text(parent: QWidget, root_problems: list[str] | None = None) -> str:
    """Versions, and the course library roots that cannot be used (paths escaped: this is rich text)."""
    from PySide6 import __version__ as pyside_version

    from smartcourse_desktop.media.vlc_backend import libvlc_version

    vlc = libvlc_version() or translate("HelpDialogs", "not installed")
    problems = "".join(f"<br>{html.escape(p)}" for p in root_problems or [])
    if problems:
        problems = "<p>" + translate("HelpDialogs", "Course libraries:") + problems + "</p>"
    return translate("HelpDialogs",
        "<h3>%1 %2</h3><p>An offline player for SmartCourse packages.</p>"
        "<p>Qt %3 (PySide6 %4)<br>libVLC %5</p>"
        "<p>Nothing leaves this computer: no telemetry, no update checks.</p>"
    ).replace("%1", APP_NAME).replace("%2", __version__).replace("%3", qVersion()) \
        .replace("%4", pyside_version).replace("%5", vlc) + problems


def show_about(parent: QWidget, root_problems: list[str] | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, translate("HelpDialogs", "About %1").replace("%1", APP_NAME),
                      about_text(parent, root_problems), QMessageBox.StandardButton.Ok, parent)
    box.setIconPixmap(icon("smartcourse").pixmap(64, 64))
    return show_dialog(box)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, then the reading's and the player's keys."""
    from smartcourse_desktop.ui.player.shortcuts import shortcut_rows as player_rows
    from smartcourse_desktop.ui.reading_view import reading_shortcut_rows

    rows = [
        (action.text().replace("&", ""), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for action in actions
        if not action.shortcut().isEmpty()
    ]
    return rows + reading_shortcut_rows() + player_rows()


def show_preferences(settings: Settings, parent: QWidget, applied: Callable[[list[str]], None],
                     lrs_endpoint_allowed: bool = False) -> QDialog:
    from smartcourse_desktop.ui.i18n import available_languages, translations_dir
    from smartcourse_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, available_languages(translations_dir()), parent, lrs_endpoint_allowed)
    dialog.applied.connect(applied)
    return show_dialog(dialog)


class ShortcutsDialog(QDialog):
    """A table of every shortcut, built from the actions and extra entries that define them."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (action, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(action))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every action can be reached from the keyboard:")))
        layout.addWidget(table)
        note = QLabel(self.tr("The player's keys without Ctrl can be turned off in Edit ▸ Preferences. "
                              "Tab moves from control to control, F6 from pane to pane."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table = table
        self.resize(520, 520)
