"""A damaged progress database is set aside only when the learner agrees in the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from smartcourse_desktop.ui.application import open_store_with_consent


def damaged(paths):
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    paths.database.write_bytes(b"not a database" * 200)
    return files(paths)


def files(paths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths.database.parent.iterdir() if p.is_file()}


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_no_leaves_the_damaged_database_as_it_is(qtbot, paths, clock):
    before = damaged(paths)
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    assert open_store_with_consent(paths.database, clock) is None
    assert "damaged" in seen[0]
    assert files(paths) == before


def test_yes_keeps_the_damaged_file_and_starts_anew(qtbot, paths, clock):
    before = damaged(paths)
    answer(QMessageBox.StandardButton.Yes, [])
    store = open_store_with_consent(paths.database, clock)
    try:
        assert store is not None and store.moved_aside is not None
        assert store.moved_aside.read_bytes() == before[paths.database.name]
    finally:
        store.close()


def test_a_healthy_database_asks_nothing(qtbot, paths, clock):
    store = open_store_with_consent(paths.database, clock)
    assert store is not None and store.moved_aside is None
    store.close()
