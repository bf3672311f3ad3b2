"""A banner above the window's pages for what IT must know: a broken machine policy, read-only portable mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from smartcourse_desktop.context import Context


class PolicyBanner(QToolBar):
    """Fixed at the top, not movable, and hidden when there is nothing to say."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyBanner")
        self.setWindowTitle(self.tr("Machine configuration"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel()
        self.label.setObjectName("policyBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages are not markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.label.setAccessibleName(self.tr("Machine configuration notice"))
        self.label.setAutoFillBackground(True)  # the platform's note colours, so a high-contrast theme applies
        self.label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setMargin(6)
        self.addWidget(self.label)
        self.show_notices(context)

    def show_notices(self, context: Context) -> None:
        lines = []
        if context.policy.restricted:
            lines.append(self.tr("This computer's machine policy cannot be used, so importing courses and sending "
                                 "progress are turned off. Installed courses still play. Tell your IT department:"))
        lines += context.notices
        self.label.setText("\n".join(lines))
        self.label.setAccessibleDescription(self.label.text())  # its name says what it is; this, what it says
        self.setVisible(bool(lines))
