"""Walk SmartCourse's accessibility tree over AT-SPI, from outside the process, as Orca sees it.

Runs with the system Python (pyatspi comes from Debian's python3-pyatspi, not from the venv),
inside `dbus-run-session`: it starts the app given after `--`, waits for it on the AT-SPI bus,
walks its tree, listens to its events while the lecture plays, prints one JSON line and ends the
app. Every wait is bounded; the whole run takes well under 30 seconds. Used by test_atspi.py."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "SmartCourse"
MAX_NODES = 4000
LISTEN_SECONDS = 6


def find_app(deadline: float):
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == APP_NAME:
                return app
        time.sleep(0.3)
    return None


def nodes(root):
    stack, seen = [root], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        try:
            states = node.getState()
            record = {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
                      "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                      "showing": states.contains(pyatspi.STATE_SHOWING), "node": node}
            children = [node.getChildAtIndex(i) for i in range(min(node.childCount, 400))]
        except Exception:  # an object that went away while walking
            continue
        yield record
        if record["showing"] or record["role"] in ("application", "frame"):
            stack.extend(child for child in reversed(children) if child is not None)


def find(app, role: str, name: str, deadline: float):
    while time.monotonic() < deadline:
        for record in nodes(app):
            if record["role"] == role and record["name"] == name and record["showing"]:
                return record
        time.sleep(0.5)
    return None


def count_events(seconds: float) -> dict[str, list[str]]:
    """Value changes of the seek bar and announcements, as a screen reader would receive them."""
    seen: dict[str, list[str]] = {"value": [], "announcement": []}

    def on_event(event) -> None:
        try:
            source = event.source.name or ""
        except Exception:
            source = ""
        if event.type.startswith("object:announcement"):
            seen["announcement"].append(str(event.any_data))
        elif source == "Position in the lecture":
            seen["value"].append(event.type)

    for kind in ("object:property-change:accessible-value", "object:value-changed", "object:announcement"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    return seen


def main(command: list[str]) -> dict[str, object]:
    app_process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 25
        app = find_app(deadline)
        if app is None:
            return {"error": "the app never appeared on the AT-SPI bus"}
        seek = find(app, "slider", "Position in the lecture", deadline)
        if seek is None:
            return {"error": "no seek bar in the tree"}
        records = list(nodes(app))
        unnamed = sorted({f"{r['role']} (description {r['description']!r})" for r in records
                          if r["focusable"] and r["showing"] and not r["name"].strip()})
        events = count_events(LISTEN_SECONDS)
        seek = find(app, "slider", "Position in the lecture", time.monotonic() + 5) or seek
        return {
            "nodes": len(records), "unnamed_focusable": unnamed,
            "seek_description": seek["description"], "seek_value": seek["node"].queryValue().currentValue,
            "done_cells": sum(r["name"] in ("done", "not done") for r in records),
            "speed": [r["name"] for r in records if r["role"] == "combo box"],
            "captions": [(r["name"], r["role"]) for r in records if r["name"] == "Captions"],
            "value_events": events["value"], "announcements": events["announcement"],
        }
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[sys.argv.index("--") + 1:])), flush=True)
