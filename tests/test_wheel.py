"""The bundled course is found from an installed wheel, as it is from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_installed_wheel_lists_its_own_bundled_course(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("*.whl"))
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        assert "smartcourse_desktop/assets/course/smart-cities-for-city-officials/course.json" in archive.namelist()
        archive.extractall(target)  # our own wheel: trusted input, unlike course packages
    env = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "list", "--json"], env=env, cwd=tmp_path,
                            check=True, capture_output=True, text=True)
    rows = json.loads(result.stdout)
    assert [row["root"] for row in rows] == ["bundled"]
    assert rows[0]["path"].startswith(str(target))


def test_the_wheel_carries_the_compiled_translations(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    with zipfile.ZipFile(next(tmp_path.glob("*.whl"))) as archive:
        names = set(archive.namelist())
    assert {"smartcourse_desktop/i18n/smartcourse_sv.qm", "smartcourse_desktop/i18n/smartcourse_en.qm",
            "smartcourse_desktop/i18n/smartcourse_sv.mo"} <= names
