"""The VlcPlayer facade on real libVLC (dummy outputs): its blocking libVLC calls run on its own
thread, so nothing it does waits behind unrelated work on the global thread pool."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThreadPool

from smartcourse_desktop.media import vlc_backend
from smartcourse_desktop.ui.player.vlc_player import PlaybackState, VlcPlayer
from smartcourse_desktop.ui.tasks import Task

LECTURE = Path(__file__).parent.parent / "fixtures" / "lecture.mp4"


def busy_global_pool() -> threading.Event:
    """Fill every thread of the global pool with a task that waits for the returned event."""
    release = threading.Event()
    for _ in range(QThreadPool.globalInstance().maxThreadCount()):
        Task(lambda _r: release.wait(60)).start()
    return release


def test_the_player_uses_the_backends_one_libvlc_instance(qtbot):
    player = VlcPlayer()
    assert player.instance is vlc_backend.shared_instance()


def test_opening_and_shutdown_never_wait_behind_the_global_pool(qtbot):
    player = VlcPlayer()
    release = busy_global_pool()
    try:
        player.open(LECTURE)
        qtbot.waitUntil(lambda: player.state == PlaybackState.READY, timeout=10000)
        with qtbot.waitSignal(player.state_changed, timeout=8000, check_params_cb=lambda s: s == PlaybackState.PLAYING):
            player.play()
        assert player.shutdown() is True  # libVLC let go: the player was stopped and released
        assert not release.is_set()
    finally:
        release.set()


def test_a_destroyed_player_has_let_go_of_libvlc(qtbot):
    """Deleting a player waits for the libVLC calls it has queued (here the stop and release that
    `stop()` hands to its thread): none of them runs on after it. PlayerWidget shuts a playing one
    down before that (test_player.py)."""
    from shiboken6 import Shiboken

    player = VlcPlayer()
    player.open(LECTURE)
    qtbot.waitUntil(lambda: player.state == PlaybackState.READY, timeout=10000)
    with qtbot.waitSignal(player.state_changed, timeout=8000, check_params_cb=lambda s: s == PlaybackState.PLAYING):
        player.play()
    player.stop()  # the release is queued on the player's thread
    thread = player._worker._thread
    assert thread is not None and thread.is_alive()
    Shiboken.delete(player)
    assert not thread.is_alive()
