"""Validation of course.json: errors name the JSON path of the first problem."""

from __future__ import annotations

import pytest

from smartcourse_desktop.courses.manifest import check_safe_name, collision_key, validate_manifest
from smartcourse_desktop.system.errors import CourseFormatError
from tests.package_factory import make_source


def valid(tmp_path) -> dict:
    import json

    return json.loads((make_source(tmp_path / "src") / "course.json").read_text())


def test_a_valid_manifest_passes(tmp_path):
    validate_manifest(valid(tmp_path))


def test_a_wrong_type_is_named_by_its_json_path(tmp_path):
    data = valid(tmp_path)
    data["modules"][0]["lessons"][1]["duration"] = "long"
    with pytest.raises(CourseFormatError, match=r"^modules\[0\]\.lessons\[1\]\.duration: "):
        validate_manifest(data)


def test_a_referenced_file_must_be_listed(tmp_path):
    data = valid(tmp_path)
    data["files"] = [f for f in data["files"] if f["path"] != "readings/r1.md"]
    with pytest.raises(CourseFormatError, match=r"modules\[0\]\.lessons\[1\]\.reading: file not listed"):
        validate_manifest(data)


def test_reserved_windows_names_and_case_collisions():
    with pytest.raises(CourseFormatError, match="reserved Windows name"):
        check_safe_name("media/CON.mp4")
    check_safe_name("media/console.mp4")
    assert collision_key("Media/Cafe\u0301.md") == collision_key("media/café.md")
