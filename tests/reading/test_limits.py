"""Hostile readings are cut down to what can be shown, and say so; nothing recurses or hangs."""

from __future__ import annotations

import pytest

from smartcourse_desktop.reading.limits import DEPTH, HEADINGS, MAX_DEPTH, MAX_HEADINGS, SIZE, limit_markdown
from smartcourse_desktop.reading.markdown import render_markdown, sections

HOSTILE = {
    "nested divs": ("<div>" * 20_000 + "deep text" + "</div>" * 20_000, DEPTH),
    "nested quotes": (">" * 3_000 + " deep text\n", DEPTH),
    "nested list": ("deep text\n\n" + "\n".join("    " * i + "- item" for i in range(1_200)), DEPTH),
    "headings": ("\n\n".join(f"## Heading {i}\n\ntext" for i in range(10_000)), HEADINGS),
    "long paragraph": ("deep text " + "word " * 1_000_000, SIZE),
    "nested tables": ("<table><tr><td>" * 103 + "deep text ![x](missing.png)" + "</td></tr></table>" * 103, DEPTH),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_readings_are_cut_to_the_limits_and_say_so(name):
    text, limit = HOSTILE[name]
    rendered = render_markdown(text)
    assert limit in rendered.limited
    assert "deep text" in rendered.html or name == "headings"
    assert len(rendered.headings) <= MAX_HEADINGS
    assert rendered.html.count("<div") <= MAX_DEPTH and rendered.html.count("<blockquote") <= MAX_DEPTH + 1
    assert rendered.html.count("<table") <= MAX_DEPTH


def test_an_ordinary_reading_is_left_alone():
    text = ("# Title\n\n> a quote\n\n- a\n    - b\n\n<div><b>kept</b></div>\n\n"
            "```html\n<div>\n```\n\nUse `<form>` here.\n")
    limited = limit_markdown(text)
    assert limited.hit == () and limited.text == text
    html = render_markdown(text).html
    assert "&lt;div&gt;" in html and "&lt;form&gt;" in html and "<b>kept</b>" in html


@pytest.mark.parametrize("tag", ["<script>", "<iframe src=x>", "<form>", "<style>", "<textarea>", "<div>", "<object>"])
def test_an_unclosed_tag_does_not_swallow_the_text_after_it(tag):
    html = render_markdown(f"First.\n\n{tag}\n\n## After\n\nThe text after it.\n").html
    assert "The text after it." in html and '<h2 id="after">' in html


def test_a_closed_script_is_dropped_with_its_content():
    html = render_markdown("Before.\n\n<script>alert(1)</script>\n\nAfter.\n").html
    assert "alert" not in html and "Before." in html and "After." in html


def test_two_hundred_unclosed_vectors_in_one_reading_keep_every_section():
    vectors = ["<script>", "<iframe>", "<form action=x>", "<svg><script>", "<style>"]
    text = "\n\n".join(f"## Section {i}\n\n{vectors[i % len(vectors)]} text of section {i}" for i in range(200))
    found = sections(text)
    assert sum(1 for s in found if s.title.startswith("Section")) == 200
    assert all(f"text of section {i}" in " ".join(s.text for s in found) for i in range(200))
