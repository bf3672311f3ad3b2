"""Pictures that libVLC really decodes, caught through its video callbacks (vmem) in a small RGB
buffer. The dummy video output of the other tests decodes nothing, so a test or benchmark that must
see what a seek shows (the right slide, or a grey picture) uses this instead.

Used by tests/media/test_seek_frames.py and benchmarks/bench_player.py.
"""

from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcourse_desktop.media.vlc_backend import load_vlc, media_player

WIDTH, HEIGHT = 160, 90
SAME_PICTURE = 4.0  # mean difference per sampled byte (0–255) below which two pictures are the same
TWO_FRAMES_MS = 1000  # the bundled lectures run at 2 fps


@dataclass(frozen=True)
class Picture:
    shown: float  # time.perf_counter() when libVLC handed it over for display
    rgb: bytes

    def difference(self, other: Picture) -> float:
        a, b = self.rgb, other.rgb
        samples = range(0, len(a), 37)
        return sum(abs(a[i] - b[i]) for i in samples) / len(samples)

    def same_as(self, other: Picture) -> bool:
        return self.difference(other) < SAME_PICTURE


class FrameGrab:
    """One MediaPlayer of `instance` playing `path` (from `start` seconds) into a 160×90 RV32 buffer."""

    def __init__(self, instance: Any, path: Path, start: float | None = None) -> None:
        vlc = load_vlc()
        self.player = media_player(instance, path, *([f":start-time={start:.3f}"] if start is not None else []))
        self.pictures: list[Picture] = []
        self._buffer = (ctypes.c_ubyte * (WIDTH * HEIGHT * 4))()
        self._changed = threading.Condition()

        @vlc.CallbackDecorators.VideoLockCb
        def lock(_opaque: Any, planes: Any) -> None:
            planes[0] = ctypes.cast(self._buffer, ctypes.c_void_p)
            return None

        @vlc.CallbackDecorators.VideoUnlockCb
        def unlock(_opaque: Any, _picture: Any, _planes: Any) -> None:
            pass

        @vlc.CallbackDecorators.VideoDisplayCb
        def display(_opaque: Any, _picture: Any) -> None:  # never call the player here: stop() would deadlock
            picture = Picture(time.perf_counter(), bytes(self._buffer))
            with self._changed:
                self.pictures.append(picture)
                self._changed.notify_all()

        self._callbacks = (lock, unlock, display)  # ctypes callbacks must outlive the player
        self.player.video_set_callbacks(lock, unlock, display, None)
        self.player.video_set_format("RV32", WIDTH, HEIGHT, WIDTH * 4)
        self.player.audio_set_mute(True)

    def play(self) -> None:
        if self.player.play() != 0:
            raise RuntimeError("libVLC could not start playing")

    def wait_for(self, accept: Any, after: int = 0, timeout: float = 10.0) -> Picture | None:
        """The first picture from index `after` on that `accept(picture)` approves, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = next((p for p in self.pictures[after:] if accept(p)), None)
                left = deadline - time.monotonic()
                if found is not None or left <= 0:
                    return found
                after = len(self.pictures)
                self._changed.wait(left)

    def close(self) -> None:
        self.player.stop()
        self.player.release()


def reference(instance: Any, path: Path, seconds: float) -> tuple[Picture, float]:
    """The picture a fresh start at `seconds` shows, and how long it took from play() to show it."""
    grab = FrameGrab(instance, path, start=seconds)
    try:
        started = time.perf_counter()
        grab.play()
        first = grab.wait_for(lambda _picture: True)
        if first is None:
            raise RuntimeError(f"{path.name}: no picture within 10 s of starting at {seconds} s")
        return first, first.shown - started
    finally:
        grab.close()


def seek_and_wait(grab: FrameGrab, seconds: float, expected: Picture, timeout: float = 10.0) -> float | None:
    """Seek the playing `grab` as VlcPlayer.seek does; seconds until the right picture shows (the
    picture a fresh start there shows, with libVLC's time within two frames of the target, so a
    picture from before the seek that happens to look the same counts only once libVLC is there),
    or None if it never does within `timeout`."""
    after = len(grab.pictures)
    target = int(seconds * 1000)
    started = time.perf_counter()
    grab.player.set_time(target)
    while (left := timeout - (time.perf_counter() - started)) > 0:
        right = grab.wait_for(expected.same_as, after, left)
        if right is None:
            return None
        played_ms = (time.perf_counter() - started) * 1000
        if abs(grab.player.get_time() - target) <= TWO_FRAMES_MS + played_ms:
            return right.shown - started
        after = grab.pictures.index(right) + 1
    return None
