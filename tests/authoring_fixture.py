"""A folder of downloaded course material, as a course website gives it, built from real small files."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.pdf_factory import lorem_pages, write_pdf

FIXTURES = Path(__file__).parent / "fixtures"
SRT = ("\ufeff1\r\n00:00:00,000 --> 00:00:01,500\r\nWelcome to smart cities.\r\n\r\n"
       "2\r\n00:00:01,500 --> 00:00:03,000\r\nData and the social.\r\n")
HTML = ("<html><head><title>x</title><script>alert('x')</script></head><body><h1>Participation</h1>"
        "<p>Citizens take part through <b>open budgets</b>.</p><img src='https://example.org/t.png'></body></html>")
PDF_WORD = "zoning"


def make_downloads(root: Path) -> Path:
    """Two modules from numbered folders: two MP4 lectures (one with SRT captions, one with a
    WebVTT), an M4A, a 3-page PDF, an HTML text, and a stray file."""
    first = root / "01 Data and the Social"
    second = root / "02 Mobility_and_planning"
    for folder in (first, second):
        folder.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "lecture.mp4", first / "01 Welcome lecture.mp4")
    (first / "01 Welcome lecture.en.srt").write_text(SRT, encoding="utf-8", newline="")
    shutil.copyfile(FIXTURES / "lecture.mp4", first / "02 Sensors (part 2).mp4")
    shutil.copyfile(FIXTURES / "lecture.en.vtt", first / "02 Sensors (part 2).sv.vtt")
    shutil.copyfile(FIXTURES / "lecture.m4a", second / "Podcast – Öresund bridge.m4a")
    write_pdf(second / "Reading Mobility.pdf", lorem_pages(3, f"{PDF_WORD} and transport"),
              outline=[("Introduction", 0), ("Conclusion", 2)])
    (second / "participation.html").write_text(HTML, encoding="utf-8")
    (second / "Thumbs.db").write_bytes(b"junk")
    (second / "slides.pptx").write_bytes(b"PK fake")
    return root
