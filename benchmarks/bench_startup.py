"""Cold start to a mapped, idle main window, next to a bare PySide6 QMainWindow, on a real X server.

Each run is a fresh process. The time is from just before the process is spawned to the moment
its shown window is first exposed (mapped by the X server and window manager) and the event loop
is idle, which the process writes to a stamp file (SMARTCOURSE_EXIT_WHEN_IDLE=1,
SMARTCOURSE_IDLE_STAMP=FILE) before quitting; the reference does the same with an empty
QMainWindow. Shutdown is not counted. Target: median <= 1.5x the bare window (stretch 1.25x).
The app then builds the rest of its window (MainWindow.complete) and writes a second time, when
it is ready for every command: printed too, so that nothing is hidden by the split.
With --returning, the learner comes back to a lesson (the bundled course's first lecture), which
the app reopens once its window is on screen; "ready" is then that lesson's page with its player
built (the media may still be opening).

The X server is $DISPLAY when set; otherwise an Xvfb at 1366x768 with openbox (when installed),
started for the run, as on an office PC. Both run with compiled bytecode (kept in the scratch
folder), as an installed app does: the first, uncounted start writes it. Each process's CPU time
at its first stamp (all threads, time.process_time) is printed too: on a machine shared with other
work it varies far less than the wall clock, and the two ratios together tell noise from a regression.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BARE = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
def idle():
    if not window.windowHandle().isExposed():
        QTimer.singleShot(1, idle)
        return
    Path(os.environ["SMARTCOURSE_IDLE_STAMP"]).write_text(f"{time.time()!r} {time.process_time()!r}\\n")
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""

# Run in the benchmark's profile: the next start reopens the bundled course's first lecture.
SET_LAST_LESSON = """
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.paths import Paths
context = Context.create(Paths.default())
course = context.library.scan()[0].course
lecture = next(lesson for lesson in course.lessons if lesson.kind.value == "video")
context.settings.set("ui.last_course", course.id)
context.settings.set("ui.last_lesson", lecture.id)
"""


@contextlib.contextmanager
def x_display() -> Iterator[str]:
    """$DISPLAY, or a private Xvfb (and openbox) for the length of the run."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        sys.exit("bench_startup: needs an X server: set DISPLAY, or install Xvfb (packaging/apt/test.txt)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        display = ":" + reader.readline().strip()
    manager = None
    if shutil.which("openbox"):
        manager = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)  # let it take the screen before the first window maps
    try:
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait()


@dataclass(frozen=True)
class Timing:
    """Seconds. Each stamp line is "wall-clock-time process-CPU-time"; the last is when it was ready."""

    on_screen: float  # wall, from spawn to the first stamp
    cpu: float  # the process's CPU time (all threads) at the first stamp
    ready: float  # wall, to the last stamp (the same as on_screen for a window that writes one)


def timed(command: list[str], env: dict[str, str]) -> Timing:
    stamp = Path(env["SMARTCOURSE_IDLE_STAMP"])
    stamp.unlink(missing_ok=True)
    start = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if process.wait() != 0:
        raise SystemExit(f"bench_startup: {command} failed")
    stamps = [[float(field) for field in line.split()] for line in stamp.read_text().splitlines()]
    return Timing(stamps[0][0] - start, stamps[0][1], stamps[-1][0] - start)


def median_ms(runs: list[Timing], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--returning", action="store_true", help="a learner who comes back to a lecture")
    parser.add_argument("--app", nargs="+", default=[sys.executable, "-m", "smartcourse_desktop"],
                        help="command that starts the app (default: this Python, from source)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    with x_display() as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
                   SMARTCOURSE_EXIT_WHEN_IDLE="1", SMARTCOURSE_IDLE_STAMP=str(scratch / "idle-stamp"),
                   XDG_DATA_HOME=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"),
                   XDG_STATE_HOME=str(scratch / "state"), XDG_CACHE_HOME=str(scratch / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed apps have compiled bytecode, as after the first start
        bare_command = [sys.executable, "-c", BARE]
        timed(args.app, env)  # the first start creates folders and the database; not a cold-start figure
        timed(bare_command, env)
        if args.returning:
            subprocess.run([sys.executable, "-c", SET_LAST_LESSON], env=env, check=True)
            timed(args.app, env)  # the first opening of the lecture
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed(bare_command, env))
            app.append(timed(args.app, env))
    shutil.rmtree(scratch, ignore_errors=True)
    bare_wall, app_wall = median_ms(bare, "on_screen"), median_ms(app, "on_screen")
    bare_cpu, app_cpu, app_ready = median_ms(bare, "cpu"), median_ms(app, "cpu"), median_ms(app, "ready")
    label = "SmartCourse" if args.app == parser.get_default("app") else Path(args.app[-1]).name[:18]
    who = "a returning learner (the last lecture reopens)" if args.returning else "a new learner (the library)"
    print(f"X display {display}, {args.runs} runs each, medians; {who}")
    print(f"bare QMainWindow   wall {bare_wall:7.1f} ms   cpu {bare_cpu:7.1f} ms")
    print(f"{label:18} wall {app_wall:7.1f} ms   cpu {app_cpu:7.1f} ms")
    print(f"ratio              wall {app_wall / bare_wall:7.2f}x     cpu {app_cpu / bare_cpu:7.2f}x   (target <= 1.5x)")
    print(f"ready for every command  {app_ready:7.1f} ms   {app_ready / bare_wall:.2f}x the bare window")


if __name__ == "__main__":
    main()
