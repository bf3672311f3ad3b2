"""Cold start to a shown, idle main window, next to a bare PySide6 QMainWindow.

Each run is a fresh process. The time is from just before the process is spawned to the moment
its shown window first goes idle, which the process writes to a stamp file
(SMARTCOURSE_EXIT_WHEN_IDLE=1, SMARTCOURSE_IDLE_STAMP=FILE) before quitting; the reference does
the same with an empty QMainWindow. Shutdown is not counted. Target: median <= 1.5x the bare window.
Both run with compiled bytecode (kept in the scratch folder), as an installed app does: the first,
uncounted start writes it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
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
    Path(os.environ["SMARTCOURSE_IDLE_STAMP"]).write_text(repr(time.time()))
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    stamp = Path(env["SMARTCOURSE_IDLE_STAMP"])
    stamp.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return float(stamp.read_text()) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app", nargs="+", default=[sys.executable, "-m", "smartcourse_desktop"],
                        help="command that starts the app (default: this Python, from source)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
               SMARTCOURSE_EXIT_WHEN_IDLE="1", SMARTCOURSE_IDLE_STAMP=str(scratch / "idle-stamp"),
               XDG_DATA_HOME=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_STATE_HOME=str(scratch / "state"), XDG_CACHE_HOME=str(scratch / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled, as after this first start
    timed(args.app, env)  # first start creates folders and the database; not a cold-start figure
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(timed([sys.executable, "-c", BARE], env))
        app.append(timed(args.app, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow   median {bare_median * 1000:7.1f} ms  (runs: {args.runs})")
    print(f"SmartCourse        median {app_median * 1000:7.1f} ms")
    print(f"ratio              {app_median / bare_median:.2f}x   (target <= 1.5x)")


if __name__ == "__main__":
    main()
