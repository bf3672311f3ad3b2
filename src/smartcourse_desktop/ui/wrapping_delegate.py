"""Item text wrapped to its column instead of cut off with "…": at large text sizes a long lesson or
heading title stays readable in full in a narrow outline (WCAG 1.4.4)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QTreeWidget

UNBOUNDED = 1 << 16


class WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their wrapped text needs at the column's current width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.header().sectionResized.connect(self._relayout)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        width = self._view.header().sectionSize(index.column())
        if index.column() == self._view.header().logicalIndex(0):
            width -= self._view.indentation() * (self._depth(index) + int(self._view.rootIsDecorated()))
        wrapped.rect = QRect(0, 0, max(width, 1), UNBOUNDED)  # a valid rect: the style wraps only within one
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        style = self._view.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), self._view)

    @staticmethod
    def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def _relayout(self, *_args: object) -> None:
        model = self._view.model()
        if model is not None and model.rowCount() > 0:
            self.sizeHintChanged.emit(model.index(0, 0))  # the view lays all rows out again


def wrapping_tree() -> QTreeWidget:
    """A tree widget whose items wrap (a reading's or a PDF's contents)."""
    tree = QTreeWidget()
    tree.setItemDelegate(WrappingDelegate(tree))
    return tree
