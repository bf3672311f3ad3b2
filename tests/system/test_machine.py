"""Machine-wide locations are fixed: no learner-set variable moves them, and learner-writable files are refused."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.library import RootKind
from smartcourse_desktop.system.machine import MACHINE_ROOT_VARIABLE, MachineDirs, machine_dirs
from smartcourse_desktop.system.paths import PORTABLE_MARKER, Paths
from smartcourse_desktop.system.policy import load_machine_policy
from tests.package_factory import COURSE_ID, make_source

LINUX = MachineDirs(Path("/etc/smartcourse/policy.toml"), Path("/var/lib/smartcourse/courses"),
                    (Path("/etc/xdg/smartcourse/policy.toml"),), (Path("/usr/local/share/smartcourse/courses"),))


def install_course(root: Path, tmp_path: Path) -> None:
    from smartcourse_desktop.courses.importer import import_course

    import_course(make_source(tmp_path / "course-src"), root)


def test_fixed_locations_per_platform(monkeypatch):
    monkeypatch.delenv(MACHINE_ROOT_VARIABLE)
    assert machine_dirs(platform="linux") == LINUX
    mac = machine_dirs(platform="darwin")
    assert mac.policy_file == Path("/Library/Application Support/SmartCourse/policy.toml")
    assert mac.library == Path("/Library/Application Support/SmartCourse/courses")


def test_learner_xdg_variables_change_neither_policy_nor_library(tmp_path, monkeypatch, isolated_dirs):
    """KDE/GNOME/flatpak sessions, or a learner, set XDG_*_DIRS: the machine policy and library stay put."""
    learner = tmp_path / "learner"
    (learner / "smartcourse").mkdir(parents=True)
    (learner / "smartcourse" / "policy.toml").write_text("allow_import = true\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(learner))
    monkeypatch.setenv("XDG_DATA_DIRS", str(learner))
    monkeypatch.delenv(MACHINE_ROOT_VARIABLE)
    paths = Paths.default()
    assert (paths.policy_file, paths.system_library) == (LINUX.policy_file, LINUX.library)
    monkeypatch.setenv(MACHINE_ROOT_VARIABLE, str(isolated_dirs / "machine"))
    paths = Paths.default()
    (isolated_dirs / "machine").mkdir()
    paths.policy_file.write_text("allow_import = false\n", encoding="utf-8")
    context = Context.create(paths)
    assert context.policy.allow_import is False
    assert not any(root.path.is_relative_to(learner) for root in context.library.roots)


def test_machine_root_variable_is_ignored_when_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert machine_dirs({MACHINE_ROOT_VARIABLE: str(tmp_path)}, "linux") == LINUX
    monkeypatch.setattr(sys, "frozen", False)
    assert machine_dirs({MACHINE_ROOT_VARIABLE: str(tmp_path)}, "linux") == MachineDirs.under(tmp_path)


@pytest.mark.parametrize("mode", [0o666, 0o646, 0o664])
def test_policy_writable_by_others_is_refused(paths, mode):
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("allow_import = true\n", encoding="utf-8")
    paths.policy_file.chmod(mode)
    policy = Context.create(paths).policy
    assert policy.restricted and policy.allow_import is False
    assert str(paths.policy_file) in policy.problem and "writable by users other than root" in policy.problem
    assert "-rw-" in policy.problem  # the permissions, as ls shows them


def test_policy_in_a_world_writable_folder_is_refused(paths):
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("allow_import = true\n", encoding="utf-8")
    paths.policy_file.parent.chmod(0o777)
    policy = Context.create(paths).policy
    assert policy.restricted and "drwxrwxrwx" in policy.problem


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown to another user needs root")
def test_policy_owned_by_a_learner_is_refused(paths):
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("allow_import = true\n", encoding="utf-8")
    os.chown(paths.policy_file, 65534, 65534)
    policy = Context.create(paths).policy
    assert policy.restricted and "owned by uid 65534" in policy.problem


def test_machine_library_writable_by_learners_is_refused(paths, tmp_path):
    install_course(paths.system_library, tmp_path)
    assert Context.create(paths).library.find(COURSE_ID) is not None
    paths.system_library.chmod(0o777)
    context = Context.create(paths)
    assert context.library.find(COURSE_ID) is None
    assert any(str(paths.system_library) in p and "drwxrwxrwx" in p for p in context.root_problems)


def test_legacy_policy_is_obeyed_with_a_warning_until_migrated(paths):
    legacy = paths.machine.legacy_policy_files[0]
    legacy.parent.mkdir(parents=True)
    legacy.write_text("allow_import = false\n", encoding="utf-8")
    context = Context.create(paths)
    assert context.policy.allow_import is False and context.policy.source == legacy
    assert any("old place" in w and str(paths.policy_file) in w for w in context.notices)
    paths.policy_file.write_text("allow_import = true\n", encoding="utf-8")
    context = Context.create(paths)
    assert context.policy.allow_import is True
    assert any(f"{legacy} is ignored" in w for w in context.notices)


def test_broken_legacy_policy_fails_closed(paths):
    legacy = paths.machine.legacy_policy_files[0]
    legacy.parent.mkdir(parents=True)
    legacy.write_text("allow_import = maybe\n", encoding="utf-8")
    assert Context.create(paths).policy.restricted


def test_legacy_machine_library_still_lists_its_courses(paths, tmp_path):
    install_course(paths.machine.legacy_libraries[0], tmp_path)
    installed = Context.create(paths).library.find(COURSE_ID)
    assert installed is not None and installed.root.path == paths.machine.legacy_libraries[0]


def test_missing_extra_root_is_named(paths, caplog):
    share = paths.data.parent / "not-mounted"
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(f'extra_roots = ["{share}"]\n', encoding="utf-8")
    context = Context.create(paths)
    assert context.root_problems == [f"library root {share}: not reachable"]
    assert f"library root {share}: not reachable" in caplog.text


@pytest.fixture
def portable_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "usb" / "SmartCourse"
    folder.mkdir(parents=True)
    (folder / "smartcourse").write_bytes(b"\x7fELF")
    (folder / PORTABLE_MARKER).touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "smartcourse"))
    return folder


def portable_policy(folder: Path, text: str) -> None:
    target = folder / "smartcourse-data" / "site-config" / "policy.toml"
    target.parent.mkdir(parents=True)
    target.write_text(text, encoding="utf-8")
    target.chmod(0o666)  # a portable policy is the user's own file: that is expected, not refused


def test_portable_mode_does_not_skip_the_machine_policy(portable_app, tmp_path):
    machine = MachineDirs.under(tmp_path / "machine")
    machine.policy_file.parent.mkdir()
    machine.policy_file.write_text("allow_import = false\nrequire_signed = true\n", encoding="utf-8")
    portable_policy(portable_app, 'allow_import = true\nrequire_signed = false\ntrusted_keys = ["k"]\n'
                                  'lrs_endpoint = "https://evil.example"\n')
    paths = Paths.default()
    assert paths.policy_file == LINUX.policy_file  # frozen: the fixed place
    policy = load_machine_policy(machine, paths.portable_policy)
    assert policy.allow_import is False and policy.require_signed is True
    assert policy.trusted_keys == () and policy.lrs_endpoint is None


def test_portable_policy_may_restrict_further(portable_app, tmp_path):
    portable_policy(portable_app, 'allow_import = false\n[settings]\n"player.rate" = 1.25\n')
    paths = Paths.default()
    policy = load_machine_policy(MachineDirs.under(tmp_path / "no-machine"), paths.portable_policy)
    assert policy.problem is None and policy.allow_import is False
    assert policy.locked_settings == {"player.rate": 1.25}


def test_broken_portable_policy_fails_closed(portable_app, tmp_path):
    portable_policy(portable_app, "allow_import = \n")
    policy = load_machine_policy(MachineDirs.under(tmp_path / "no-machine"), Paths.default().portable_policy)
    assert policy.restricted and policy.allow_import is False


def test_machine_library_root_kind(paths):
    context = Context.create(paths)
    assert context.library.root_of_kind(RootKind.SYSTEM).path == paths.machine.library
