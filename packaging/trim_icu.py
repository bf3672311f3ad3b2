"""Shrink the bundle's ICU data library to the locales the app ships (31 MB → 7.5 MB unpacked).

Qt links ICU for collation, case mapping, text boundaries and time-zone names. PySide6's wheel
carries ICU's data for every locale in libicudata.so.NN, a quarter of the bundle. This keeps the
root locale, every language the app has a translation for, the normalisation, break-iterator and
Unicode property data, and the Latin-script converters; it drops other locales' names, units,
currencies and collations, transliterators, and the CJK and EBCDIC legacy converters (courses are
UTF-8). Missing locales fall back to root, so the app still runs in any locale.

    python3 packaging/trim_icu.py dist/smartcourse/_internal/PySide6/Qt/lib/libicudata.so.73 en sv

Needs icupkg and genccode (Debian's icu-devtools) and a C compiler.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Top-level resource bundles that are not locales.
GLOBAL_BUNDLES = {
    "pool", "res_index", "likelySubtags", "supplementalData", "supplementalMetadata", "metadata", "plurals",
    "pluralRanges", "numberingSystems", "keyTypeData", "timezoneTypes", "windowsZones", "zoneinfo64",
    "metaZones", "dayPeriods", "grammaticalFeatures", "genderList", "icuver", "icustd", "units", "tzdbNames",
    "currencyNumericCodes", "langInfo",
}
# Latin-script single-byte converters (ISO 8859, Windows and DOS code pages) stay; the rest go.
KEPT_CONVERTERS = re.compile(r"(iso-8859|ibm-(8\d\d|9[0-2]\d|1089|1252|4909|534[6-9]|535[0-4])_)")


def keep(item: str, languages: set[str]) -> bool:
    folder, _, name = item.rpartition("/")
    stem, _, suffix = name.rpartition(".")
    is_locale = stem in ("pool", "res_index") or stem.split("_")[0] in languages
    if folder == "translit":
        return False
    if suffix == "cnv":
        return bool(KEPT_CONVERTERS.match(name))
    if suffix != "res":
        return True  # dictionaries, break rules, normalisation, collation tables, names, properties
    return is_locale or (not folder and stem in GLOBAL_BUNDLES)


def run(*args: str | Path, cwd: Path | None = None) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True, cwd=cwd).stdout


def data_blob(library: Path) -> tuple[str, bytes]:
    """The ICU common data (symbol icudtNN_dat) inside the shared library, with its symbol name."""
    symbols = run("readelf", "-sW", library)
    symbol_line = r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)$"
    match = re.search(symbol_line, symbols, re.M)
    if match is None:
        raise SystemExit(f"trim_icu: no icudtNN_dat symbol in {library}")
    address, size, section, symbol = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = run("readelf", "-SW", library)
    header = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if header is None:
        raise SystemExit(f"trim_icu: section {section} not found in {library}")
    offset = address - int(header[1], 16) + int(header[2], 16)
    return symbol, library.read_bytes()[offset:offset + size]


def trim(library: Path, languages: set[str]) -> None:
    symbol, blob = data_blob(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73 → icudt73l (little-endian)
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        (work / f"{package}.dat").write_bytes(blob)
        items = run("icupkg", "-l", f"{package}.dat", cwd=work).split()
        dropped = [item for item in items if not keep(item, languages)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        (work / "out").mkdir()
        run("icupkg", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat", cwd=work)
        run("genccode", "-a", "gcc", "-e", symbol.removesuffix("_dat"), "-d", "out", f"out/{package}.dat", cwd=work)
        run("gcc", "-c", f"out/{package}_dat.S", "-o", "out/data.o", cwd=work)
        run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", "out/lib.so", "out/data.o", cwd=work)
        before = library.stat().st_size
        (work / "out" / "lib.so").replace(library)
    print(f"trim_icu: {library.name} {before / 1e6:.1f} MB → {library.stat().st_size / 1e6:.1f} MB, "
          f"kept {len(items) - len(dropped)} of {len(items)} items for {' '.join(sorted(languages))}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    trim(Path(sys.argv[1]), {"root", *sys.argv[2:]})
