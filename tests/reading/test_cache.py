"""Rendered readings cached by the indexer and read back by the reading view."""

from __future__ import annotations

import pytest

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.reading.cache import cache_dir, render_reading
from smartcourse_desktop.reading.markdown import Placeholders, ReadingSource, render_markdown
from smartcourse_desktop.reading.search_index import index_course
from tests.reading_course import make_course, payload

GERMAN = Placeholders(remote="Bild nicht geladen: %1", removed="Bild entfernt")


@pytest.fixture
def source(tmp_path):
    files = payload(2)
    files["readings/r1.md"] += b"\n![Logo](https://example.org/logo.png?a=1&b=2) ![x](../../../x.png)\n"
    course = load_course(make_course(tmp_path / "course", files=files))
    return ReadingSource.of(course, course.lesson("r1"))


def test_cached_rendering_equals_a_fresh_one_in_any_language(source, tmp_path):
    folder = tmp_path / "cache"
    fresh = render_markdown(source.path.read_text(), source, GERMAN)
    first = render_reading(source, GERMAN, folder)
    assert len(list(folder.glob("*.json"))) == 1
    again = render_reading(source, GERMAN, folder)
    assert first == again == fresh
    assert "[Bild nicht geladen: https://example.org/logo.png?a=1&amp;b=2 – Logo]" in again.html
    assert "[Bild entfernt – x]" in again.html
    assert render_reading(source, Placeholders(), folder).html == render_markdown(source.path.read_text(), source).html


def test_a_damaged_entry_is_rendered_again(source, tmp_path):
    folder = tmp_path / "cache"
    good = render_reading(source, folder=folder)
    (entry,) = folder.glob("*.json")
    entry.write_text("{not json")
    assert render_reading(source, folder=folder) == good


def test_a_changed_reading_is_not_served_from_the_cache(source, tmp_path):
    folder = tmp_path / "cache"
    render_reading(source, folder=folder)
    source.path.write_text("# Rewritten\n\nNew words.\n")
    assert "New words." in render_reading(source, folder=folder).html


def test_indexing_a_course_renders_its_readings_into_the_cache(paths, tmp_path):
    course = load_course(make_course(tmp_path / "course"))
    index_course(course, paths)
    assert len(list(cache_dir(paths).glob("*.json"))) == 2


def test_a_reading_that_is_not_utf8_is_an_os_error(source):
    source.path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(OSError):
        render_reading(source)
