"""PDF readings in the Qt-free core: text, outline, search boxes, links, and hostile files."""

from __future__ import annotations

import threading

import pytest

from smartcourse_desktop.reading.pdf import LinkKind, PdfError, PdfLimits, PdfReading
from tests.pdf_factory import (
    JAVASCRIPT_LINK,
    LAUNCH_LINK,
    REMOTE_LINK,
    URI_LINK,
    _assemble,
    lorem_pages,
    pdf_bytes,
    write_pdf,
)


@pytest.fixture
def reading(tmp_path):
    path = write_pdf(tmp_path / "r.pdf", lorem_pages(3), outline=[("Start", 0), ("End", 2)],
                     annots=[URI_LINK, LAUNCH_LINK, REMOTE_LINK, JAVASCRIPT_LINK])
    pdf = PdfReading(path)
    yield pdf
    pdf.close()


def test_text_outline_and_find(reading):
    assert reading.page_count == 3
    assert "Page 2 of 3\nThis page is about smart city data." in reading.page_text(1)
    assert [(e.title, e.page) for e in reading.outline()] == [("Start", 0), ("End", 2)]
    [[box]] = reading.find(2, "SMART")
    assert reading.text_in(2, box).strip().lower() == "smart"


def test_render_gives_a_pixel_buffer_of_the_page_size(reading):
    page = reading.render(0, 2.0)
    assert (page.width, page.height) == (1224, 1584)
    assert len(page.pixels) == page.stride * page.height
    assert set(page.pixels[:64]) == {255}  # white paper in the top left corner


def test_only_page_and_web_links_are_followed(reading):
    def at(y: float):
        return reading.link_at(0, 100, 792 - y)

    assert at(620).kind == LinkKind.WEB and at(620).url == "https://example.org/smart"
    assert at(520).kind == LinkKind.BLOCKED  # /Launch a program
    assert at(420).kind == LinkKind.BLOCKED  # /GoToR another file
    assert at(320).kind == LinkKind.BLOCKED  # JavaScript
    assert at(100) is None


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.97])
def test_truncated_pdf_is_refused_or_read_never_crashes(tmp_path, keep):
    data = pdf_bytes(lorem_pages(5))
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    try:
        pdf = PdfReading(path)
    except PdfError as exc:
        assert str(exc) == "cut.pdf: cannot open this PDF (the file is damaged or not a PDF)"
        return
    assert 1 <= pdf.page_count <= 5
    assert all(isinstance(text, str) for _i, text in pdf.texts())


def test_not_a_pdf_and_empty_file(tmp_path):
    for name, data in (("empty.pdf", b""), ("html.pdf", b"<html>hello</html>")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(PdfError, match=f"{name}: cannot open this PDF"):
            PdfReading(tmp_path / name)


def test_billion_pages_page_tree_is_not_believed(tmp_path):
    path = write_pdf(tmp_path / "liar.pdf", lorem_pages(2), count=1_000_000_000)
    pdf = PdfReading(path)
    assert pdf.page_count == 2
    assert "Page 2 of 2" in pdf.page_text(1)


def test_page_tree_that_contains_itself_does_not_hang(tmp_path):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000000 >>",
               b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1000000000 >>"]
    path = tmp_path / "loop.pdf"
    path.write_bytes(_assemble(objects))
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(_try_open(path)), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "opening a self-referencing page tree hung"
    assert isinstance(result[0], PdfError) and str(result[0]).startswith("loop.pdf: ")


def _try_open(path):
    try:
        return PdfReading(path)
    except PdfError as exc:
        return exc


def test_too_many_pages_and_too_large_are_refused(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", lorem_pages(12))
    with pytest.raises(PdfError, match=r"long.pdf: 12 pages \(a PDF reading may have 1 to 10\)"):
        PdfReading(path, PdfLimits(max_pages=10))
    with pytest.raises(PdfError, match="over the 0 MiB limit"):
        PdfReading(path, PdfLimits(max_bytes=100))


def test_external_file_reference_is_never_read(tmp_path):
    """A form XObject whose stream lives in an external file (/F): PDFium must not open it."""
    secret = tmp_path / "secret.txt"
    secret.write_text("BT /F1 14 Tf 72 600 Td (SECRET-FROM-DISK) Tj ET")
    content = b"q /X1 Do Q BT /F1 14 Tf 72 720 Td (Inside) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >>"
               b" /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length 0 /F (%s) >>\nstream\n\nendstream"
               % str(secret).encode()]
    path = tmp_path / "external.pdf"
    path.write_bytes(_assemble(objects))
    pdf = PdfReading(path)
    assert "Inside" in pdf.page_text(0)
    assert "SECRET" not in pdf.page_text(0)
    pdf.render(0, 1.0)


def test_text_extraction_stops_at_the_time_budget(tmp_path):
    pdf = PdfReading(write_pdf(tmp_path / "r.pdf", lorem_pages(5)), PdfLimits(text_seconds=-1))
    assert list(pdf.texts()) == []


def test_a_closed_pdf_refuses_further_calls_instead_of_crashing(reading):
    reading.close()
    reading.close()
    for call in (lambda: reading.render(0, 1.0), lambda: reading.page_text(0), lambda: reading.find(0, "smart"),
                 lambda: reading.outline(), lambda: reading.link_at(0, 1, 1)):
        with pytest.raises(PdfError, match=r"r\.pdf: closed"):
            call()
