"""Beside the library's cards: what the selected course is, and buttons to open or continue it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smartcourse_desktop.ui.library_model import CourseCard
from smartcourse_desktop.ui.text import duration_text, embedded, plain, size_text


class CourseDetails(QFrame):
    """Emits `open_requested(course_id)` and `continue_requested(course_id)`."""

    open_requested = Signal(str)
    continue_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._course_id = ""
        self.title = plain(QLabel())
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = plain(QLabel())
        self.facts.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("detailsBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open course"))
        self.open_button.setAccessibleDescription(self.tr("Open the selected course"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self._course_id))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleDescription(self.tr("Continue the selected course where you left off"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(lambda: self.continue_requested.emit(self._course_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        self.show_card(None)

    def show_card(self, card: CourseCard | None) -> None:
        self.setVisible(card is not None)
        if card is None:
            self._course_id = ""
            return
        course = card.installed.course
        self._course_id = course.id
        self.title.setText(course.title)
        facts = self.tr("%1 · %n module(s) · %2 · %3% complete", "", len(course.modules)) \
            .replace("%1", embedded(course.publisher)).replace("%2", duration_text(course.duration)) \
            .replace("%3", str(round(card.progress * 100)))
        if card.disk_size is not None:
            facts += " · " + self.tr("%1 on disk").replace("%1", size_text(card.disk_size))
        self.facts.setText(facts)
        self.continue_button.setText(self.tr("Review") if card.progress >= 1 else
                                     self.tr("Continue") if card.progress > 0 else self.tr("Start"))
        modules = "".join(f"<li>{html.escape(m.title)}</li>" for m in course.modules)
        heading, licence = self.tr("Modules"), self.tr("Licence: %1").replace("%1", course.license)
        self.body.setText(f"<p>{html.escape(course.description)}</p>"
                          f"<p><b>{html.escape(heading)}</b></p><ol>{modules}</ol><p>{html.escape(licence)}</p>")
