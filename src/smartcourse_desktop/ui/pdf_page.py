"""One rendered PDF page (the picture, find highlights and a mouse selection, in page points),
and printing the pages of a PDF."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from smartcourse_desktop.reading.pdf import Box, PdfReading, RenderedPage

DRAG_MIN_PX = 4


def page_image(page: RenderedPage) -> QImage:
    """A QImage that owns a copy of PDFium's BGRx pixels."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()


class PdfPageWidget(QWidget):
    """Emits `clicked(x, y)` and `selected(Box)` in PDF points from the page's top left."""

    clicked = Signal(float, float)
    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPage")
        self.setAccessibleName(self.tr("PDF page"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.image = QImage()
        self.scale = 1.0
        self.highlights: list[Box] = []
        self.current: list[Box] = []
        self.selection: Box | None = None
        self._press: QPointF | None = None

    def set_page(self, image: QImage, scale: float) -> None:
        self.image, self.scale = image, scale
        self.selection = None
        self.setFixedSize(image.deviceIndependentSize().toSize())
        self.update()

    def set_highlights(self, boxes: list[Box], current: list[Box]) -> None:
        self.highlights, self.current = boxes, current
        self.update()

    def sizeHint(self) -> QSize:
        return self.image.size()

    def rect_of(self, box: Box) -> QRect:
        s = self.scale
        return QRectF(box.left * s, box.top * s, (box.right - box.left) * s, (box.bottom - box.top) * s).toRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        for boxes, color in ((self.highlights, QColor(255, 220, 0, 90)), (self.current, QColor(255, 140, 0, 150))):
            for box in boxes:
                painter.fillRect(self.rect_of(box).adjusted(-1, -1, 1, 1), color)
        if self.selection is not None:
            painter.fillRect(self.rect_of(self.selection), QColor(50, 120, 220, 70))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self.selection = self._box(self._press, event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, self._press = self._press, None
        if (event.position() - start).manhattanLength() < DRAG_MIN_PX:
            self.selection = None
            self.update()
            self.clicked.emit(start.x() / self.scale, start.y() / self.scale)
            return
        self.selection = self._box(start, event.position())
        self.update()
        self.selected.emit(self.selection)

    def _box(self, a: QPointF, b: QPointF) -> Box:
        s = self.scale
        return Box(min(a.x(), b.x()) / s, min(a.y(), b.y()) / s, max(a.x(), b.x()) / s, max(a.y(), b.y()) / s)


def ask_print_pdf(parent: QWidget, pdf: PdfReading) -> QPrintDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf.path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pdf.page_count)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: print_pages(pdf, printer))
    QDialog.open(dialog)  # QPrintDialog.open() itself wants a receiver and a slot
    return dialog


def print_pages(pdf: PdfReading, printer: QPrinter) -> None:
    """Each page (or the chosen range) on its own sheet, scaled to fit."""
    first = max(printer.fromPage(), 1) - 1
    last = min((printer.toPage() or pdf.page_count) - 1, pdf.page_count - 1)
    painter = QPainter(printer)
    for page in range(first, last + 1):
        if page > first:
            printer.newPage()
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        width, height = pdf.page_size(page)
        scale = min(area.width() / width, area.height() / height)
        painter.drawImage(QRectF(0, 0, width * scale, height * scale), page_image(pdf.render(page, scale)))
    painter.end()
