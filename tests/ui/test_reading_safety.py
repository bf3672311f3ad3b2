"""A reading shows and exports only what is in its course, and hostile readings stay responsive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from smartcourse_desktop.ui.reading_browser import CourseDocument
from smartcourse_desktop.ui.reading_view import QUICK_BYTES
from tests.reading_course import COURSE_ID, make_course, payload
from tests.ui.test_reading_view import open_window, reading_of

IMAGE = QTextDocument.ResourceType.ImageResource


def red_png(path: Path) -> Path:
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def svg_pointing_at(target: Path) -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" '
            f'fill="white"/><image href="{target}" width="20" height="20"/></svg>').encode()


def centre(data) -> str:
    image = QImage()
    assert image.loadFromData(data)
    return image.pixelColor(10, 10).name()


@pytest.fixture
def svg_course(paths, tmp_path):
    outside = red_png(tmp_path / "outside.png")
    files = payload()
    files["images/figure.svg"] = svg_pointing_at(outside)
    files["readings/r2.md"] = b"# Figure\n\n![A figure](../images/figure.svg)\n\n![Gone](../../../outside.png)\n"
    folder = make_course(paths.user_library / COURSE_ID, files=files)
    return folder, outside


def test_an_svg_cannot_show_or_export_a_file_from_outside_the_course(qtbot, context, store, svg_course):
    folder, outside = svg_course
    svg = folder / "images" / "figure.svg"
    assert centre(svg.read_bytes()) == "#ff0000"  # Qt itself would draw the outside file
    window = open_window(qtbot, context, store, "r2")
    reading = reading_of(window)
    shown = reading.browser.loadResource(IMAGE, QUrl.fromLocalFile(str(svg)))
    assert shown is not None and centre(shown) == "#ffffff"
    assert reading.browser.loadResource(IMAGE, QUrl.fromLocalFile(str(outside))) is None
    printable = reading.printable()
    assert isinstance(printable, CourseDocument)
    assert centre(printable.loadResource(IMAGE, QUrl.fromLocalFile(str(svg)))) == "#ffffff"
    assert printable.loadResource(IMAGE, QUrl.fromLocalFile(str(outside))) is None


def test_a_hostile_reading_opens_off_the_gui_thread_and_says_what_was_kept(qtbot, context, store, paths):
    files = payload()
    nested = "\n".join("    " * i + "- nested" for i in range(1_200))
    files["readings/r2.md"] = ("# Deep\n\nThe start is kept.\n\n" + nested).encode()
    assert len(files["readings/r2.md"]) > QUICK_BYTES
    make_course(paths.user_library / COURSE_ID, files=files)
    window = open_window(qtbot, context, store, "r2")
    reading = reading_of(window)
    qtbot.waitUntil(lambda: "The start is kept." in reading.toPlainText(), timeout=20_000)
    assert reading.notice.isVisible()
    assert "too large or too deeply nested" in reading.notice.text()
    window.courses.open_lesson("r1")
    assert not reading.notice.isVisible()
