"""course.json fields are matched whole, and errors quote at most the start of what they refuse."""

import json
from pathlib import Path

import pytest

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.manifest import validate_manifest
from smartcourse_desktop.courses.sources import parse_manifest
from smartcourse_desktop.system.errors import QUOTE_LIMIT, CourseFormatError, SmartCourseError, quoted
from tests.package_factory import make_source, manifest, snapshot

MAX_MESSAGE = 6 * QUOTE_LIMIT


def valid() -> dict:
    return manifest()


@pytest.mark.parametrize(("where", "change"), [
    ("id", lambda d: d.update(id=d["id"] + "\n")),
    ("version", lambda d: d.update(version="1.0\n")),
    ("languages[0]", lambda d: d["languages"].__setitem__(0, "en\n")),
    ("modules[0].id", lambda d: d["modules"][0].update(id="m1\n")),
    ("modules[0].lessons[0].media", lambda d: d["modules"][0]["lessons"][0].update(media="media/intro.mp4\n")),
])
def test_trailing_newline_is_refused(where, change):
    data = valid()
    change(data)
    with pytest.raises(CourseFormatError) as info:
        validate_manifest(data)
    assert str(info.value).startswith(f"{where}: ")


def test_trailing_newline_in_id_installs_nothing(tmp_path: Path):
    source = make_source(tmp_path / "src")
    data = json.loads((source / "course.json").read_text())
    data["id"] += "\n"
    (source / "course.json").write_text(json.dumps(data))
    root = tmp_path / "lib"
    root.mkdir()
    with pytest.raises(SmartCourseError, match="does not match"):
        import_course(source, root)
    assert snapshot(root) == []


def test_quoted_caps_long_values_with_an_ellipsis():
    assert quoted("abc") == "'abc'"
    long = quoted("x" * 10_000)
    assert long.endswith("…'") and len(long) == QUOTE_LIMIT + 2
    assert "\n" not in quoted("a\n" * 1000)
    assert len(quoted(list(range(10_000)))) == QUOTE_LIMIT


@pytest.mark.parametrize("change", [
    lambda d: d.update(id="x" * 75_000),
    lambda d: d.update(version="9" * 75_000 + "x"),
    lambda d: d.update(title=["t" * 75_000]),
    lambda d: d.update(title="t" * 75_000),
    lambda d: d.update(**{"k" * 75_000: 1}),
    lambda d: d["modules"][0].update(id="m" * 75_000 + "!"),
    lambda d: d["modules"].append(dict(d["modules"][0], id="m1")),
    lambda d: d["files"].append({"path": "p" * 300 + "/x", "size": 1, "sha256": "0" * 64}),
    lambda d: d["modules"][0]["lessons"][0].update(media="a/" * 150 + "b.mp4"),
])
def test_errors_quote_at_most_the_start_of_a_value(change):
    data = valid()
    change(data)
    with pytest.raises(CourseFormatError) as info:
        parse_manifest(json.dumps(data).encode())
    message = str(info.value)
    assert len(message) <= MAX_MESSAGE, message[:200]
    assert "\n" not in message


def test_long_version_in_an_installed_course_is_quoted_short():
    from smartcourse_desktop.courses.model import version_key

    with pytest.raises(CourseFormatError) as info:
        version_key("1." * 50_000 + "x")
    assert len(str(info.value)) <= MAX_MESSAGE
