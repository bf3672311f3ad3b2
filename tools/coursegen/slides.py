"""Render lecture slides as 1280x720 PNGs with QPainter (large type, high contrast)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPainter

from coursegen.script import Segment

WIDTH, HEIGHT = 1280, 720
MARGIN = 80
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FAMILY = "DejaVu Sans"
# Colours: near-white on dark navy gives a contrast ratio of about 16:1 (WCAG AAA needs 7:1).
BACKGROUND = QColor("#0b1d36")
TEXT = QColor("#f7f9fc")
MUTED = QColor("#c9d4e3")
ACCENT = QColor("#ffc857")
FOOTER_TOP = HEIGHT - 64
# (title px, point px, gap between points px): tried in order until the slide fits.
SIZES = ((60, 44, 26), (58, 42, 20), (56, 40, 14))


@dataclass(frozen=True)
class SlideContext:
    course_title: str
    module_label: str
    number: int
    total: int


def ensure_app() -> QGuiApplication:
    """An offscreen QGuiApplication with the DejaVu fonts registered (idempotent)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])
    if FAMILY not in QFontDatabase.families():
        for name in FONT_FILES:
            if QFontDatabase.addApplicationFont(str(FONT_DIR / name)) < 0:
                raise RuntimeError(f"cannot load font {FONT_DIR / name} (apt install fonts-dejavu-core)")
    return app  # type: ignore[return-value]


def font(pixels: int, bold: bool = False) -> QFont:
    result = QFont(FAMILY)
    result.setPixelSize(pixels)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap to a pixel width."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


@dataclass(frozen=True)
class Layout:
    title_font: QFont
    point_font: QFont
    title_lines: list[str]
    point_lines: list[list[str]]
    gap: int

    def height(self) -> float:
        title = QFontMetricsF(self.title_font).lineSpacing() * len(self.title_lines)
        spacing = QFontMetricsF(self.point_font).lineSpacing() * 1.08
        points = sum(spacing * len(lines) + self.gap for lines in self.point_lines)
        return title + 56 + points


def layout(slide: Segment) -> Layout:
    """Pick the largest type sizes at which the slide fits above the footer."""
    for title_px, point_px, gap in SIZES:
        title_font, point_font = font(title_px, bold=True), font(point_px)
        title_lines = wrap(slide.title, QFontMetricsF(title_font), WIDTH - 2 * MARGIN)
        point_metrics = QFontMetricsF(point_font)
        point_lines = [wrap(p, point_metrics, WIDTH - 2 * MARGIN - 56) for p in slide.points]
        result = Layout(title_font, point_font, title_lines, point_lines, gap)
        if result.height() <= FOOTER_TOP - 48 - 24:
            return result
    raise ValueError(f"slide {slide.title!r} does not fit at the minimum type size")


def draw_title(painter: QPainter, lay: Layout, top: float) -> float:
    metrics = QFontMetricsF(lay.title_font)
    painter.setFont(lay.title_font)
    painter.setPen(TEXT)
    for line in lay.title_lines:
        painter.drawText(QPointF(MARGIN, top + metrics.ascent()), line)
        top += metrics.lineSpacing()
    painter.fillRect(QRectF(MARGIN, top + 16, 140, 8), ACCENT)
    return top + 56


def draw_points(painter: QPainter, lay: Layout, top: float) -> None:
    metrics = QFontMetricsF(lay.point_font)
    spacing = metrics.lineSpacing() * 1.08
    painter.setFont(lay.point_font)
    for lines in lay.point_lines:
        radius = metrics.xHeight() * 0.36
        painter.setBrush(ACCENT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(MARGIN + 14, top + metrics.ascent() - metrics.xHeight() / 2), radius, radius)
        painter.setPen(TEXT)
        for line in lines:
            painter.drawText(QPointF(MARGIN + 56, top + metrics.ascent()), line)
            top += spacing
        top += lay.gap


def draw_footer(painter: QPainter, context: SlideContext) -> None:
    footer = font(24)
    metrics = QFontMetricsF(footer)
    painter.fillRect(QRectF(0, FOOTER_TOP, WIDTH, 2), MUTED)
    painter.setFont(footer)
    painter.setPen(MUTED)
    number = f"{context.number} / {context.total}"
    number_width = metrics.horizontalAdvance(number)
    label = f"{context.course_title}  ·  {context.module_label}"
    label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, WIDTH - 2 * MARGIN - number_width - 40)
    baseline = FOOTER_TOP + (HEIGHT - FOOTER_TOP + metrics.ascent() - metrics.descent()) / 2
    painter.drawText(QPointF(MARGIN, baseline), label)
    painter.drawText(QPointF(WIDTH - MARGIN - number_width, baseline), number)


def render_slide(slide: Segment, context: SlideContext) -> QImage:
    """Draw one slide: title with an accent bar, bulleted key points, a footer."""
    ensure_app()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    lay = layout(slide)
    draw_points(painter, lay, draw_title(painter, lay, 48))
    draw_footer(painter, context)
    painter.end()
    return image


def write_slides(slides: tuple[Segment, ...], course_title: str, module_label: str, folder: Path) -> list[Path]:
    """Render every slide of a lecture to `folder/slide-NN.png`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, slide in enumerate(slides, start=1):
        path = folder / f"slide-{number:02d}.png"
        context = SlideContext(course_title, module_label, number, len(slides))
        if not render_slide(slide, context).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        paths.append(path)
    return paths
