"""`export-progress` reads the learner's record and never moves or replaces it, even when it is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcourse_desktop.app import main

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
