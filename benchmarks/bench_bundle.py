"""The release bundle: .deb and unpacked sizes, and start to an idle window next to the source run.

Run `packaging/build.sh` (or `./dev package`) first; this measures what is in dist/.
Sizes: the .deb (xz), the .tar.gz, and the unpacked /opt/smartcourse. Target: .deb <= 60 MB.
Parts whose weight is a choice, in dist/ and, with no build needed (--installed-only), as installed in
site-packages: for example Ed25519 by `cryptography` against PyNaCl. A part not installed in this
Python can be measured from a folder: pip install --no-deps --target DIR cryptography; --site DIR.
Start: each run is a fresh process, timed from spawn to the moment its shown main window first
goes idle, which the app writes to a stamp file (SMARTCOURSE_IDLE_STAMP) before it quits
(SMARTCOURSE_EXIT_WHEN_IDLE=1, offscreen): the same measure as bench_startup.py. The bundle and
the source run (this Python, `-m smartcourse_desktop`) alternate, with the same fresh data folders,
and after one unmeasured start of each (page cache warm for both). Target: bundle median <= 1.1x the source run.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import io
import lzma
import os
import statistics
import sys
import tarfile
import tempfile
from pathlib import Path

from bench_startup import Timing, timed  # the same spawn-to-idle measure (benchmarks/ is on sys.path)

from smartcourse_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
MB = 1_000_000
# The VLC plugins only the take-away's remux needs (packaging/vlc-plugins.txt): their size cost.
REMUX_PLUGINS = ("libstream_out_standard_plugin.so", "libmux_mp4_plugin.so", "libaccess_output_file_plugin.so")


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def print_sizes() -> None:
    deb = DIST / f"smartcourse_{__version__}_amd64.deb"
    tarball = next(DIST.glob(f"smartcourse-{__version__}-linux-*.tar.gz"))
    unpacked = folder_size(DIST / "smartcourse")
    course = folder_size(DIST / "smartcourse" / "_internal" / "assets" / "course")
    libraries = (path for path in (DIST / "smartcourse").rglob("*.so*") if path.is_file() and not path.is_symlink())
    biggest = sorted(libraries, key=lambda path: path.stat().st_size, reverse=True)[:6]
    print(f".deb (xz)          {deb.stat().st_size / MB:7.1f} MB   (target <= 60 MB)")
    print(f".tar.gz            {tarball.stat().st_size / MB:7.1f} MB")
    print(f"unpacked           {unpacked / MB:7.1f} MB   (of which the course {course / MB:.1f} MB)")
    print("largest libraries  " + ", ".join(f"{path.name} {path.stat().st_size / MB:.1f}" for path in biggest))
    remux = [path for name in REMUX_PLUGINS for path in (DIST / "smartcourse").rglob(name)]
    print(f"take-away remux    {sum(p.stat().st_size for p in remux) / MB:7.2f} MB   ("
          + ", ".join(f"{p.name} {p.stat().st_size / 1000:.0f} kB" for p in remux) + ")")


# Parts whose weight is a decision (issue 13's size work; later issues add theirs here: the LRS
# client, the PDF engine, VLC's stream output). Globs below dist/smartcourse/_internal.
WEIGHED_PARTS = {
    "cryptography (Ed25519 only)": ["cryptography/**/*"],
    "Qt ICU data": ["PySide6/Qt/lib/libicudata.so.*"],
    "libplacebo (VLC GL output)": ["libplacebo.so.*"],
    "Qt translations (qtbase_*)": ["PySide6/Qt/translations/*"],
    "PyNaCl (Ed25519)": ["nacl/**/*"],
    "pypdfium2 (PDF readings)": ["pypdfium2*/**/*"],
}


def xz_size(paths: list[Path]) -> int:
    """About what the part adds to the .deb: its files as one xz stream (the .deb is xz too)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in paths:
            tar.add(path, arcname=path.name, recursive=False)
    return len(lzma.compress(buffer.getvalue(), preset=6))


def print_weights() -> None:
    internal = DIST / "smartcourse" / "_internal"
    for name, patterns in WEIGHED_PARTS.items():
        found = {p for pattern in patterns for p in internal.glob(pattern)}
        files = sorted(p for p in found if p.is_file() and not p.is_symlink())
        unpacked = sum(p.stat().st_size for p in files)
        print(f"  {name:28} {unpacked / MB:6.1f} MB unpacked, {xz_size(files) / MB:5.1f} MB in the .deb")


# The same choices as installed in site-packages, measurable without a build: distribution name → part.
# cffi is needed by both Ed25519 choices (only its _cffi_backend module goes into the bundle).
INSTALLED_PARTS = {
    "cryptography": "cryptography (Ed25519 only)",
    "PyNaCl": "PyNaCl (Ed25519)",
    "cffi": "cffi (needed by either)",
}


def find_distribution(name: str, sites: list[Path]) -> importlib.metadata.Distribution | None:
    """A distribution in one of `sites` (pip install --target), or else in this Python; None if absent."""
    for found in importlib.metadata.distributions(name=name, path=[str(site) for site in sites]):
        return found
    try:
        return importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def print_installed(sites: list[Path]) -> None:
    for name, part in INSTALLED_PARTS.items():
        found = find_distribution(name, sites)
        if found is None:
            print(f"  {part:28} not installed here (pip install --target DIR {name}, then --site DIR)")
            continue
        paths = (Path(str(found.locate_file(entry))) for entry in found.files or [])
        files = sorted(path for path in paths if path.is_file() and not path.is_symlink())
        unpacked = sum(path.stat().st_size for path in files)
        print(f"  {part:28} {unpacked / MB:6.1f} MB installed, {xz_size(files) / MB:5.1f} MB as xz"
              f"   ({name} {found.version})")


def print_start_times(runs: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SMARTCOURSE_EXIT_WHEN_IDLE="1", SMARTCOURSE_IDLE_STAMP=str(scratch / "idle-stamp"),
               XDG_DATA_HOME=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_STATE_HOME=str(scratch / "state"), XDG_CACHE_HOME=str(scratch / "cache"))
    source_cmd = [sys.executable, "-m", "smartcourse_desktop"]
    bundle_cmd = [str(DIST / "smartcourse" / "smartcourse")]
    first_source, first_bundle = timed(source_cmd, env).on_screen, timed(bundle_cmd, env).on_screen
    source: list[Timing] = []
    bundle: list[Timing] = []
    for _ in range(runs):
        source.append(timed(source_cmd, env))
        bundle.append(timed(bundle_cmd, env))
    source_median = statistics.median(run.on_screen for run in source)
    bundle_median = statistics.median(run.on_screen for run in bundle)
    print(f"first start        source {first_source * 1000:7.1f} ms   bundle {first_bundle * 1000:7.1f} ms")
    print(f"source run         median {source_median * 1000:7.1f} ms  (runs: {runs})")
    print(f"bundle             median {bundle_median * 1000:7.1f} ms")
    print(f"ratio              {bundle_median / source_median:.2f}x   (target <= 1.1x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes-only", action="store_true", help="skip the start-time runs")
    parser.add_argument("--installed-only", action="store_true",
                        help="only the parts as installed in site-packages (no build needed)")
    parser.add_argument("--site", type=Path, action="append", default=[],
                        help="also look for the parts' distributions in this folder (pip install --target)")
    args = parser.parse_args()
    print("installed (site-packages)")
    print_installed(args.site)
    if args.installed_only:
        return
    print_sizes()
    print_weights()
    if not args.sizes_only:
        print_start_times(args.runs)


if __name__ == "__main__":
    main()
