"""Start-up imports only what the first window needs: later work cannot quietly undo the gains."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("jsonschema", "cryptography", "nacl", "vlc", "markdown", "nh3", "urllib3", "pypdfium2", "mutagen",
         "ssl", "socket", "tomllib", "uuid", "platform", "ctypes", "difflib")
# the LRS sender and the backups run once the window is idle (and the sender only with an LRS)
# and the dialogs and the take-away questions are loaded when first used
LATER = ("smartcourse_desktop.records.lrs", "smartcourse_desktop.records.backups", "importlib.resources",
         "smartcourse_desktop.ui.shared_records_dialog", "smartcourse_desktop.records.comeback",
         "smartcourse_desktop.records.certificate", "smartcourse_desktop.ui.player.shortcuts",
         "smartcourse_desktop.ui.export_notice")
# built by ui.application.complete(), once the first frame is on screen
AFTER_FIRST_FRAME = ("smartcourse_desktop.ui.course_controller", "smartcourse_desktop.ui.progress_menu",
                     "smartcourse_desktop.ui.search_controller", "smartcourse_desktop.ui.takeaway_features",
                     "smartcourse_desktop.ui.panel_collapse", "smartcourse_desktop.ui.pane_cycle",
                     "smartcourse_desktop.records.learning_record", "smartcourse_desktop.records.xapi")

# PySide creates a class's Python type, with all its enums, when Python first names it; QStyle's and
# QMessageBox's cost the first window more than all its cards, and it needs neither. An event filter
# in Python at start-up would build one for each kind of event (QKeyEvent, QMouseEvent, …).
UNNEEDED_QT_TYPES = ("QStyle", "QMessageBox", "QDialog", "QFileDialog", "QKeyEvent", "QMouseEvent", "QAccessible")

# The first frame's state is read when the app calls ui.application.complete(), which this wraps to
# look and then runs as it is.
START_AND_LIST_MODULES = """
import json, sys
import PySide6.QtGui, PySide6.QtWidgets
import smartcourse_desktop.ui.application as application

def state():
    return {"modules": sorted(sys.modules),
            "qt_types": sorted({*PySide6.QtGui.__dict__, *PySide6.QtWidgets.__dict__})}

first_frame = {}
complete = application.complete

def look_then_complete(window, *args):
    first_frame.update(state(), exposed=window.windowHandle().isExposed())
    complete(window, *args)

application.complete = look_then_complete
from smartcourse_desktop.app import main
status = main([])
print(json.dumps({"status": status, "first_frame": first_frame, "ready": state()}))
"""


def start_app() -> dict:
    """A fresh process (other tests' imports would hide a regression) starts the app as a learner
    does, shows the main window, completes it once shown and quits when it goes idle."""
    env = dict(os.environ, SMARTCOURSE_EXIT_WHEN_IDLE="1", QT_QPA_PLATFORM="offscreen")
    env.pop("SMARTCOURSE_IDLE_STAMP", None)
    done = subprocess.run([sys.executable, "-c", START_AND_LIST_MODULES], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    return result


def test_the_first_frame_waits_for_nothing_it_does_not_show():
    first_frame = start_app()["first_frame"]
    assert first_frame["exposed"]
    modules = set(first_frame["modules"])
    assert "smartcourse_desktop.ui.library_view" in modules
    assert sorted(modules & set(AFTER_FIRST_FRAME)) == []
    assert sorted(set(first_frame["qt_types"]) & set(UNNEEDED_QT_TYPES)) == []


def test_the_ready_window_loads_no_heavy_module():
    ready = start_app()["ready"]
    modules = set(ready["modules"])
    assert sorted({name.split(".")[0] for name in modules} & set(HEAVY)) == []
    assert sorted(modules & set(LATER)) == []
    assert set(AFTER_FIRST_FRAME) <= modules  # the window was completed
    assert "QMainWindow" in ready["qt_types"]
    assert sorted(set(ready["qt_types"]) & set(UNNEEDED_QT_TYPES)) == []
