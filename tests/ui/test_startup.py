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

# PySide creates a class's Python type, with all its enums, when Python first names it; QStyle's and
# QMessageBox's cost the first window more than all its cards, and it needs neither. An event filter
# in Python at start-up would build one for each kind of event (QKeyEvent, QMouseEvent, …).
UNNEEDED_QT_TYPES = ("QStyle", "QMessageBox", "QDialog", "QFileDialog", "QKeyEvent", "QMouseEvent", "QAccessible")

START_AND_LIST_MODULES = """
import json, sys
from smartcourse_desktop.app import main
status = main([])
import PySide6.QtGui, PySide6.QtWidgets
qt_types = sorted({*PySide6.QtGui.__dict__, *PySide6.QtWidgets.__dict__})
print(json.dumps({"status": status, "modules": sorted(sys.modules), "qt_types": qt_types}))
"""


def test_the_first_window_loads_no_heavy_module():
    """A fresh process (other tests' imports would hide a regression) starts the app as a learner
    does, shows the main window and quits when it first goes idle."""
    env = dict(os.environ, SMARTCOURSE_EXIT_WHEN_IDLE="1", QT_QPA_PLATFORM="offscreen")
    env.pop("SMARTCOURSE_IDLE_STAMP", None)
    done = subprocess.run([sys.executable, "-c", START_AND_LIST_MODULES], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    loaded = {name.split(".")[0] for name in result["modules"]}
    assert sorted(loaded & set(HEAVY)) == []
    assert sorted(set(result["modules"]) & set(LATER)) == []
    assert "smartcourse_desktop.ui.main_window" in result["modules"]
    assert "QMainWindow" in result["qt_types"]
    assert sorted(set(result["qt_types"]) & set(UNNEEDED_QT_TYPES)) == []
