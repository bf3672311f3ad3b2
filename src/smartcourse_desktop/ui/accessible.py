"""What screen readers get beyond Qt's defaults: a combo box named by its label rather than its
value, and polite announcements (captions as they change)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QWidget

_installed = False


class LabelledComboBox(QComboBox):
    """A combo box whose accessible name is its accessibleName ("Playback speed") and whose value is
    the current item ("1.5×"). Qt names a read-only combo box by its current text on Linux, which
    leaves a screen-reader user hearing "1×" with no idea what it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        install()
        super().__init__(parent)


class _LabelledComboInterface(QAccessibleWidget):
    def __init__(self, combo: LabelledComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._combo.accessibleName()
        if kind == QAccessible.Text.Value:
            return self._combo.currentText()
        return super().text(kind)

    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface:
        """The one child: the list of choices, as Qt's own combo box interface has it."""
        return QAccessible.queryAccessibleInterface(self._combo.view())

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child.object() is self._combo.view() else -1


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, LabelledComboBox):
        interface = _LabelledComboInterface(obj)
        obj.__dict__["_accessible"] = interface  # Qt's cache deletes it with the widget; keep the wrapper alive
        return interface
    return None


def install() -> None:
    """Register the interfaces above (once; before the first widget that uses them is shown)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(source: QObject, message: str) -> None:
    """Ask screen readers to speak `message` when they are idle (an ARIA live region, "polite")."""
    if message:
        event = QAccessibleAnnouncementEvent(source, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
