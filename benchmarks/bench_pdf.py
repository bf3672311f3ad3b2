"""PDF engine choice: QtPdf (PySide6-Addons: QtPdf + QtPdfWidgets) against pypdfium2.

Figures, side by side, measured in this run:
  size       what each engine adds to the PyInstaller bundle (the files it would copy) and to the
             .deb (those files xz-compressed, as dpkg-deb does), and the whole PySide6-Addons wheel
             a pip install would pull in (QtPdf is not sold separately)
  first page open a generated 100-page PDF (QPdfWriter, embedded fonts, a figure per page) and
             render page 1 at 150 dpi, in a fresh process that already has a QGuiApplication
             (as the app does): median of --runs, and the ratio of one engine to the other
  memory     that process's RSS growth from before importing the engine to after the first page
             (and after rendering all 100 pages), in MB

Each engine runs in its own process, so neither warms the other's caches. An engine that is not
installed is reported as such. QtPdf needs PySide6-Addons of the same version as PySide6-Essentials:

    python3 -m venv /tmp/bench && /tmp/bench/bin/pip install PySide6-Essentials==X PySide6-Addons==X pypdfium2
    QT_QPA_PLATFORM=offscreen /tmp/bench/bin/python benchmarks/bench_pdf.py

Figures of 2026-11-29 (PySide6 6.11.3, pypdfium2 5.15.2, 2 cores shared with other jobs, so
the times vary by run: an earlier run gave 65 and 131 ms for the first page):
                                           QtPdf     pypdfium2
    bundle: files added (MB)                 5.0           8.6
    .deb: those files, xz (MB)               2.0           3.0
    first page: open + render (ms)          24.2          95.4   (import of the engine included)
    each further page: render (ms)          14.7          17.7
    RSS growth at first page (MB)            6.3          11.4
    RSS growth after 100 pages (MB)         24.0          24.8
    pip install PySide6-Addons (whole wheel, needed for QtPdf): 439 MB

Choice: pypdfium2 for display as well. Search and `smartcourse new` need a Qt-free PDF library
anyway, so pypdfium2 ships in every case; QtPdf would add its 5 MB (2 MB in the .deb) and a second
copy of PDFium on top, plus PySide6-Addons (439 MB, pinned to the Essentials version) for source
and pip installs. Its first page is 70 ms faster (the import of pypdfium2 is most of the gap) and
later pages 3 ms faster, which a learner does not notice; at under 20 ms a page, pages render on
the GUI thread. One engine also means one set of limits and one place that decides which links may be
followed.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import lzma
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

MB = 1_000_000
DPI_SCALE = 150 / 72
CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
engine, path, scale = sys.argv[1], sys.argv[2], float(sys.argv[3])
before = rss()
start = time.perf_counter()
if engine == "pypdfium2":
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    def render(i):
        bitmap = doc[i].render(scale=scale)
        return bitmap.width
    count = len(doc)
else:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    doc = QPdfDocument()
    doc.load(path)
    def render(i):
        size = doc.pagePointSize(i)
        return doc.render(i, QSize(round(size.width() * scale), round(size.height() * scale))).width()
    count = doc.pageCount()
width = render(0)
first = time.perf_counter() - start
after_first = rss()
start = time.perf_counter()
for i in range(1, count):
    render(i)
per_page = (time.perf_counter() - start) / max(count - 1, 1)
print(json.dumps({"first_s": first, "page_s": per_page, "width": width, "pages": count,
                  "rss_first": after_first - before, "rss_all": rss() - before}))
"""


def make_pdf(path: Path, pages: int) -> None:
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    _app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15)))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 10))
    words = ["smart", "city", "data", "sensors", "budget", "procurement", "privacy", "equity", "transport",
             "housing", "participation"]
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(QRectF(0, 0, 2000, 100), f"Page {page + 1}: Smart cities for city officials")
        body = " ".join(words[(page + i) % len(words)] for i in range(450))
        painter.drawText(QRectF(0, 150, 2200, 1700), 0x1000, body)  # Qt.TextWordWrap
        painter.fillRect(QRectF(200, 1900, 1600, 800), QColor(40 + page % 200, 120, 200))
    painter.end()


def files_size(files: list[Path]) -> tuple[int, int]:
    """(bytes on disk, bytes after xz -6 as in a .deb)."""
    raw = sum(f.stat().st_size for f in files)
    compressor = lzma.LZMACompressor(preset=6)
    packed = 0
    for f in files:
        packed += len(compressor.compress(f.read_bytes()))
    return raw, packed + len(compressor.flush())


def engine_files(engine: str) -> list[Path]:
    if engine == "pypdfium2":
        roots = [Path(importlib.util.find_spec(name).origin).parent for name in ("pypdfium2", "pypdfium2_raw")]
        return [p for root in roots for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    pyside = Path(importlib.util.find_spec("PySide6").origin).parent
    wanted = ("libQt6Pdf.so", "libQt6PdfWidgets.so", "QtPdf.", "QtPdfWidgets.")
    return [p for p in pyside.rglob("*") if p.is_file() and not p.is_symlink() and p.name.startswith(wanted)
            and "Quick" not in p.name and p.suffix != ".pyi"]


def wheel_size(distribution: str) -> int:
    dist = importlib.metadata.distribution(distribution)
    paths = [Path(str(dist.locate_file(f))) for f in dist.files or ()]
    return sum(path.stat().st_size for path in paths if path.is_file())


def available(engine: str) -> bool:
    module = "pypdfium2" if engine == "pypdfium2" else "PySide6.QtPdf"
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def measure(engine: str, pdf: Path, runs: int) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    results = [json.loads(subprocess.run([sys.executable, "-c", CHILD, engine, str(pdf), str(DPI_SCALE)], env=env,
                                         check=True, capture_output=True, text=True).stdout) for _ in range(runs)]
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    engines = [e for e in ("QtPdf", "pypdfium2") if available(e)]
    missing = {"QtPdf", "pypdfium2"} - set(engines)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp, "long.pdf")
        make_pdf(pdf, args.pages)
        size = pdf.stat().st_size / MB
        print(f"test PDF: {args.pages} pages, {size:.1f} MB; render at 150 dpi; median of {args.runs}")
        figures = {engine: measure(engine, pdf, args.runs) for engine in engines}
    print(f"{'':34}" + "".join(f"{e:>14}" for e in engines))
    sizes = {e: files_size(engine_files(e)) for e in engines}
    rows = [
        ("bundle: files added (MB)", {e: sizes[e][0] / MB for e in engines}),
        (".deb: those files, xz (MB)", {e: sizes[e][1] / MB for e in engines}),
        ("first page: open + render (ms)", {e: figures[e]["first_s"] * 1000 for e in engines}),
        ("each further page: render (ms)", {e: figures[e]["page_s"] * 1000 for e in engines}),
        ("RSS growth at first page (MB)", {e: figures[e]["rss_first"] / MB for e in engines}),
        ("RSS growth after 100 pages (MB)", {e: figures[e]["rss_all"] / MB for e in engines}),
    ]
    for label, values in rows:
        print(f"{label:34}" + "".join(f"{values[e]:14.1f}" for e in engines))
    if "QtPdf" in engines:
        addons = wheel_size("PySide6_Addons") / MB
        print(f"pip install PySide6-Addons (whole wheel, needed for QtPdf): {addons:.0f} MB")
    if len(engines) == 2:
        ratio = figures["pypdfium2"]["first_s"] / figures["QtPdf"]["first_s"]
        print(f"first page, pypdfium2 / QtPdf: {ratio:.2f}x")
    for engine in sorted(missing):
        print(f"{engine}: not installed here, not measured")


if __name__ == "__main__":
    main()
