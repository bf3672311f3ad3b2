"""The progress commands as a user runs them: `smartcourse export-progress`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
