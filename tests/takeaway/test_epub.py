"""The module e-book: a valid EPUB 3 zip with a nav document, its images, and every reading's text."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import UTC, datetime

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.reading.markdown import sections
from smartcourse_desktop.takeaway.epub import write_epub
from tests.reading_course import make_course
from tests.takeaway.takeaway_helpers import bundled

XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
MODIFIED = datetime(2026, 1, 1, tzinfo=UTC)


def book(course, module) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    write_epub(course, module, buffer, MODIFIED)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def text_of(archive: zipfile.ZipFile) -> str:
    pages = [n for n in archive.namelist() if n.endswith(".xhtml") and not n.endswith("nav.xhtml")]
    words = [w for n in pages for w in " ".join(ET.fromstring(archive.read(n)).itertext()).split()]
    return " ".join(words)


def test_zip_layout_mimetype_first_and_stored():
    archive = book(bundled(), bundled().modules[0])
    assert archive.testzip() is None
    first = archive.infolist()[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    assert archive.read("mimetype") == b"application/epub+zip"
    assert "META-INF/container.xml" in archive.namelist()


def test_package_has_language_nav_and_a_spine_of_every_page():
    course = bundled()
    archive = book(course, course.modules[0])
    package = ET.fromstring(archive.read("EPUB/package.opf"))
    assert package.find(f"{OPF}metadata/{DC}language").text == "en"
    items = {i.get("href"): i for i in package.iter(f"{OPF}item")}
    assert items["nav.xhtml"].get("properties") == "nav"
    assert set(items) == {n.removeprefix("EPUB/") for n in archive.namelist() if n.startswith("EPUB/")} - {
        "package.opf"}
    nav = ET.fromstring(archive.read("EPUB/nav.xhtml"))
    links = [a.get("href") for a in nav.iter(f"{XHTML}a")]
    by_id = {i.get("id"): i.get("href") for i in items.values()}
    spine = [by_id[ref.get("idref")] for ref in package.iter(f"{OPF}itemref")]
    assert links == spine and len(links) == 4  # reading, two transcripts, reflection questions
    assert [a.text for a in nav.iter(f"{XHTML}a")][-1] == "Reflection questions"


def test_every_reading_and_question_is_in_the_book():
    course = bundled()
    for module in course.modules:
        text = text_of(book(course, module))
        for lesson in module.lessons:
            if lesson.reading:
                for section in sections(course.path_of(lesson.reading).read_text(encoding="utf-8")):
                    assert section.text[:200] in text, (lesson.id, section.title)
        for question in module.reflection_questions:
            assert question in text


def test_figures_and_tables_are_carried_and_course_links_unlinked(tmp_path):
    course = load_course(make_course(tmp_path / "course"))
    archive = book(course, course.modules[0])
    names = set(archive.namelist())
    pages = {n: archive.read(n).decode() for n in names if n.endswith(".xhtml")}
    sources = [src for page in pages.values() for src in re.findall(r'<img [^>]*src="([^"]*)"', page)]
    assert sources == ["images/01.png"]
    assert f"EPUB/{sources[0]}" in names
    assert any("<table>" in page and "Maintenance" in page for page in pages.values())
    assert not any("file:" in page for page in pages.values())
    assert any('href="https://example.org/charter"' in page for page in pages.values())
