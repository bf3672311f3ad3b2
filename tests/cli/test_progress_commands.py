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


def data_folder_on_a_share(monkeypatch, tmp_path: Path, data: Path) -> Path:
    """This machine as it is where the issue was found: the data folder on an NFS home, and
    /var/tmp/smartcourse-UID created first by someone else (here: left open to everyone)."""
    from smartcourse_desktop import APP_ID
    from smartcourse_desktop.system import locations

    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text("22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n"
                         f"40 22 0:52 / {data.resolve()} rw,relatime - nfs4 server:/home rw\n", encoding="utf-8")
    shared_temp = tmp_path / "var-tmp"
    squatted = shared_temp / f"{APP_ID}-{os.getuid()}"
    squatted.mkdir(parents=True)
    squatted.chmod(0o777)
    monkeypatch.setattr(locations, "MOUNTINFO", mountinfo)
    monkeypatch.setattr(locations, "SHARED_TEMP", shared_temp)
    return shared_temp


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network shares are found through mountinfo")
@pytest.mark.parametrize("export_format", ["csv", "xapi"])
def test_commands_say_where_progress_is_kept_when_it_had_to_move(monkeypatch, capsys, tmp_path, paths,
                                                                  export_format):
    shared_temp = data_folder_on_a_share(monkeypatch, tmp_path, paths.data)
    code = main(["export-progress", "--format", export_format, "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 0, err
    [kept] = [p for p in shared_temp.iterdir() if not p.name.endswith(f"-{os.getuid()}")]
    assert (kept / paths.database.name).is_file() and not paths.database.exists()
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"smartcourse: your progress is kept in {kept} for now")
    assert "network share" in lines[0] and "not a private folder" in lines[0]


def test_commands_say_nothing_about_a_local_data_folder(capsys, tmp_path, paths):
    assert main(["export-progress", "-o", str(tmp_path / "out.csv")]) == 0
    assert capsys.readouterr().err == ""
