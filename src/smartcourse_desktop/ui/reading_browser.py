"""The reading's text view and its printable copy: both load images from the course folder only
(reading/resources.py), so nothing on screen or in an exported PDF comes from elsewhere."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractSlider, QTextBrowser, QTreeWidget, QWidget

from smartcourse_desktop.reading.limits import DEPTH, HEADINGS, SIZE
from smartcourse_desktop.reading.resources import CourseResources
from smartcourse_desktop.ui.reading_style import line_width
from smartcourse_desktop.ui.text import translate
from smartcourse_desktop.ui.wrapping_delegate import wrapping_tree

log = logging.getLogger(__name__)
_ENDS = {Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
         Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum}


def course_resource(resources: CourseResources | None, kind: int, url: QUrl | str) -> QByteArray | None:
    """An image of the course as bytes (Qt decodes them); None for anything else."""
    url = QUrl(url)
    if resources is None or not url.isLocalFile() or kind != QTextDocument.ResourceType.ImageResource:
        log.info("not loading %s", url.toString()[:200])
        return None
    data = resources.load(Path(url.toLocalFile()))
    return QByteArray(data) if data is not None else None


class ReadingBrowser(QTextBrowser):
    """A text browser that loads nothing from outside its course folder, and keeps lines short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resources: CourseResources | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Reading text"))

    def set_root(self, root: Path) -> None:
        if self.resources is None or self.resources.root != root.resolve():
            self.resources = CourseResources(root)

    def loadResource(self, kind: int, url: QUrl | str):
        if QUrl(url).scheme() == "data":
            return super().loadResource(kind, url)
        return course_resource(self.resources, kind, url)

    def fit_line_width(self) -> None:
        side = max(24.0, (self.viewport().width() - line_width(self.document().defaultFont())) / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if abs(frame.leftMargin() - side) > 0.5:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            root.setFrameFormat(frame)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Home and Ctrl+End go to the start and end, as Home and End do: a read-only
        QTextBrowser without keyboard selection handles only the plain keys."""
        action = _ENDS.get(Qt.Key(event.key()))
        if action is not None and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.verticalScrollBar().triggerAction(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_line_width()

    def go_to(self, anchor: str) -> None:
        """Scroll to a heading and put the text cursor on it: a screen reader follows the cursor,
        not the scroll bar, so from the contents it goes on reading at that heading."""
        self.scrollToAnchor(anchor)
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                if anchor in fragments.fragment().charFormat().anchorNames():
                    cursor = QTextCursor(block)
                    self.setTextCursor(cursor)
                    return
                fragments += 1
            block = block.next()

    def reveal(self, anchor: str, terms: list[str], phrase: str = "") -> None:
        """Scroll to a search hit and select it: `phrase` (the words leading up to the hit) after
        the heading `anchor` if it is found, else the first of `terms` found there."""
        start = 0
        if anchor:
            self.scrollToAnchor(anchor)
            start = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        document = self.document()
        found = document.find(phrase, start) if phrase else None
        if found is not None and not found.isNull() and terms:
            found.setPosition(found.selectionEnd() - len(phrase.split()[-1]))
            found.setPosition(found.position() + len(phrase.split()[-1]), QTextCursor.MoveMode.KeepAnchor)
        else:
            found = next((c for c in (document.find(t, start) for t in terms) if not c.isNull()), None)
        if found is not None and not found.isNull():
            self.setTextCursor(found)
            self.ensureCursorVisible()
            self._place_third_down()

    def _place_third_down(self) -> None:
        """Scroll so the selection sits a third of the way down, with its context above it."""
        bar = self.verticalScrollBar()
        top = self.cursorRect().top()
        bar.setValue(bar.value() + top - self.viewport().height() // 3)


def contents_tree() -> QTreeWidget:
    """The reading's contents: headings whose long titles wrap rather than being cut off."""
    return wrapping_tree()


def limits_notice(view: QWidget, limited: tuple[str, ...]) -> str:
    """What the learner is told when a reading hit the limits of reading/limits.py."""
    kept = {SIZE: translate("ReadingBrowser", "only its first part is shown"),
            DEPTH: translate("ReadingBrowser", "deeply nested parts are flattened"),
            HEADINGS: translate("ReadingBrowser", "only its first headings are in the contents")}
    details = "; ".join(kept[name] for name in limited if name in kept)
    notice = translate("ReadingBrowser", "This reading is too large or too deeply nested to show in full: %1.")
    return notice.replace("%1", details)


class CourseDocument(QTextDocument):
    """A document for print and PDF export with the same loading rule as the view."""

    def __init__(self, resources: CourseResources | None) -> None:
        super().__init__()
        self.resources = resources

    def loadResource(self, kind: int, url: QUrl | str):
        if QUrl(url).scheme() == "data":
            return super().loadResource(kind, url)
        return course_resource(self.resources, kind, url)
