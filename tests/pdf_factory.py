"""Small real PDFs, honest or hostile, written byte by byte for tests (no PDF library needed)."""

from __future__ import annotations

from pathlib import Path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _assemble(objects: list[bytes]) -> bytes:
    """Number the objects from 1 (object 1 is the catalog) and add the xref table and trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pdf_bytes(pages: list[list[str]], outline: list[tuple[str, int]] = (), annots: list[bytes] = (),
              count: int | None = None) -> bytes:
    """Pages of text lines (Helvetica), an outline of (title, page index), link annotations on page 1,
    and optionally a lying page count in the page tree."""
    n = len(pages)
    first_page = 4
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for index, lines in enumerate(pages):
        page_number = first_page + 2 * index
        kids.append(b"%d 0 R" % page_number)
        annot = b""
        if index == 0 and annots:
            annot = b" /Annots [" + b" ".join(annots) + b"]"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R%s >>" % (page_number + 1, annot))
        text = b"BT /F1 14 Tf 72 720 Td 18 TL " + b" ".join(
            b"(%s) '" % _escape(line).encode("latin-1") for line in lines) + b" ET"
        objects.append(_stream(text))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), n if count is None else count)
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if outline:
        root = len(objects) + 1
        items = list(range(root + 1, root + 1 + len(outline)))
        objects.append(b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
                       % (items[0], items[-1], len(items)))
        for i, (title, page) in enumerate(outline):
            links = b" /Parent %d 0 R" % root
            links += b" /Prev %d 0 R" % items[i - 1] if i else b""
            links += b" /Next %d 0 R" % items[i + 1] if i + 1 < len(items) else b""
            objects.append(b"<< /Title (%s)%s /Dest [%d 0 R /XYZ 0 792 0] >>"
                           % (_escape(title).encode("latin-1"), links, first_page + 2 * page))
        catalog += b" /Outlines %d 0 R /PageMode /UseOutlines" % root
    objects[0] = catalog + b" >>"
    return _assemble(objects)


def lorem_pages(count: int, words: str = "smart city data") -> list[list[str]]:
    return [[f"Page {i + 1} of {count}", f"This page is about {words}.", "Sensors, budgets and citizens."]
            for i in range(count)]


def write_pdf(path: Path, pages: list[list[str]], **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages, **kwargs))
    return path


def link(action: bytes, rect: bytes = b"72 600 300 640") -> bytes:
    return b"<< /Type /Annot /Subtype /Link /Rect [%s] /Border [0 0 0] /A %s >>" % (rect, action)


URI_LINK = link(b"<< /S /URI /URI (https://example.org/smart) >>")
LAUNCH_LINK = link(b"<< /S /Launch /F (../../evil.sh) >>", b"72 500 300 540")
REMOTE_LINK = link(b"<< /S /GoToR /F (/etc/passwd) /D [0 /Fit] >>", b"72 400 300 440")
JAVASCRIPT_LINK = link(b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>", b"72 300 300 340")
