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
    out, err = second.communicate(timeout=20)
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
