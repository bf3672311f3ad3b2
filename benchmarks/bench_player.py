"""Lecture start-up time and memory of the player on real libVLC.

Figures (same files, same process, libVLC with dummy outputs unless SMARTCOURSE_VLC_ARGS says
otherwise):
  reference   libVLC alone: open + parse the file (vlc_backend.probe), p50 of --runs
  start       VlcPlayer.open() → check off the GUI thread → play() → the first time-changed
              event from libVLC, p50 of --runs; for the video and for the audio rendition
  rss         peak RSS while playing the 720p lecture for --seconds (replayed if it is shorter),
              next to the RSS of the idle process before playing
  seek        a playing lecture seeks (as VlcPlayer.seek does) to --seeks seeded random points; the
              time from the seek to the first picture decoded for it: shown after the seek, with
              libVLC's time within two frames of the target, and the same picture as a fresh start
              at that point shows (not grey, not the picture from before the seek). Pictures are
              really decoded, through libVLC's video callbacks (vmem), into a small RGB buffer.
              Beside it, open→first picture of a fresh player, p50, in the same run.
Targets: start p50 < 200 ms; peak RSS < 250 MB; seek → first correct picture p95 ≤ 300 ms.

    .venv/bin/python benchmarks/bench_player.py [--runs 9] [--seconds 30] [--seeks 20] [--seed 12]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.media.vmem_frames: the picture grabber

os.environ.setdefault("SMARTCOURSE_VLC_ARGS", "--aout=dummy --vout=dummy")

from PySide6.QtCore import QCoreApplication, QTimer

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.media.vlc_backend import probe, shared_instance
from smartcourse_desktop.system.paths import bundled_courses_dir
from smartcourse_desktop.ui.player.vlc_player import PlaybackState, VlcPlayer


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def lecture_files() -> tuple[Path, Path]:
    """The first bundled lecture with both a video and an audio rendition."""
    for folder in sorted(bundled_courses_dir().iterdir()):
        course = load_course(folder)
        for lesson in course.lessons:
            if lesson.media and lesson.audio:
                return course.path_of(lesson.media), course.path_of(lesson.audio)
    raise SystemExit("no bundled lecture with video and audio found")


def time_to_first_tick(app: QCoreApplication, player: VlcPlayer, path: Path) -> float:
    """Seconds from open() to the first time-changed event after play()."""
    marks: dict[str, float] = {}

    def on_state(state: PlaybackState) -> None:
        if state == PlaybackState.READY and "played" not in marks:
            marks["played"] = time.perf_counter()
            player.play()

    def on_position(_ms: int) -> None:
        if "played" in marks and "tick" not in marks:
            marks["tick"] = time.perf_counter()
            app.quit()

    player.state_changed.connect(on_state)
    player.position_changed.connect(on_position)
    QTimer.singleShot(10000, app.quit)
    marks["open"] = time.perf_counter()
    player.open(path)
    app.exec()
    player.state_changed.disconnect(on_state)
    player.position_changed.disconnect(on_position)
    player.close()
    if "tick" not in marks:
        raise SystemExit(f"{path.name}: no time-changed event within 10 s")
    return marks["tick"] - marks["open"]


def reference(path: Path) -> float:
    start = time.perf_counter()
    result = probe(shared_instance(), path)
    assert result.ok, result.reason
    return time.perf_counter() - start


def play_for(app: QCoreApplication, player: VlcPlayer, path: Path, seconds: float) -> float:
    """Play `path` (again and again) for `seconds`; return the peak RSS in MB."""
    def again(state: PlaybackState) -> None:
        if state in (PlaybackState.READY, PlaybackState.ENDED):
            player.play()

    player.state_changed.connect(again)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    player.open(path)
    app.exec()
    player.shutdown()
    return rss_mb("VmHWM")


def seek_report(path: Path, seeks: int, seed: int) -> str:
    """Seek → first correct picture over `seeks` seeded random points, beside open → first picture."""
    from tests.media.vmem_frames import FrameGrab, reference, seek_and_wait

    instance = shared_instance()
    duration = probe(instance, path).duration
    rng = random.Random(seed)
    targets = [round(rng.uniform(1.0, duration - 3.0), 2) for _ in range(seeks)]
    expected = [reference(instance, path, t) for t in targets]
    grab = FrameGrab(instance, path)
    try:
        grab.play()
        grab.wait_for(lambda _picture: True)
        took = [seek_and_wait(grab, t, picture) for t, (picture, _open) in zip(targets, expected, strict=True)]
    finally:
        grab.close()
    missed = sum(t is None for t in took)
    seek = [10.0 if t is None else t for t in took]
    opened = [open_s for _picture, open_s in expected]
    return (f"seek  {path.name}: seek→first correct picture p50 {p50_ms(seek):6.1f} ms, p95 {p95_ms(seek):6.1f} ms "
            f"over {seeks} seeks (seed {seed}, {missed} never right within 10 s); open→first picture p50 "
            f"{p50_ms(opened):6.1f} ms; ratio p95/open {p95_ms(seek) / p50_ms(opened):.2f}x "
            f"(target p95 ≤ 300 ms: {'ok' if p95_ms(seek) <= 300 else 'MISSED'})")


def p50_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def p95_ms(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] * 1000 if len(values) > 1 else values[0] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seeks", type=int, default=20)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    app = QCoreApplication([])
    video, audio = lecture_files()
    player = VlcPlayer()
    idle = rss_mb()
    for label, path in (("video", video), ("audio", audio)):
        time_to_first_tick(app, player, path)  # warm the page cache and libVLC's plugins
        ref = [reference(path) for _ in range(args.runs)]
        start = [time_to_first_tick(app, player, path) for _ in range(args.runs)]
        print(f"{label:5} {path.name}: open→first tick p50 {p50_ms(start):6.1f} ms; "
              f"libVLC open+parse p50 {p50_ms(ref):6.1f} ms; ratio {p50_ms(start) / p50_ms(ref):.2f}x "
              f"(target < 200 ms: {'ok' if p50_ms(start) < 200 else 'MISSED'})")
    print(seek_report(video, args.seeks, args.seed))
    peak = play_for(app, player, video, args.seconds)
    print(f"rss   {video.name}: peak {peak:.0f} MB while playing {args.seconds:.0f} s; idle before playing "
          f"{idle:.0f} MB; ratio {peak / idle:.2f}x (target < 250 MB: {'ok' if peak < 250 else 'MISSED'})")


if __name__ == "__main__":
    main()
