"""The transcript beside the video: the current cue highlighted, a click seeks, a box searches."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from smartcourse_desktop.media.captions import Captions
from smartcourse_desktop.records.notes import clock


class TranscriptPanel(QWidget):
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPanel")
        self._captions: Captions | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the transcript"))
        self.search.setAccessibleName(self.tr("Search the transcript"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.matches = QLabel()
        self.matches.setObjectName("transcriptMatches")
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Transcript"))
        self.lines.setWordWrap(True)
        self.lines.setAlternatingRowColors(True)
        self.lines.itemActivated.connect(self._activated)
        self.lines.itemClicked.connect(self._activated)
        self.empty = QLabel(self.tr("This lecture has no transcript."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.matches, self.lines, self.empty):
            layout.addWidget(widget)
        self.set_captions(None)

    def set_captions(self, captions: Captions | None) -> None:
        """Show a lecture's transcript from its beginning, with no search left over from the last one."""
        self._captions = captions
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.lines.clear()
        for cue in captions.cues if captions else ():
            item = QListWidgetItem(f"{clock(cue.start)}  {' '.join(cue.text.split())}")
            item.setData(Qt.ItemDataRole.UserRole, cue.start)
            self.lines.addItem(item)
        has_lines = bool(captions and len(captions))
        for widget in (self.search, self.lines):
            widget.setVisible(has_lines)
        self.empty.setVisible(not has_lines)
        self._filter("")
        self.lines.scrollToTop()

    def set_current(self, index: int | None) -> None:
        """Highlight the cue being spoken, without taking the keyboard focus."""
        if index is None or index >= self.lines.count():
            return
        if self.lines.currentRow() != index:
            self.lines.setCurrentRow(index)
            self.lines.scrollToItem(self.lines.item(index))

    def _filter(self, query: str) -> None:
        if self._captions is None:
            self.matches.setText("")
            return
        found = set(self._captions.search(query)) if query.strip() else set(range(len(self._captions)))
        for row in range(self.lines.count()):
            self.lines.item(row).setHidden(row not in found)
        self.matches.setVisible(bool(query.strip()))
        self.matches.setText(self.tr("%n line(s) found", "", len(found)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.seek_requested.emit(float(item.data(Qt.ItemDataRole.UserRole)))
