"""One visible focus indicator for the whole application (WCAG 2.4.7, 1.4.11; issue #16).

The styles' own focus rectangles are faint (1.1–1.7:1 in Fusion) and some widgets draw none. So one
ring follows the keyboard focus everywhere, in every window: a 2 px outline just inside the focused
widget's edge, in a colour taken from that widget's palette and chosen for at least 3:1 against the
colours next to it. It works with light, dark and high-contrast palettes alike.

A widget whose area is covered by a native child window (the video picture, which libVLC draws
into) sets the dynamic property `nativeFocusRing`; its ring is a native window stacked above.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from smartcourse_desktop.ui.contrast import NON_TEXT_MINIMUM, contrast_ratio

RING_WIDTH = 2


def adjacent_colours(widget: QWidget) -> list[QColor]:
    """What the ring sits between: the widget's own background and its parent's (and black video)."""
    colours = [widget.palette().color(widget.backgroundRole())]
    parent = widget.parentWidget()
    if parent is not None:
        colours.append(parent.palette().color(parent.backgroundRole()))
    if widget.property("nativeFocusRing"):
        colours.append(QColor("black"))
    return colours


def ring_colour(palette: QPalette, backgrounds: list[QColor]) -> QColor:
    """The first of highlight, text, window text, black and white with 3:1 against every colour in
    `backgrounds`; if none has, the first with 3:1 against the first of them (the pixels the ring
    replaces, WCAG 2.4.11), else whichever contrasts most with it."""
    group = QPalette.ColorGroup.Active
    candidates = [palette.color(group, role) for role in
                  (QPalette.ColorRole.Highlight, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText)]
    candidates += [QColor("black"), QColor("white")]
    for colour in candidates:
        if min(contrast_ratio(colour, background) for background in backgrounds) >= NON_TEXT_MINIMUM:
            return colour
    return max(candidates, key=lambda colour: min(contrast_ratio(colour, backgrounds[0]), NON_TEXT_MINIMUM))


class FocusRing(QWidget):
    """A 2 px frame over the edge of the widget it follows; clicks pass through it."""

    def __init__(self, native: bool = False) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if native:
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.colour = QColor("black")

    def place(self, target: QWidget) -> None:
        old = self.parentWidget()
        if old is not target:
            if old is not None:
                old.removeEventFilter(self)
            self.setParent(target)
            target.installEventFilter(self)  # follows its size even after the focus has left (the video's ring)
        self.colour = ring_colour(target.palette(), adjacent_colours(target))
        self._fit(target)
        self.raise_()
        self.show()

    def _fit(self, target: QWidget) -> None:
        self.setGeometry(target.rect())
        inner = target.rect().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        self.setMask(QRegion(target.rect()).subtracted(QRegion(inner)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self._fit(parent)
        return False

    def leave(self) -> None:
        """The focus went elsewhere. A native ring stays, drawn black like the video's letterbox: once
        unmapped, X11 would leave its pixels on the video surface, which nothing else repaints."""
        if self.testAttribute(Qt.WidgetAttribute.WA_NativeWindow):
            self.colour = QColor("black")
            self.update()
        else:
            self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        QPainter(self).fillRect(QRect(0, 0, self.width(), self.height()), self.colour)


class FocusRings(QObject):
    """Moves the ring to each newly focused widget, and keeps it on the widget's edge as it resizes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        self._rings: dict[bool, FocusRing] = {}
        self._target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def remove(self) -> None:
        """Stop following the focus and delete the rings (tests that look at the style's own focus)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self._focus_changed(None, None)
        for ring in self._rings.values():
            if shiboken6.isValid(ring):
                ring.deleteLater()
        self._rings.clear()
        self.setParent(None)  # no longer found by install_focus_rings
        self.deleteLater()

    def ring(self, native: bool) -> FocusRing:
        ring = self._rings.get(native)
        if ring is None or not shiboken6.isValid(ring):  # deleted with the last widget it sat in
            ring = self._rings[native] = FocusRing(native)
        return ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = new if new is not None and self._wants_ring(new) else None
        for ring in self._rings.values():
            if shiboken6.isValid(ring):
                ring.leave()
        if self._target is not None:
            self._target.installEventFilter(self)
            self.ring(bool(self._target.property("nativeFocusRing"))).place(self._target)

    @staticmethod
    def _wants_ring(widget: QWidget) -> bool:
        return not widget.isWindow() and not isinstance(widget, QMenu) and not isinstance(widget, FocusRing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.Show,
                                                          QEvent.Type.ChildAdded):
            self.ring(bool(watched.property("nativeFocusRing"))).place(self._target)
        return False


def install_focus_rings() -> FocusRings | None:
    """Once per application (the app calls it when its window is first shown and idle, keeping
    Python event filters off the start path); later calls return the same object."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    existing = app.findChild(FocusRings, "focusRings")
    return existing if existing is not None else FocusRings(app)
