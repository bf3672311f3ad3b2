"""Every dialog opens through `show_dialog`, so none is left behind after it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound="QDialog")


def show_dialog(dialog: D) -> D:
    """Open `dialog` without blocking (window-modal, `open()`), and delete it once it closes, so
    that opening a dialog again and again leaves nothing behind."""
    from PySide6.QtWidgets import QDialog

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QDialog.open(dialog)  # PySide6 binds only QPrintDialog.open(receiver, member), hiding QDialog.open()
    return dialog
