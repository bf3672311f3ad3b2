""""Did you listen to these on the go?": the exported lessons not done, to tick."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from smartcourse_desktop.courses.model import Lesson


class ComebackDialog(QDialog):
    """Emits `answered(lesson ids)` on Record (ids ticked) or None of them (empty); Not now keeps asking."""

    answered = Signal(list)

    def __init__(self, lessons: list[Lesson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("comebackDialog")
        self.setWindowTitle(self.tr("Did you listen to these on the go?"))
        question = QLabel(self.tr("You took these lessons with you. Tick the ones you listened to; they are recorded "
                                  "as listened to away from the app (self-reported), and your certificate says so."))
        question.setWordWrap(True)
        self.lessons = QListWidget()
        self.lessons.setAccessibleName(self.tr("Lessons you took with you"))
        for lesson in lessons:
            item = QListWidgetItem(lesson.title)
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lessons.addItem(item)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.record_button = buttons.addButton(self.tr("&Record ticked lessons"), role.AcceptRole)
        self.none_button = buttons.addButton(self.tr("N&one of them"), role.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("&Not now"), role.RejectRole)
        for button in (self.record_button, self.none_button, self.later_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.record_button.clicked.connect(lambda: self._answer(self.ticked()))
        self.none_button.clicked.connect(lambda: self._answer([]))
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.lessons)
        layout.addWidget(buttons)

    def ticked(self) -> list[str]:
        items = [self.lessons.item(row) for row in range(self.lessons.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _answer(self, lesson_ids: list[str]) -> None:
        self.answered.emit(lesson_ids)
        self.accept()
