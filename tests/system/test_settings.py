"""Settings: typed, with defaults, in a real file, locked by policy; an old file with a removed key loads."""

from __future__ import annotations

import json

import pytest

from smartcourse_desktop.system.errors import SettingsError
from smartcourse_desktop.system.policy import Policy
from smartcourse_desktop.system.settings import Settings


def test_defaults_then_saved_values_survive_a_restart(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = Settings(path)
    assert settings.get("player.rate") == 1.0 and not path.exists()
    settings.set("player.rate", 2)  # an int is a float here
    settings.set("player.captions", False)
    assert Settings(path).get("player.rate") == 2.0 and Settings(path).get("player.captions") is False


@pytest.mark.parametrize("key, value, message", [
    ("player.volume", 101, "at most 100"),
    ("player.volume", True, "must be int"),
    ("player.rate", "fast", "must be float"),
    ("no.such", 1, "unknown setting"),
])
def test_wrong_values_are_refused(tmp_path, key, value, message):
    with pytest.raises(SettingsError, match=message):
        Settings(tmp_path / "settings.json").set(key, value)


def test_a_damaged_file_or_bad_values_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"player.volume": 500, "player.muted": True, "junk": 1}))
    settings = Settings(path)
    assert settings.get("player.volume") == 80 and settings.get("player.muted") is True
    path.write_text("{not json")
    assert Settings(path).get("player.muted") is False


def test_policy_locks_a_setting(tmp_path):
    settings = Settings(tmp_path / "settings.json", Policy(locked_settings={"player.rate": 1.5}))
    assert settings.get("player.rate") == 1.5 and settings.is_locked("player.rate")
    with pytest.raises(SettingsError, match="IT department"):
        settings.set("player.rate", 1.0)


def test_the_unused_window_state_setting_is_gone_and_old_files_still_load(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"ui.window_state": "AAAA", "ui.last_course": "org.example.c"}), encoding="utf-8")
    settings = Settings(path, Policy())
    assert settings.get("ui.last_course") == "org.example.c"
    with pytest.raises(SettingsError):
        settings.set("ui.window_state", "AAAA")


def test_an_unknown_75_kb_key_is_quoted_short(tmp_path):
    with pytest.raises(SettingsError, match="unknown setting") as raised:
        Settings(tmp_path / "settings.json").set("k" * 75_000, 1)
    assert len(str(raised.value)) < 120 and str(raised.value).endswith("…'")
