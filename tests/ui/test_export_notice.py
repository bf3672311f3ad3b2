"""Every export confirms where it saved the same way: file name, folder, and "Open folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from smartcourse_desktop.takeaway.names import document_name, is_fat_safe
from smartcourse_desktop.ui.export_notice import confirm_saved, suggested_path
from tests.ui.test_reading_view import UrlCatcher


def test_the_notice_names_file_and_folder_and_opens_the_folder(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = tmp_path / "Smart Cities – certificate – Åsa Öberg.pdf"
    box = confirm_saved(parent, saved)
    assert box.isVisible() and box.textFormat() == Qt.TextFormat.PlainText
    assert saved.name in box.text() and str(tmp_path) in box.text()
    button = next(b for b in box.findChildren(QPushButton) if b.text() == "&Open folder")
    assert button.accessibleName()
    opened = UrlCatcher()
    QDesktopServices.setUrlHandler("file", opened, "catch")
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(QUrl(url).toLocalFile()) for url in opened.urls] == [tmp_path]
    qtbot.waitUntil(lambda: not parent.findChildren(QMessageBox))  # deleted on close


def test_suggested_names_are_human_and_fat_safe():
    name = document_name("Smart Cities for City Officials", "certificate", "Åsa Öberg", suffix=".pdf")
    assert name == "Smart Cities for City Officials – certificate – Åsa Öberg.pdf"
    assert document_name("Why: cities?", "notes", "", suffix=".md") == "Why - cities – notes.md"
    assert is_fat_safe(document_name("A/B\\C", "certificate", 'Ann "CON"', suffix=".pdf"))
    assert suggested_path("Course", "progress", suffix=".csv").name == "Course – progress.csv"


def test_esc_closes_the_notice(qtbot, tmp_path: Path):
    """With OK and "Open folder" Qt finds no escape button by itself, and the notice would ignore
    Esc and the title bar's close button."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    box = confirm_saved(parent, tmp_path / "notes.md")
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_save_dialog_starts_in_documents_or_else_home(monkeypatch, tmp_path: Path):
    """A fresh account may have no Documents folder: the dialog would then open in the app's working
    folder (an install folder on an office PC), so the home folder is suggested instead."""
    home = tmp_path / "learner"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    assert suggested_path("Course", "notes", suffix=".md").parent == home
    (home / "Documents").mkdir()
    assert suggested_path("Course", "notes", suffix=".md").parent == home / "Documents"
