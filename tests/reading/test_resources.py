"""What a reading may load: course files only; SVGs can't reach outside the course."""

from __future__ import annotations

from smartcourse_desktop.reading.resources import CourseResources, sanitise_svg
from tests.reading_course import TINY_PNG

XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'


def svg(body: str) -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" {XLINK} width="10" height="10">{body}</svg>'.encode()


def test_svg_references_outside_the_course_are_removed(tmp_path):
    course = tmp_path / "course"
    (course / "images").mkdir(parents=True)
    (course / "images" / "in.png").write_bytes(TINY_PNG)
    (tmp_path / "secret.png").write_bytes(TINY_PNG)
    data = svg(f'<image href="{tmp_path}/secret.png" width="10" height="10"/>'
               '<image xlink:href="../secret.png"/><image href="file:///etc/hostname"/>'
               '<image href="http://example.org/x.png"/><image href="in.png"/>'
               '<script>alert(1)</script><foreignObject><p>x</p></foreignObject>'
               '<rect fill="url(#g)" style="fill:url(http://example.org/x)" onload="alert(1)"/>'
               '<style>@import url(/etc/passwd);</style><use href="#g"/>')
    (course / "images" / "figure.svg").write_bytes(data)
    clean = CourseResources(course).load(course / "images" / "figure.svg")
    assert clean is not None
    text = clean.decode()
    for gone in ("secret", "hostname", "example.org", "script", "foreignObject", "onload", "@import", "passwd"):
        assert gone not in text, gone
    assert 'fill="url(#g)"' in text and 'href="#g"' in text
    assert text.count("data:image/png;base64,") == 1  # the in-course image, inlined


def test_svg_with_a_doctype_or_broken_xml_is_refused(tmp_path):
    resources = CourseResources(tmp_path)
    assert sanitise_svg(b'<!DOCTYPE svg [<!ENTITY x SYSTEM "/etc/passwd">]><svg>&x;</svg>', tmp_path, resources) is None
    assert sanitise_svg(b"<svg><unclosed></svg>", tmp_path, resources) is None


def test_files_outside_the_course_and_failed_look_ups_are_not_read_twice(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    (tmp_path / "outside.png").write_bytes(TINY_PNG)
    (course / "link.png").symlink_to(tmp_path / "outside.png")
    resources = CourseResources(course)
    assert resources.load(tmp_path / "outside.png") is None
    assert resources.load(course / "link.png") is None
    assert resources.load(course / "missing.png") is None
    (course / "missing.png").write_bytes(TINY_PNG)
    assert resources.load(course / "missing.png") is None  # remembered: no new look-up per repaint
    assert CourseResources(course).load(course / "missing.png") == TINY_PNG
