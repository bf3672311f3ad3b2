"""Markdown readings: rendering, and sanitising what a hostile package could put in one."""

from __future__ import annotations

import base64

import pytest

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.reading.markdown import (
    MAX_DATA_URI,
    LinkKind,
    ReadingSource,
    render_markdown,
    resolve_link,
    sections,
)
from tests.reading_course import TINY_PNG, make_course


@pytest.fixture
def course(tmp_path):
    return load_course(make_course(tmp_path / "course"))


@pytest.fixture
def source(course):
    return ReadingSource.of(course, course.lesson("r1"))


def render(text: str, source: ReadingSource) -> str:
    return render_markdown(text, source).html


def test_tables_footnotes_and_headings_render(course, source):
    rendered = render_markdown(source.path.read_text(), source)
    assert "<table>" in rendered.html and "<th>Who pays</th>" in rendered.html
    assert '<td style="text-align:right">120,000</td>' in rendered.html
    assert '<sup id="fnref:est"><a href="#fn:est">1</a></sup>' in rendered.html
    assert "Figures from a hypothetical city." in rendered.html
    assert [(h.level, h.anchor, h.title) for h in rendered.headings] == [
        (1, "budgets-and-people", "Budgets and people"), (2, "who-pays", "Who pays"),
        (2, "participation", "Participation"), (2, "closing-words", "Closing words"),
    ]
    assert "Residents’ councils" in rendered.html  # smarty


def test_relative_image_resolves_inside_the_course(course, source):
    html = render("![Sensor](../images/sensor.png)", source)
    assert f'src="{(course.root / "images" / "sensor.png").resolve().as_uri()}"' in html


def test_paths_outside_the_course_are_dropped(source):
    html = render("![x](../../../../etc/hosts.png) [hosts](../../../../etc/hosts) [f](file:///etc/passwd)", source)
    assert "etc" not in html
    assert "[Image removed – x]" in html
    assert "<a>hosts</a>" in html and "<a>f</a>" in html


def test_file_url_inside_the_course_is_kept(course, source):
    inside = (course.root / "images" / "sensor.png").resolve().as_uri()
    assert f'href="{inside}"' in render(f"[figure]({inside})", source)


def test_script_event_handlers_and_active_content_are_removed(source):
    hostile = (
        "Hello <script>alert('x')</script><b onclick=\"steal()\">bold</b>\n\n"
        "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object>"
        "<form action=\"https://evil.example\"><input name=\"q\"></form>"
        "<img src=\"../images/sensor.png\" onerror=\"steal()\"><style>body{}</style>\n\n"
        "[click](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(1)\">again</a> <a href=\"data:text/html,x\">d</a>"
    )
    html = render(hostile, source).lower()
    for bad in ("<script", "alert('x')", "onclick", "onerror", "<iframe", "<object", "<form", "<input",
                "<style", "javascript:", "data:text", "evil.example"):
        assert bad not in html
    assert "<b>bold</b>" in html and "<a>click</a>" in html


def test_remote_image_becomes_a_placeholder_with_its_address(source):
    html = render("![Logo](https://tracker.example/pixel.png) <img src='http://x.example/a.gif'>", source)
    assert "<img" not in html
    assert "[Image not loaded: https://tracker.example/pixel.png – Logo]" in html
    assert "[Image not loaded: http://x.example/a.gif]" in html


def test_small_data_image_stays_and_huge_one_is_dropped(source):
    small = "data:image/png;base64," + base64.b64encode(TINY_PNG).decode()
    huge = "data:image/png;base64," + "A" * MAX_DATA_URI
    html = render(f"![small]({small}) ![huge]({huge}) ![svg](data:image/svg+xml;base64,PHN2Zz4=)", source)
    assert f'src="{small}"' in html
    assert "AAAAAAAAAA" not in html and "[Image removed – huge]" in html
    assert "svg+xml" not in html


def test_links_are_classified(course, source):
    other = resolve_link(render("[d](r2.md#open-data)", source).split('href="')[1].split('"')[0], source)
    assert (other.kind, other.lesson_id, other.anchor) == (LinkKind.LESSON, "r2", "open-data")
    assert resolve_link("https://example.org", source).kind == LinkKind.EXTERNAL
    assert resolve_link("#who-pays", source).kind == LinkKind.ANCHOR
    assert resolve_link("../../outside.md", source).kind == LinkKind.BLOCKED
    assert resolve_link("ftp://example.org/x", source).kind == LinkKind.BLOCKED
    assert resolve_link("../images/sensor.png", source).kind == LinkKind.COURSE_FILE


def test_sections_split_at_headings_with_anchors(source):
    found = sections(source.path.read_text())
    assert [s.anchor for s in found] == ["budgets-and-people", "who-pays", "participation", "closing-words"]
    assert "120,000" in found[1].text and "|" not in found[1].text
    assert found[3].text.startswith("The last paragraph of the reading mentions a lighthouse.")
