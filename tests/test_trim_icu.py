"""packaging/trim_icu.py on the real ICU data library of the installed PySide6: smaller, same answers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
PROBE = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
words = ["Zebra", "Åsa", "Öberg", "apa", "Ängel", "ärlig"]
print(sorted(words, key=QCollator(QLocale("sv_SE")).sortKey))
print(sorted(words, key=QCollator(QLocale("en_GB")).sortKey))
print(QLocale("sv_SE").toUpper("straße"), QLocale("tr_TR").toUpper("istanbul"))
zone = QTimeZone(b"Europe/Stockholm")
print(zone.displayName(QDateTime(2026, 1, 15, 12, 0, 0), QTimeZone.NameType.LongName, QLocale("sv_SE")))
"""


def probe(library_dir: Path | None) -> str:
    env = dict(os.environ)
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("icupkg") is None,
                    reason="needs Linux and icupkg/genccode (icu-devtools)")
def test_trimmed_icu_is_a_quarter_of_the_size_and_answers_the_same_for_the_shipped_languages(tmp_path):
    original = next(QT_LIB.glob("libicudata.so.*[0-9]"))
    trimmed = tmp_path / original.name
    shutil.copy(original, trimmed)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "trim_icu.py"), str(trimmed), "en", "sv"], check=True)
    assert trimmed.stat().st_size < original.stat().st_size / 3
    expected = probe(None)
    assert "Åsa" in expected and "centraleuropeisk" in expected  # the probe really asks ICU for Swedish
    assert probe(tmp_path) == expected
