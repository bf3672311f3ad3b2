"""The release bundle: .deb and unpacked sizes, and start to an idle window next to the source run.

Run `packaging/build.sh` (or `./dev package`) first; this measures what is in dist/.
Sizes: the .deb (xz), the .tar.gz, and the unpacked /opt/smartcourse. Target: .deb <= 60 MB.
Start: each run is a fresh process, timed from spawn to the moment its shown main window first
goes idle, which the app writes to a stamp file (SMARTCOURSE_IDLE_STAMP) before it quits
(SMARTCOURSE_EXIT_WHEN_IDLE=1, offscreen): the same measure as bench_startup.py. The bundle and the source run (this Python,
`-m smartcourse_desktop`) alternate, with the same fresh data folders, and after one unmeasured
start of each (page cache warm for both). Target: bundle median <= 1.1x the source run.
"""

from __future__ import annotations

import argparse
import lzma
import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench_startup import timed  # the same spawn-to-idle measure (benchmarks/ is on sys.path)

from smartcourse_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
MB = 1_000_000
# What single features cost in the release, by the files they bring (globs under _internal/).
# Issues that add weight add their part here, so the .deb figure can be read against them.
PARTS = {
    "ICU data (Qt)": ["PySide6/Qt/lib/libicudata.so.*"],
    "Qt translations": ["PySide6/Qt/translations/*"],
    "Ed25519: cryptography": ["cryptography/**/*"],
    "Ed25519: PyNaCl": ["nacl/**/*"],
    "libVLC plugins": ["vlc/plugins/**/*"],
    "libVLC GL output (libplacebo)": ["libplacebo.so*"],
    "PDF engine (pypdfium2)": ["pypdfium2*/**/*"],
}


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def print_sizes() -> None:
    deb = DIST / f"smartcourse_{__version__}_amd64.deb"
    tarball = next(DIST.glob(f"smartcourse-{__version__}-linux-*.tar.gz"))
    unpacked = folder_size(DIST / "smartcourse")
    course = folder_size(DIST / "smartcourse" / "_internal" / "assets" / "course")
    biggest = sorted((path for path in (DIST / "smartcourse").rglob("*.so*") if path.is_file() and not path.is_symlink()),
                     key=lambda path: path.stat().st_size, reverse=True)[:6]
    print(f".deb (xz)          {deb.stat().st_size / MB:7.1f} MB   (target <= 60 MB)")
    print(f".tar.gz            {tarball.stat().st_size / MB:7.1f} MB")
    print(f"unpacked           {unpacked / MB:7.1f} MB   (of which the course {course / MB:.1f} MB)")
    print("largest libraries  " + ", ".join(f"{path.name} {path.stat().st_size / MB:.1f}" for path in biggest))
    print_parts(DIST / "smartcourse" / "_internal")


def print_parts(internal: Path) -> None:
    """Each part's unpacked size and its size xz-compressed (about what it adds to the .deb)."""
    print("part                               unpacked   in the .deb (xz -6)")
    for name, patterns in PARTS.items():
        files = sorted({path for pattern in patterns for path in internal.glob(pattern)
                        if path.is_file() and not path.is_symlink()})
        if not files:
            print(f"  {name:32} {'absent':>9}")
            continue
        compressor = lzma.LZMACompressor(preset=6)
        packed = sum(len(compressor.compress(path.read_bytes())) for path in files) + len(compressor.flush())
        unpacked = sum(path.stat().st_size for path in files)
        print(f"  {name:32} {unpacked / MB:6.1f} MB   {packed / MB:6.1f} MB")


def print_start_times(runs: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SMARTCOURSE_EXIT_WHEN_IDLE="1", SMARTCOURSE_IDLE_STAMP=str(scratch / "idle-stamp"),
               XDG_DATA_HOME=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_STATE_HOME=str(scratch / "state"), XDG_CACHE_HOME=str(scratch / "cache"))
    source_cmd = [sys.executable, "-m", "smartcourse_desktop"]
    bundle_cmd = [str(DIST / "smartcourse" / "smartcourse")]
    first_source, first_bundle = timed(source_cmd, env), timed(bundle_cmd, env)
    source, bundle = [], []
    for _ in range(runs):
        source.append(timed(source_cmd, env))
        bundle.append(timed(bundle_cmd, env))
    source_median, bundle_median = statistics.median(source), statistics.median(bundle)
    print(f"first start        source {first_source * 1000:7.1f} ms   bundle {first_bundle * 1000:7.1f} ms")
    print(f"source run         median {source_median * 1000:7.1f} ms  (runs: {runs})")
    print(f"bundle             median {bundle_median * 1000:7.1f} ms")
    print(f"ratio              {bundle_median / source_median:.2f}x   (target <= 1.1x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print_sizes()
    print_start_times(args.runs)


if __name__ == "__main__":
    main()
