"""The course page's side panels on a small screen: `panel_fit` decides, this applies it on resize.

The outline, the transcript (with the chapters) and the notes keep a minimum width; when the
window cannot hold them beside the lesson, they collapse (transcript, outline, notes) into toggle
buttons in the course bar. A toggle button opens its panel again, collapsing the next one in its
place; pressed again, it collapses its panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLayout, QMainWindow, QToolButton, QWidget

from smartcourse_desktop.ui.panel_fit import Panel, Size, collapsed_panels, fits
from smartcourse_desktop.ui.panel_popup import PanelPopup, area_beside
from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from smartcourse_desktop.ui.course_page import CoursePage

PICTURE_MIN_WIDTH = 480  # logical pixels: a 480×270 picture above the controls
READING_MIN_CHARS = 56
PANEL_MIN_CHARS = {Panel.TRANSCRIPT: 28, Panel.NOTES: 28}
_NAMES = {Panel.TRANSCRIPT: QT_TRANSLATE_NOOP("PanelCollapse", "Transcript"),
          Panel.OUTLINE: QT_TRANSLATE_NOOP("PanelCollapse", "Outline"),
          Panel.NOTES: QT_TRANSLATE_NOOP("PanelCollapse", "Notes")}
_ACCESSIBLE = {Panel.TRANSCRIPT: QT_TRANSLATE_NOOP("PanelCollapse", "Show the transcript and chapters"),
               Panel.OUTLINE: QT_TRANSLATE_NOOP("PanelCollapse", "Show the course outline"),
               Panel.NOTES: QT_TRANSLATE_NOOP("PanelCollapse", "Show the notes")}


class PanelCollapse(QObject):
    """Watches the window's size. The course page and the notes dock are built later, on first use,
    and handed over with `attach_page` and `attach_notes`."""

    def __init__(self, window: QMainWindow, notes_action: QAction,
                 set_notes_collapsed: Callable[[bool], None]) -> None:
        super().__init__(window)
        self.window, self.notes_action, self._set_notes_collapsed = window, notes_action, set_notes_collapsed
        self.page: CoursePage | None = None
        self.notes: QDockWidget | None = None
        self.toggles: dict[Panel, QToolButton] = {}
        self.preferred: Panel | None = None
        self.collapsed: frozenset[Panel] = frozenset()
        self.popup: PanelPopup | None = None
        self.popped: Panel | None = None  # shown in the popup now
        notes_action.toggled.connect(self._notes_wished)

    # -- wiring --------------------------------------------------------------------------------
    def attach_page(self, page: CoursePage) -> None:
        """From now on the window's minimum is the lesson's, not the sum of every panel's: a learner
        can narrow the window, and panels collapse instead of holding it wide."""
        self.page = page
        self.window.installEventFilter(self)  # not before: the library needs no watching, nor the start-up time
        layout = self.window.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for panel in (Panel.OUTLINE, Panel.TRANSCRIPT, Panel.NOTES):
            button = QToolButton()
            button.setObjectName(f"{panel.value}Toggle")
            button.setText(translate("PanelCollapse", _NAMES[panel]))
            button.setAccessibleName(translate("PanelCollapse", _ACCESSIBLE[panel]))
            button.setToolTip(translate("PanelCollapse", _ACCESSIBLE[panel]))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.hide()
            button.clicked.connect(lambda checked, p=panel: self.open_panel(p) if checked else self.close_panel(p))
            page.add_bar_widget(button)
            self.toggles[panel] = button
        page.lesson_pane.stack.currentChanged.connect(self._lesson_page_changed)
        page.lesson_pane.installEventFilter(self)
        central = self.window.centralWidget()
        if central is not None:
            central.installEventFilter(self)  # a dock shown or hidden (search) resizes it, not the window
        self.update()

    def attach_notes(self, dock: QDockWidget) -> None:
        self.notes = dock
        dock.topLevelChanged.connect(lambda _floating: self.update())
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window.centralWidget():
            QTimer.singleShot(0, self, self.update)  # a dock shown or hidden: it is visible and sized only then
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False

    # -- the learner's buttons -----------------------------------------------------------------
    def open_panel(self, panel: Panel) -> None:
        """Show a collapsed panel: beside the lesson, the next one in the order collapsing if need
        be; or, when it cannot fit there even alone, over the lesson for a moment."""
        lesson, panels = self.minimum_sizes()
        if panel not in panels or fits(self.space(), lesson, [panels[panel]], self.gap()):
            self.preferred = panel
            self.update()
        elif panel is Panel.NOTES and self.notes is not None:
            self.notes.setFloating(True)  # a window of its own; docked again, it collapses again
            self.update()
        else:
            self._pop_up(panel, panels[panel].width)

    def _pop_up(self, panel: Panel, width: int) -> None:
        assert self.page is not None
        if self.popup is None:
            self.popup = PanelPopup(self.window)
            self.popup.closed.connect(self._popup_closed)
        player = self.page.lesson_pane.player
        bottom = player.controls if player is not None and self._player_shown() else None
        width = min(width * 5 // 4, self.page.splitter.width())
        self.popped = panel
        self.popup.show_panel(self._widget(panel), area_beside(self.page.splitter, width, bottom,
                                                               right=panel is Panel.TRANSCRIPT))
        self.toggles[panel].setChecked(True)

    def _popup_closed(self) -> None:
        """Back to the layout, the keyboard back on the panel's button."""
        panel, self.popped = self.popped, None
        self.update()
        if panel is not None and self.toggles[panel].isVisible():
            self.toggles[panel].setFocus(Qt.FocusReason.PopupFocusReason)

    def _lesson_page_changed(self) -> None:
        if self.popup is not None and self.popped is Panel.TRANSCRIPT and not self._player_shown():
            self.popup.close()  # a reading has no transcript to show
        self.update()

    def close_panel(self, panel: Panel) -> None:
        if self.preferred is panel:
            self.preferred = None
        self.update()

    def _notes_wished(self, on: bool) -> None:
        """Turning the notes on asks for room for them."""
        if on:
            self.preferred = Panel.NOTES
        elif self.preferred is Panel.NOTES:
            self.preferred = None
        self.update()

    # -- measuring and applying ----------------------------------------------------------------
    def _player_shown(self) -> bool:
        assert self.page is not None
        pane = self.page.lesson_pane
        return pane.player is not None and pane.stack.currentWidget() is pane.player

    def open_panels(self) -> dict[Panel, QWidget]:
        """The panels the learner has open: the outline, a lecture's transcript, the notes if wanted
        and docked."""
        assert self.page is not None
        pane = self.page.lesson_pane
        panels: dict[Panel, QWidget] = {Panel.OUTLINE: self.page.outline}
        if self._player_shown() and pane.player is not None:
            panels[Panel.TRANSCRIPT] = pane.player.side
        if self.notes is not None and self.notes_action.isChecked() and not self.notes.isFloating():
            panels[Panel.NOTES] = self.notes  # floating notes take no room beside the lesson
        return panels

    def lesson_size(self) -> Size:
        """The lesson's minimum: a lecture's picture keeps PICTURE_MIN_WIDTH (and holds it, as the
        media area's minimum), and no page of the lesson pane gets narrower than it allows."""
        assert self.page is not None
        pane = self.page.lesson_pane
        widest = READING_MIN_CHARS * max(self.page.fontMetrics().averageCharWidth(), 1)
        if pane.player is not None:
            picture = max(PICTURE_MIN_WIDTH, pane.player.controls.minimumSizeHint().width())
            pane.player.media_area.setMinimumWidth(picture if self._player_shown() else 0)
            widest = max(widest, pane.player.media_area.minimumWidth())
        for page in (pane.stack.widget(index) for index in range(pane.stack.count())):
            if page is not None and page is not pane.player:  # the player's own includes the transcript
                widest = max(widest, page.minimumSizeHint().width())
        return Size(widest, self.page.minimumSizeHint().height())

    def minimum_sizes(self) -> tuple[Size, dict[Panel, Size]]:
        """The lesson's minimum size and those of the open panels."""
        assert self.page is not None
        em = max(self.page.fontMetrics().averageCharWidth(), 1)
        sizes = {panel: Size(PANEL_MIN_CHARS.get(panel, 0) * em, widget.minimumSizeHint().height())
                 for panel, widget in self.open_panels().items()}
        sizes[Panel.OUTLINE] = Size(self.page.outline.minimum_width(), sizes[Panel.OUTLINE].height)
        return self.lesson_size(), sizes

    def space(self) -> Size:
        """What the window offers the lesson and the panels: its width less the margins around the
        lesson, and the height of its central area."""
        assert self.page is not None
        chrome = sum(layout.contentsMargins().left() + layout.contentsMargins().right()
                     for layout in (self.page.layout(), self.page.lesson_pane.layout()) if layout is not None)
        central = self.window.centralWidget()
        return Size(self.window.width() - chrome - self._other_docks_width(),
                    central.height() if central else self.window.height())

    def _other_docks_width(self) -> int:
        """The room docked panels other than the notes (the search panel) take beside the page,
        except those sharing the notes' column."""
        window, notes = self.window, self.notes
        notes_area = (window.dockWidgetArea(notes) if notes is not None and notes.isVisible()
                      and not notes.isFloating() else None)
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        return sum(dock.width() + self.gap() for dock in window.findChildren(QDockWidget)
                   if dock is not notes and dock.isVisible() and not dock.isFloating()
                   and window.dockWidgetArea(dock) in sides and window.dockWidgetArea(dock) != notes_area)

    def gap(self) -> int:
        """Room taken beside each panel: a splitter handle or a dock separator, and the margins
        around a panel's content (about 12 pixels in Fusion, measured at 1366×768)."""
        from PySide6.QtWidgets import QStyle  # not on the start path (tests/ui/test_startup.py)

        style = self.window.style()
        separator = style.pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self.window)
        assert self.page is not None
        return max(self.page.splitter.handleWidth(), separator) + 12

    def update(self) -> None:
        if self.page is None:
            return
        lesson, panels = self.minimum_sizes()
        natural = collapsed_panels(self.space(), lesson, panels, None, self.gap())
        if self.preferred is not None and self.preferred not in natural:
            self.preferred = None  # there is room for it anyway
        collapsed = collapsed_panels(self.space(), lesson, panels, self.preferred, self.gap())
        for panel, size in panels.items():
            self._widget(panel).setMinimumWidth(size.width)
        space = self.space()
        self.window.setMinimumSize(lesson.width + self.window.width() - space.width,
                                   lesson.height + self.window.height() - space.height)
        self._apply(collapsed, natural)

    def _widget(self, panel: Panel) -> QWidget:
        assert self.page is not None
        pane = self.page.lesson_pane
        if panel is Panel.OUTLINE:
            return self.page.outline
        if panel is Panel.TRANSCRIPT and pane.player is not None:
            return pane.player.side
        assert self.notes is not None
        return self.notes

    def _apply(self, collapsed: frozenset[Panel], natural: frozenset[Panel]) -> None:
        assert self.page is not None
        self.collapsed = collapsed
        player = self.page.lesson_pane.player
        for panel, widget in ((Panel.OUTLINE, self.page.outline), (Panel.TRANSCRIPT, player.side if player else None)):
            if widget is not None and panel is not self.popped:
                widget.setVisible(panel not in collapsed)
        self._set_notes_collapsed(Panel.NOTES in collapsed)
        for panel, button in self.toggles.items():
            button.setVisible(panel in natural)
            button.setChecked(panel not in collapsed or panel is self.popped)
        self.page.set_bar_action_visible(self.notes_action, Panel.NOTES not in natural)
