"""`smartcourse export-progress` as a user runs it: it reads the record, never moves or replaces it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.app import main
from smartcourse_desktop.records.export import read_csv

ROOT = Path(__file__).resolve().parents[2]


def test_export_progress_command(tmp_path, paths, store):
    from smartcourse_desktop.courses.library import default_roots
    from smartcourse_desktop.system.policy import Policy

    course_id = "org.smartcourse.smart-cities-for-city-officials"
    store.mark_complete(course_id, "m01-lecture")
    store.close()
    out = tmp_path / "progress.json"
    done = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "export-progress", "--format", "json",
                           "-o", str(out)], cwd=ROOT, env=os.environ, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    courses = {c["id"]: c for c in json.loads(out.read_text())["courses"]}
    lessons = {row["lesson_id"]: row for row in courses[course_id]["lessons"]}
    assert lessons["m01-lecture"]["completed_at"]
    csv_out = tmp_path / "progress.csv"
    done = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "export-progress", "--format", "csv",
                           "-o", str(csv_out), "--course", course_id], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = read_csv(csv_out.read_text())
    assert {r["lesson_id"] for r in rows} == set(lessons) and len(default_roots(paths, Policy())) >= 1


DAMAGE = [
    pytest.param(b"this is not a database at all" * 100, id="not-a-database"),
    pytest.param(None, id="truncated"),
]


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("damage", DAMAGE)
def test_export_of_a_damaged_database_reports_it_and_changes_nothing(tmp_path, capsys, paths, store, damage):
    store.mark_complete("org.example.demo", "intro")
    store.close()
    database = paths.database
    raw = database.read_bytes()
    database.write_bytes(damage if damage is not None else raw[:1024] + b"\xff" * 3000 + raw[4096:])
    before = folder_state(database.parent)
    out = tmp_path / "progress.csv"
    code = main(["export-progress", "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("smartcourse export-progress: the progress database ")
    assert "damaged" in err and "Open SmartCourse" in err and len(err.splitlines()) == 1
    assert folder_state(database.parent) == before
    assert not out.exists()
