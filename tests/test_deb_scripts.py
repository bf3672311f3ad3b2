"""The .deb's maintainer scripts, run by the real dpkg into a scratch root (--root, chrootless scripts)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
pytestmark = pytest.mark.skipif(
    shutil.which("dpkg") is None or not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="needs dpkg and root (dpkg --root installs owned by root)",
)


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(["dpkg", f"--root={root}", "--force-script-chrootless", "--force-not-root", *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def build_deb(tmp_path: Path, scripts: tuple[str, ...] = ("postinst", "postrm")) -> Path:
    """A package shaped like ours (/opt/smartcourse), carrying our real maintainer scripts."""
    stage = tmp_path / "stage"
    (stage / "DEBIAN").mkdir(parents=True)
    (stage / "opt" / "smartcourse").mkdir(parents=True)
    (stage / "opt" / "smartcourse" / "smartcourse").write_text("#!/bin/sh\n", encoding="utf-8")
    (stage / "DEBIAN" / "control").write_text("Package: smartcourse\nVersion: 0.2\nArchitecture: all\n"
                                              "Maintainer: t <t@example.org>\nDescription: test\n test\n")
    for name in scripts:
        shutil.copy(LINUX / name, stage / "DEBIAN" / name)
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(stage), str(tmp_path / "s.deb")],
                   check=True, capture_output=True)
    return tmp_path / "s.deb"


def scratch_root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    for sub in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / sub).mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "status").touch()
    return root


def test_remove_keeps_an_empty_opt(tmp_path):
    root = scratch_root(tmp_path)
    dpkg(root, "-i", str(build_deb(tmp_path)))
    dpkg(root, "-r", "smartcourse")
    assert (root / "opt").is_dir() and not (root / "opt" / "smartcourse").exists()


def test_postinst_moves_the_old_policy_and_library(tmp_path):
    root = scratch_root(tmp_path)
    old_policy = root / "etc" / "xdg" / "smartcourse" / "policy.toml"
    old_course = root / "usr" / "local" / "share" / "smartcourse" / "courses" / "c1"
    old_policy.parent.mkdir(parents=True)
    old_policy.write_text("allow_import = false\n", encoding="utf-8")
    old_course.mkdir(parents=True)
    (old_course / "course.json").write_text("{}", encoding="utf-8")
    for path in (old_course, old_course.parent, old_course / "course.json"):
        path.chmod(0o700 if path.is_dir() else 0o600)  # made under umask 077
    result = dpkg(root, "-i", str(build_deb(tmp_path)))
    assert (root / "etc" / "smartcourse" / "policy.toml").read_text(encoding="utf-8") == "allow_import = false\n"
    new_course = root / "var" / "lib" / "smartcourse" / "courses" / "c1"
    assert (new_course / "course.json").stat().st_mode & 0o777 == 0o644
    assert new_course.stat().st_mode & 0o777 == 0o755 and new_course.parent.stat().st_mode & 0o777 == 0o755
    assert not old_policy.exists() and not old_course.exists()
    assert "moved the machine policy" in result.stderr


def test_postinst_keeps_both_when_the_new_place_is_taken(tmp_path):
    root = scratch_root(tmp_path)
    for folder in ("etc/xdg/smartcourse", "etc/smartcourse"):
        (root / folder).mkdir(parents=True)
        (root / folder / "policy.toml").write_text(f"# {folder}\n", encoding="utf-8")
    result = dpkg(root, "-i", str(build_deb(tmp_path)))
    assert (root / "etc/smartcourse/policy.toml").read_text(encoding="utf-8") == "# etc/smartcourse\n"
    assert (root / "etc/xdg/smartcourse/policy.toml").exists() and "both" in result.stderr
