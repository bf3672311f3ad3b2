"""One EPUB 3 per module: its readings, transcripts and reflection questions.

The text goes through the app's own Markdown renderer and sanitiser (reading/markdown.py), then is
re-serialised as XHTML. Images inside the course are carried in the book; links to course files
become plain text; remote images stay placeholders. The zip's first entry is `mimetype`, stored.
"""

from __future__ import annotations

import html
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from smartcourse_desktop.courses.model import Course, Module
from smartcourse_desktop.reading.markdown import ReadingSource, render_markdown

VOID = {"br", "hr", "img", "col", "wbr"}
MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".svg": "image/svg+xml", ".webp": "image/webp"}
CONTAINER = ('<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
             'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
             '<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>'
             '</rootfiles></container>\n')


@dataclass
class _Book:
    language: str
    chapters: list[tuple[str, str, str]] = field(default_factory=list)  # file name, title, body
    images: dict[Path, str] = field(default_factory=dict)  # course file -> name in the book


def write_epub(course: Course, module: Module, target: BinaryIO, modified: datetime) -> None:
    book = _Book(course.languages[0] if course.languages else "en")
    for lesson in module.lessons:
        for relative, label in ((lesson.reading, ""), (lesson.transcript, "Transcript: ")):
            if relative and relative.lower().endswith(".md"):
                path = course.path_of(relative)
                source = ReadingSource(path, course.path_of(""), {}, course.id, lesson.id)
                body = to_xhtml(render_markdown(path.read_text(encoding="utf-8"), source).html, book)
                book.chapters.append((f"c{len(book.chapters) + 1:02d}.xhtml", label + lesson.title, body))
    if module.reflection_questions:
        items = "".join(f"<li>{html.escape(q)}</li>" for q in module.reflection_questions)
        book.chapters.append((f"c{len(book.chapters) + 1:02d}.xhtml", "Reflection questions", f"<ol>{items}</ol>"))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("EPUB/package.opf", _package(course, module, book, modified))
        archive.writestr("EPUB/nav.xhtml", _page(book.language, module.title, _nav(module.title, book), nav=True))
        for name, title, body in book.chapters:
            archive.writestr(f"EPUB/{name}", _page(book.language, title, f"<h1>{html.escape(title)}</h1>{body}"))
        for path, name in book.images.items():
            archive.write(path, f"EPUB/{name}")


def to_xhtml(rendered: str, book: _Book) -> str:
    """Sanitised HTML as well-formed XHTML, with course images carried and course links unlinked."""
    parser = _Xhtml(book)
    parser.feed(rendered)
    parser.close()
    return "".join(parser.out)


class _Xhtml(HTMLParser):
    def __init__(self, book: _Book) -> None:
        super().__init__(convert_charrefs=True)
        self.book = book
        self.out: list[str] = []
        self.unlinked = 0  # depth of <a> whose link was dropped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "a" and not _kept_link(values.get("href", "")):
            self.unlinked += 1
            self.out.append("<span>")
            return
        if tag == "img":
            values["src"] = self._image(values.get("src", ""))
            values.setdefault("alt", "")
        text = "".join(f' {name}="{html.escape(value)}"' for name, value in values.items())
        self.out.append(f"<{tag}{text} />" if tag in VOID else f"<{tag}{text}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.unlinked:
            self.unlinked -= 1
            self.out.append("</span>")
        elif tag not in VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def _image(self, src: str) -> str:
        parts = urlsplit(src)
        if parts.scheme != "file":
            return ""
        path = Path(unquote(parts.path))
        if path not in self.book.images:
            self.book.images[path] = f"images/{len(self.book.images) + 1:02d}{path.suffix.lower()}"
        return self.book.images[path]


def _kept_link(href: str) -> bool:
    return href.startswith("#") or urlsplit(href).scheme in ("http", "https", "mailto")


def _page(language: str, title: str, body: str, nav: bool = False) -> str:
    namespace = ' xmlns:epub="http://www.idpf.org/2007/ops"' if nav else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"{namespace} lang="{language}" xml:lang="{language}">'
            f"<head><meta charset=\"utf-8\" /><title>{html.escape(title)}</title></head><body>{body}</body></html>\n")


def _nav(title: str, book: _Book) -> str:
    items = "".join(f'<li><a href="{name}">{html.escape(t)}</a></li>' for name, t, _ in book.chapters)
    return f'<nav epub:type="toc" id="toc"><h1>{html.escape(title)}</h1><ol>{items}</ol></nav>'


def _package(course: Course, module: Module, book: _Book, modified: datetime) -> str:
    esc = html.escape
    items = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>']
    items += [f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>'
              for i, (name, _, _) in enumerate(book.chapters, 1)]
    items += [f'<item id="i{i}" href="{name}" media-type="{MEDIA_TYPES.get(Path(name).suffix, "image/png")}"/>'
              for i, name in enumerate(book.images.values(), 1)]
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(1, len(book.chapters) + 1))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"'
        f' xml:lang="{book.language}">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">urn:smartcourse:{esc(course.id)}:{esc(course.version)}:{esc(module.id)}'
        "</dc:identifier>"
        f"<dc:title>{esc(module.title)} – {esc(course.title)}</dc:title>"
        f"<dc:language>{esc(book.language)}</dc:language><dc:creator>{esc(course.publisher)}</dc:creator>"
        f'<meta property="dcterms:modified">{modified.strftime("%Y-%m-%dT%H:%M:%SZ")}</meta>'
        f"</metadata><manifest>{''.join(items)}</manifest><spine>{spine}</spine></package>\n"
    )
