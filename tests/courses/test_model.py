"""The course model built from a manifest: lookups, durations, versions, malformed input."""

from __future__ import annotations

import json

import pytest

from smartcourse_desktop.courses.model import course_from_dict, load_course, read_manifest, version_key
from smartcourse_desktop.system.errors import CourseFormatError
from tests.package_factory import manifest


def test_lookups_and_durations(tmp_path):
    course = course_from_dict(manifest("1.0"), root=tmp_path)
    assert [lesson.id for lesson in course.lessons] == ["intro", "r1"]
    assert course.lesson("r1").title == "Reading" and course.lesson("nope") is None
    assert course.module_of("intro").id == "m1" and course.duration == 62.0
    assert course.lesson("intro").is_lecture and not course.lesson("r1").is_lecture
    assert course.path_of("readings/r1.md") == tmp_path / "readings" / "r1.md"


def test_a_course_without_a_folder_has_no_paths():
    with pytest.raises(CourseFormatError, match="no folder"):
        course_from_dict(manifest()).path_of("readings/r1.md")


@pytest.mark.parametrize("older, newer", [("1.9", "1.10"), ("1", "1.0.1"), ("2.0", "10.0")])
def test_versions_sort_as_numbers(older, newer):
    assert version_key(older) < version_key(newer)


def test_a_version_that_is_not_a_number_is_refused():
    with pytest.raises(CourseFormatError, match="dotted number"):
        version_key("1.0-beta")


def test_a_missing_or_broken_manifest_is_a_format_error(tmp_path):
    with pytest.raises(CourseFormatError, match="missing"):
        read_manifest(tmp_path)
    (tmp_path / "course.json").write_text("[1, 2]")
    with pytest.raises(CourseFormatError, match="top level"):
        read_manifest(tmp_path)
    data = manifest()
    del data["modules"][0]["lessons"][0]["kind"]
    (tmp_path / "course.json").write_text(json.dumps(data))
    with pytest.raises(CourseFormatError, match="malformed"):
        load_course(tmp_path)
