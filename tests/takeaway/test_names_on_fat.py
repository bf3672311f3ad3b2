"""Exported names on a real FAT32 file system: a vfat image, mounted as a loop device when root
and the kernel allows it, else written with mtools (which refuses names FAT cannot hold)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from smartcourse_desktop.takeaway.export import export_takeaway
from smartcourse_desktop.takeaway.names import is_fat_safe
from smartcourse_desktop.takeaway.plan import plan_takeaway
from tests.takeaway.takeaway_helpers import bundled, files_under

MODULES = ["m01", "m04"]  # m04's lecture title has a '?', which FAT refuses


def fat_image(tmp_path: Path) -> Path:
    if shutil.which("mkfs.vfat") is None:
        pytest.skip("mkfs.vfat is missing (dosfstools, packaging/apt/test.txt)")
    image = tmp_path / "stick.img"
    with open(image, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    subprocess.run(["mkfs.vfat", "-F", "32", "-n", "TAKEAWAY", str(image)], check=True, capture_output=True)
    return image


def mounted(image: Path, mount_point: Path) -> bool:
    if os.geteuid() != 0:
        return False
    mount_point.mkdir()
    done = subprocess.run(["mount", "-o", "loop", str(image), str(mount_point)], capture_output=True)
    return done.returncode == 0


def planned(plan) -> list[str]:
    names = [item.relative.as_posix() for item in plan.items] + [f"{plan.folder}/index.html"]
    names += [f"{plan.module_folder(m)}/{plan.module_folder(m).name}.m3u8" for m in plan.modules]
    return sorted(names)


def test_exported_names_are_valid_on_fat32(tmp_path):
    image, mount_point = fat_image(tmp_path), tmp_path / "mnt"
    if mounted(image, mount_point):
        try:
            plan = plan_takeaway(bundled(), MODULES, mount_point)
            export_takeaway(plan)
            on_fat = files_under(mount_point)
        finally:
            subprocess.run(["umount", str(mount_point)], check=True)
    else:
        if shutil.which("mcopy") is None:
            pytest.skip("cannot loop-mount vfat here (not root or no vfat in the kernel) and mtools is missing")
        plan = plan_takeaway(bundled(), MODULES, tmp_path / "out")
        export_takeaway(plan)
        env = {**os.environ, "MTOOLS_SKIP_CHECK": "1"}
        subprocess.run(["mcopy", "-s", "-i", str(image), str(tmp_path / "out" / plan.folder), "::/"],
                       check=True, capture_output=True, env=env, stdin=subprocess.DEVNULL)
        listing = subprocess.run(["mdir", "-/", "-b", "-i", str(image), "::/"], check=True, capture_output=True,
                                 text=True, env=env).stdout.splitlines()
        on_fat = sorted(line.removeprefix("::/") for line in listing if not line.endswith("/"))
    assert on_fat == planned(plan)
    assert any("Who Holds the Keys Data" in name for name in on_fat)
    assert all(is_fat_safe(name) for name in on_fat)
