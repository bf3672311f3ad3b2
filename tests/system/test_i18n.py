"""The language choice and the core's messages (system/i18n.py), pinned explicitly, never inherited."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from smartcourse_desktop.system.errors import SettingsError
from smartcourse_desktop.system.i18n import (
    base_language,
    choose_language,
    current_language,
    hours_minutes,
    long_date,
    number,
    set_language,
    shipped_languages,
    system_language,
)
from smartcourse_desktop.system.policy import Policy, policy_from
from smartcourse_desktop.system.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("tag", "language"), [("sv_SE.UTF-8", "sv"), ("sv-FI", "sv"), ("sv", "sv"), ("C", ""),
                                               ("POSIX", ""), ("", ""), ("en_GB.UTF-8@euro", "en"),
                                               ("sv_SE:en_GB", "sv")])
def test_base_language(tag: str, language: str) -> None:
    assert base_language(tag) == language


def test_the_system_language_follows_gettext_order() -> None:
    assert system_language({"LANGUAGE": "sv:en", "LC_ALL": "en_US.UTF-8"}) == "sv"
    assert system_language({"LC_ALL": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}) == "sv"
    assert system_language({"LC_MESSAGES": "sv_FI.UTF-8", "LANG": "C"}) == "sv"
    assert system_language({"LANG": "C"}) == "en"


def test_policy_fixes_the_language_over_the_learner_and_the_system() -> None:
    assert choose_language("sv", "en", {"LANG": "en_US.UTF-8"}) == "sv"
    assert choose_language(None, "sv", {"LANG": "en_US.UTF-8"}) == "sv"
    assert choose_language(None, "", {"LANG": "sv_SE.UTF-8"}) == "sv"
    assert choose_language(None, "", {}) == "en"


def test_a_policy_language_locks_the_learners_choice(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json", policy_from({"language": "sv"}))
    assert settings.get("ui.language") == "sv" and settings.is_locked("ui.language")
    with pytest.raises(SettingsError):
        settings.set("ui.language", "en")
    assert not Settings(tmp_path / "other.json", Policy()).is_locked("ui.language")


def test_core_messages_follow_the_language(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json", policy_from({"language": "sv"}))
    assert set_language("sv") == "sv" and current_language() == "sv"
    with pytest.raises(SettingsError, match="bestäms av din IT-avdelning"):
        settings.set("ui.language", "en")
    assert set_language("en") == "en"
    with pytest.raises(SettingsError, match="is set by your IT department"):
        settings.set("ui.language", "sv")


def test_a_language_without_a_catalogue_falls_back_to_english() -> None:
    assert set_language("fi") == "en"
    assert "sv" in shipped_languages()


def test_dates_numbers_and_durations_in_the_language() -> None:
    set_language("sv")
    assert long_date(date(2026, 11, 29)) == "29 november 2026"
    assert number(1234.5, 1) == "1\u00a0234,5"
    assert hours_minutes(2 * 3600 + 5 * 60) == "2\u00a0h 05\u00a0min"
    set_language("en")
    assert long_date(date(2026, 11, 29)) == "29 November 2026"
    assert number(1234.5, 1) == "1,234.5"


def cli(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANGUAGE=language, LC_ALL="sv_SE.UTF-8" if language == "sv" else "C.UTF-8")
    return subprocess.run([sys.executable, "-m", "smartcourse_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)


def test_the_command_line_speaks_swedish_in_a_swedish_session(paths) -> None:
    swedish = cli("export-progress", "--course", "no.such.course", "-o", "out.json", language="sv")
    assert swedish.returncode == 1
    assert "det finns ingen installerad kurs med id 'no.such.course'" in swedish.stderr
    english = cli("export-progress", "--course", "no.such.course", "-o", "out.json", language="en")
    assert "no installed course with id 'no.such.course'" in english.stderr


def test_a_policy_language_fixes_the_command_lines_language(paths, isolated_dirs: Path) -> None:
    policy = isolated_dirs / "machine" / "policy.toml"
    policy.parent.mkdir(parents=True, exist_ok=True)
    policy.write_text('language = "sv"\n', encoding="utf-8")
    done = cli("export-progress", "--course", "no.such.course", "-o", "out.json", language="en")
    assert "det finns ingen installerad kurs" in done.stderr, done.stderr


def test_a_broken_policy_language_fails_closed(tmp_path: Path) -> None:
    from smartcourse_desktop.system.policy import load_policy

    path = tmp_path / "policy.toml"
    path.write_text('language = "Svenska, tack"\n', encoding="utf-8")
    policy = load_policy(path, frozenset({os.geteuid()}))
    assert policy.restricted and not policy.allow_import and "language" in (policy.problem or "")
    assert policy.language is None and "ui.language" not in policy.locked_settings


def test_importing_from_the_command_line_reports_in_swedish(paths, tmp_path: Path) -> None:
    from smartcourse_desktop.courses.packer import pack
    from tests.package_factory import make_source

    package = pack(make_source(tmp_path / "src"), tmp_path / "demo.smartcourse").path
    first = cli("import", str(package), language="sv")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("importerade ”Demo course” version 1.0 till ")
    again = cli("import", str(package), language="sv")
    assert again.returncode == 1
    assert "version 1.0 är redan installerad. Ingenting ändrades (använd --force för att ersätta den)" in again.stderr
