"""Settings declared once: an old file with a setting that is gone still loads the rest."""

from __future__ import annotations

import json

import pytest

from smartcourse_desktop.system.errors import SettingsError
from smartcourse_desktop.system.policy import Policy
from smartcourse_desktop.system.settings import Settings


def test_the_unused_window_state_setting_is_gone_and_old_files_still_load(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"ui.window_state": "AAAA", "ui.last_course": "org.example.c"}), encoding="utf-8")
    settings = Settings(path, Policy())
    assert settings.get("ui.last_course") == "org.example.c"
    with pytest.raises(SettingsError):
        settings.set("ui.window_state", "AAAA")
