"""Backups, network-share detection, Markdown notes and the CSV/JSON progress export, on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.backups import daily_backup, list_backups, restore_backup
from smartcourse_desktop.records.export import iso, lesson_rows, read_csv, read_json, to_csv, to_json
from smartcourse_desktop.records.notes import notes_markdown
from smartcourse_desktop.system.locations import local_database_path, mount_fs_type
from tests.package_factory import manifest

ROOT = Path(__file__).resolve().parents[2]
MOUNTINFO = r"""22 27 0:21 / / rw,relatime - ext4 /dev/sda1 rw
30 22 0:40 / /home rw,relatime - nfs4 server:/home rw,vers=4.2
31 30 0:41 / /home/ann/local\040disk rw,relatime - ext4 /dev/sdb1 rw
32 22 0:42 / /mnt/share rw,relatime - cifs //srv/share rw
33 22 0:43 / /mnt/ssh rw,relatime - fuse.sshfs ann@srv: rw
"""


@pytest.mark.parametrize("path, expected", [
    ("/var/lib/x", "ext4"), ("/home/ann/.local/share", "nfs4"), ("/home/ann/local disk/db", "ext4"),
    ("/mnt/share/progress.sqlite3", "cifs"), ("/mnt/ssh", "fuse.sshfs"), ("/homeless", "ext4"),
])
def test_mount_type_of_a_path(path, expected):
    assert mount_fs_type(Path(path), MOUNTINFO) == expected


def test_local_data_folder_is_kept(tmp_path):
    assert local_database_path(tmp_path / "progress.sqlite3") == tmp_path / "progress.sqlite3"


def test_daily_backups_keep_the_last_seven_and_restore(store):
    folder = store.path.parent / "backups"
    start = date(2026, 3, 1)
    for day in range(10):
        store.mark_complete("c", f"lesson-{day}")
        assert daily_backup(store, folder, start + timedelta(days=day)) is not None
    assert daily_backup(store, folder, start + timedelta(days=9)) is None  # once a day
    kept = list_backups(folder)
    assert [b.day for b in kept] == [start + timedelta(days=d) for d in range(9, 2, -1)]
    safety = restore_backup(store, kept[-1].path, folder)  # the day-3 copy: lessons 0..3
    assert sorted(store.course("c")) == [f"lesson-{d}" for d in range(4)]
    assert safety.exists() and safety.parent == folder


def demo_course():
    return course_from_dict(manifest("1.0"))


def test_notes_markdown_follows_course_order(store):
    course = demo_course()
    store.add_note(course.id, "r1", "Check the\nbudget")
    store.add_note(course.id, "intro", "Sensor data", position=75.0)
    store.add_note(course.id, "removed-lesson", "Old thought")
    text = notes_markdown(course, store.notes(course.id))
    assert text.startswith("# Notes: Demo course\n")
    assert text.index("### Intro") < text.index("### Reading") < text.index("## Other lessons")
    assert "(at 1:15): Sensor data" in text and "Check the\n  budget" in text


def recorded_store(store):
    course = demo_course()
    store.record_opened(course.id, "intro")
    store.add_played(course.id, "intro", (0.0, 1.5), 2.0)
    store.save_position(course.id, "intro", 1.5)
    store.mark_complete(course.id, "r1")
    return course


def test_csv_and_json_export_round_trip(store):
    course = recorded_store(store)
    rows = lesson_rows(course, store.course(course.id))
    assert read_csv(to_csv([(course, store.course(course.id))])) == rows
    (exported,) = read_json(to_json([(course, store.course(course.id))], store.clock.now()))
    assert exported["lessons"] == rows
    assert exported["percent"] == pytest.approx(100 * 60 / 62, abs=0.1)
    assert rows[0]["first_opened"] and rows[1]["completed_at"] and rows[0]["completed_at"] == ""


def test_records_backups_and_exports_are_dated_by_the_store_clock(store, clock):
    course = demo_course()
    for lesson in course.lessons:
        store.mark_complete(course.id, lesson.id)
    note = store.add_note(course.id, "intro", "Sensor data")
    noon = clock.now().timestamp()
    assert store.lesson(course.id, "r1").completed_at == noon and note.created_at == noon
    clock.advance(3600)
    store.record_opened(course.id, "intro")
    assert store.lesson(course.id, "intro").last_opened == noon + 3600
    made = daily_backup(store, store.path.parent / "backups")
    assert made is not None and made.path.name == "progress-2026-09-30.sqlite3"
    document = json.loads(to_json([(course, store.course(course.id))], clock.now()))
    assert document["exported_at"] == iso(noon + 3600)
    assert document["courses"][0]["modules"][0]["completed_at"] == iso(noon)


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
