"""One app per profile: a second start hands its arguments to the running one, a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir

from smartcourse_desktop.ui.single_instance import SingleInstance, may_be_running, server_name

ROOT = Path(__file__).resolve().parents[2]


def test_second_start_hands_its_package_to_the_running_instance(qtbot, paths, tmp_path):
    running = SingleInstance(server_name(paths.data))
    assert running.listen()
    package = tmp_path / "new course.smartcourse"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(running.arguments_received, timeout=20000) as received:
        second = subprocess.Popen([sys.executable, "-m", "smartcourse_desktop", "gui", str(package)],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert received.args == [[str(package)]]
    _out, err = second.communicate(timeout=20)
    assert second.returncode == 0, err
    running.server.close()


def test_without_a_running_instance_nothing_is_handed_over(qtbot, paths):
    assert not SingleInstance(server_name(paths.data)).hand_over(["x.smartcourse"])


def test_a_stale_socket_left_by_a_crash_is_replaced(qtbot, tmp_path):
    name = server_name(tmp_path)
    stale = Path(QDir.tempPath()) / name
    stale.write_text("left over")
    try:
        instance = SingleInstance(name)
        assert instance.listen()
        instance.server.close()
    finally:
        stale.unlink(missing_ok=True)


def test_profiles_get_different_servers(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


def test_a_starting_instance_holding_the_profile_lock_keeps_a_second_one_out(qtbot, tmp_path):
    """The race: the first instance has the lock but is not listening yet; the second must not run."""
    lock_path = tmp_path / "instance.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(lock_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        second = SingleInstance(server_name(tmp_path), lock_path)
        assert not second.start([], wait_s=0.3)
        assert second.server is None
    finally:
        holder.kill()
        holder.wait()
    third = SingleInstance(server_name(tmp_path), lock_path)
    assert third.start([], wait_s=0.3)  # the holder died: its lock is stale
    assert third.listen()
    third.server.close()
    third.lock.unlock()


def test_a_lock_that_cannot_be_created_does_not_stop_the_start(qtbot, tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    instance = SingleInstance(server_name(tmp_path / "elsewhere"), blocker / "instance.lock")
    assert instance.start([], wait_s=0.3)
    assert instance.listen()
    instance.server.close()
def test_a_listening_instance_is_seen_without_talking_to_it(qtbot, tmp_path):
    name = server_name(tmp_path)
    assert not may_be_running(name)
    running = SingleInstance(name)
    assert running.listen()
    try:
        assert may_be_running(name)
    finally:
        running.server.close()
    assert not may_be_running(name)
