"""A hard kill (SIGKILL) while writing loses at most the last 5 s of position, never a completion or note."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.records.store import FLUSH_INTERVAL, Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
ROOT = Path(__file__).resolve().parents[2]
MAX_POSITION_LOSS = 5.0


def run_and_kill(path: Path, kill_at: float) -> tuple[float, set[str], set[str]]:
    """Start the writer child, SIGKILL it once it reports `kill_at` seconds of position; return
    the last acknowledged position, completions and notes."""
    child = subprocess.Popen([sys.executable, "-m", "tests.records.store_writer_child", str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    lines = []
    assert child.stdout is not None
    for line in child.stdout:
        lines.append(line)
        if line.startswith("position") and float(line.split()[1]) >= kill_at:
            os.kill(child.pid, signal.SIGKILL)
            break
    lines += child.stdout.read().splitlines()  # acknowledged before the kill, still in the pipe
    assert child.wait(timeout=10) == -signal.SIGKILL
    positions = [float(line.split()[1]) for line in lines if line.startswith("position")]
    completed = {line.split()[1] for line in lines if line.startswith("completed")}
    notes = {" ".join(line.split()[2:]) for line in lines if line.startswith("note")}
    return max(positions), completed, notes


@pytest.mark.parametrize("kill_at", [0.7, 3.3])
def test_sigkill_while_writing_loses_only_recent_position(tmp_path, kill_at):
    path = tmp_path / "progress.sqlite3"
    last_position, completed, notes = run_and_kill(path, kill_at)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = Store.open(path)
    try:
        assert store.moved_aside is None
        progress = store.course("org.example.demo")
        assert completed and completed <= {lesson for lesson, r in progress.items() if r.completed}
        assert notes <= {n.body for n in store.notes("org.example.demo")}
        saved = progress["lecture"].position if "lecture" in progress else 0.0
        assert last_position - saved <= MAX_POSITION_LOSS
        assert saved <= last_position
        assert saved > 0 or kill_at < FLUSH_INTERVAL  # the writer did commit positions
    finally:
        store.close()
