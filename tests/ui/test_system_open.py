"""External programs start with the system's environment, not the bundle's libraries."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl

from smartcourse_desktop.ui.system_open import open_with_system


def test_bundle_starts_xdg_open_without_the_bundles_library_path(qtbot, tmp_path: Path, monkeypatch):
    """Restoring an original path (LD_LIBRARY_PATH_ORIG) is checked in tests/system/test_paths.py, on a
    mapping: this test only changes variables that exist (tests/conftest.py, SUITE_VARIABLES)."""
    record = tmp_path / "seen.txt"
    tool = tmp_path / "bin" / "xdg-open"
    tool.parent.mkdir()
    tool.write_text(f'#!/bin/sh\necho "$1|${{LD_LIBRARY_PATH:-unset}}" > {record}\n')
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tool.parent}:/usr/bin:/bin")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/smartcourse/_internal")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert open_with_system(QUrl("https://example.org/report"))
    qtbot.waitUntil(record.exists, timeout=5000)
    qtbot.waitUntil(lambda: record.read_text().strip() != "", timeout=5000)
    assert record.read_text().strip() == "https://example.org/report|unset"
