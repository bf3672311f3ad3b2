"""PDF readings through PDFium (pypdfium2), Qt-free: open with limits, page text, outline, links, pages
rendered to plain pixel buffers.

A PDF comes from a course package, so it is untrusted. PDFium runs no JavaScript here (the form
environment, which hosts it, is never initialised), never loads external files or fetches from the
network, and the app opens a link only after asking. Caps on file size and page count refuse
oversized files before any page is parsed; text extraction stops at a time budget.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _

log = logging.getLogger(__name__)

MiB = 1 << 20
# PDFium keeps global state and is not thread-safe: every call goes through this lock.
PDFIUM_LOCK = threading.RLock()


class PdfError(SmartCourseError):
    """A PDF reading cannot be opened: damaged, too large, or protected."""


@dataclass(frozen=True)
class PdfLimits:
    max_bytes: int = 200 * MiB
    max_pages: int = 3000
    text_seconds: float = 30.0
    max_render_pixels: int = 40_000_000


@dataclass(frozen=True)
class OutlineEntry:
    title: str
    level: int
    page: int | None


class LinkKind(StrEnum):
    PAGE = "page"
    WEB = "web"
    BLOCKED = "blocked"  # launch a program, open another file, JavaScript…


@dataclass(frozen=True)
class PdfLink:
    kind: LinkKind
    page: int | None = None
    url: str = ""


@dataclass(frozen=True)
class RenderedPage:
    """A page as 32-bit BGRA pixels (QImage.Format_RGB32 order on little-endian machines)."""

    width: int
    height: int
    stride: int
    pixels: bytes


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float


class PdfReading:
    """An open PDF. Page indexes are 0-based; coordinates are PDF points from the page's top left."""

    def __init__(self, path: Path, limits: PdfLimits = PdfLimits()) -> None:
        self.path = path
        self.limits = limits
        self._doc = _open(path, limits)
        self.closed = False
        self.page_count = len(self._doc)
        self._sizes = [self._doc.get_page_size(i) for i in range(self.page_count)]

    def close(self) -> None:
        with PDFIUM_LOCK:
            if not self.closed:
                self.closed = True
                self._doc.close()

    def _page(self, index: int) -> pdfium.PdfPage:
        """A page of the open document (call with PDFIUM_LOCK held); a closed one raises PdfError,
        so a background task that outlived its document cannot touch freed memory."""
        if self.closed:
            raise PdfError(_("{name}: closed").format(name=self.path.name))
        return self._doc[index]

    def page_size(self, index: int) -> tuple[float, float]:
        return self._sizes[index]

    def page_text(self, index: int) -> str:
        with PDFIUM_LOCK:
            page = self._page(index)
            text = page.get_textpage().get_text_range()
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def texts(self) -> Iterator[tuple[int, str]]:
        """(page index, text) of each page, stopping quietly at the time budget."""
        deadline = time.monotonic() + self.limits.text_seconds
        for index in range(self.page_count):
            if time.monotonic() > deadline:
                log.warning("%s: text extraction stopped at page %d (time limit)", self.path.name, index + 1)
                return
            yield index, self.page_text(index)

    def outline(self) -> list[OutlineEntry]:
        with PDFIUM_LOCK:
            entries = []
            self._page(0)
            for item in self._doc.get_toc(max_depth=8):
                dest = item.get_dest()
                page = dest.get_index() if dest is not None else None
                entries.append(OutlineEntry(item.get_title() or "", item.level, page))
        return entries

    def render(self, index: int, scale: float) -> RenderedPage:
        width, height = self._sizes[index]
        pixels = width * height * scale * scale
        if pixels > self.limits.max_render_pixels:
            scale *= (self.limits.max_render_pixels / pixels) ** 0.5
        with PDFIUM_LOCK:
            try:
                bitmap = self._page(index).render(scale=scale, may_draw_forms=False, prefer_bgrx=True)
            except pdfium.PdfiumError as exc:
                raise PdfError(_("{name}: page {page} cannot be shown ({exc})").format(
                    name=self.path.name, page=index + 1, exc=exc)) from None
            w, h, stride = bitmap.width, bitmap.height, bitmap.stride
            data = bytes(ctypes.string_at(bitmap.buffer, stride * h))
            bitmap.close()
        return RenderedPage(w, h, stride, data)

    def find(self, index: int, query: str) -> list[list[Box]]:
        """The boxes of every match of `query` on a page (one list of boxes per match)."""
        if not query.strip():
            return []
        with PDFIUM_LOCK:
            textpage = self._page(index).get_textpage()
            searcher = textpage.search(query, match_case=False)
            matches = []
            while (found := searcher.get_next()) is not None:
                start, count = found
                matches.append(self._boxes(textpage, index, start, count))
        return matches

    def text_in(self, index: int, box: Box) -> str:
        """The text inside a box of a page (a selection made with the mouse)."""
        height = self._sizes[index][1]
        with PDFIUM_LOCK:
            textpage = self._page(index).get_textpage()
            text = textpage.get_text_bounded(box.left, height - box.bottom, box.right, height - box.top)
        return text.replace("\r\n", "\n")

    def link_at(self, index: int, x: float, y: float) -> PdfLink | None:
        """The link under a point, if any; only in-document and web links are ever followed."""
        height = self._sizes[index][1]
        with PDFIUM_LOCK:
            page = self._page(index)
            handle = pdfium_c.FPDFLink_GetLinkAtPoint(page, x, height - y)
            if not handle:
                return None
            return _link(self._doc, handle)

    def _boxes(self, textpage: pdfium.PdfTextPage, index: int, start: int, count: int) -> list[Box]:
        height = self._sizes[index][1]
        boxes = []
        for n in range(textpage.count_rects(start, count)):
            left, bottom, right, top = textpage.get_rect(n)
            boxes.append(Box(left, height - top, right, height - bottom))
        return boxes


def _open(path: Path, limits: PdfLimits) -> pdfium.PdfDocument:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PdfError(_("{file}: cannot read ({problem})").format(file=path.name, problem=exc.strerror or exc)) \
            from None
    if size > limits.max_bytes:
        raise PdfError(_("{file}: {size} MiB is over the {limit} MiB limit for a PDF")
                       .format(file=path.name, size=size // MiB, limit=limits.max_bytes // MiB))
    try:
        with PDFIUM_LOCK:
            doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        protected = "password" in str(exc).lower()
        reason = _("it is password-protected") if protected else _("the file is damaged or not a PDF")
        raise PdfError(_("{file}: cannot open this PDF ({reason})").format(file=path.name, reason=reason)) from None
    if len(doc) == 0 or len(doc) > limits.max_pages:
        pages = len(doc)
        doc.close()
        raise PdfError(_("{file}: {pages} pages (a PDF reading may have 1 to {limit})")
                       .format(file=path.name, pages=pages, limit=limits.max_pages))
    return doc


def _link(doc: pdfium.PdfDocument, handle: pdfium_c.FPDF_LINK) -> PdfLink:
    action = pdfium_c.FPDFLink_GetAction(handle)
    kind = pdfium_c.FPDFAction_GetType(action) if action else pdfium_c.PDFACTION_GOTO
    if kind == pdfium_c.PDFACTION_GOTO:
        dest = pdfium_c.FPDFAction_GetDest(doc, action) if action else pdfium_c.FPDFLink_GetDest(doc, handle)
        if dest:
            return PdfLink(LinkKind.PAGE, page=pdfium_c.FPDFDest_GetDestPageIndex(doc, dest))
    if kind == pdfium_c.PDFACTION_URI:
        size = pdfium_c.FPDFAction_GetURIPath(doc, action, None, 0)
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(doc, action, buffer, size)
        url = buffer.value.decode("ascii", "replace")
        if url.lower().startswith(("http://", "https://", "mailto:")):
            return PdfLink(LinkKind.WEB, url=url)
    return PdfLink(LinkKind.BLOCKED)


def pdf_page_count(path: Path, limits: PdfLimits = PdfLimits()) -> int:
    reading = PdfReading(path, limits)
    try:
        return reading.page_count
    finally:
        reading.close()


PAGE_ANCHOR = "page-"


def page_anchor(index: int) -> str:
    """A search hit's anchor for a PDF page (0-based index, 1-based in the anchor, as people count)."""
    return f"{PAGE_ANCHOR}{index + 1}"


def page_of_anchor(anchor: str) -> int:
    number = anchor.removeprefix(PAGE_ANCHOR)
    return int(number) - 1 if anchor.startswith(PAGE_ANCHOR) and number.isdigit() else 0


def page_texts(path: Path) -> Iterator[tuple[int, str]]:
    """(page index, text) of a PDF for the search index; nothing (and a log line) if it cannot be read."""
    try:
        reading = PdfReading(path)
    except PdfError as exc:
        log.warning("not indexing %s", exc)
        return
    try:
        yield from reading.texts()
    finally:
        reading.close()
