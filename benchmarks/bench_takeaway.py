"""Take-away export throughput next to `cp` of the same audio files to the same destination.

The issue's target (#17): the export of the bundled course's audio (all 8 modules, 9 files,
about 10 MB) runs at >= 0.8x the throughput of `cp` of the same files to a synced vfat image,
with process start-up excluded. One run prints two destinations side by side:

- **a vfat (FAT32) image**: mounted as a loop device where the kernel has vfat, else through
  FUSE (`fusefat`, Debian package `fusefat`), which reads and writes the same on-disk format
  in user space (packaging/apt/test.txt installs it). Kernels without a vfat module (like this
  project's machines: no `vfat` in /proc/filesystems, no modules to load, `mount -o loop` says
  "unknown filesystem type") only allow the FUSE mount. Needs root. fusefat is much slower than
  the kernel's vfat (about 10 MB/s here, for `cp` too), so per-file costs weigh less there.
- **a folder on the file system of the temporary directory** (ext4 here), the closest other
  honest alternative, always measured.

"Synced" means on the device: `cp` is followed by `sync -f` on the destination, the export
flushes the destination itself, and for an image both are then followed by an fsync of the
image file (where a FUSE mount's writes sit until then), timed on both sides. Process start-up
is excluded: the median time of `cp --version` plus `sync --version` is subtracted from each
`cp` run; the export runs in this process. Both sides are timed on the same bytes (the source
audio), alternating, after one uncounted round that warms the page cache; figures are medians.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.takeaway.export import export_takeaway
from smartcourse_desktop.takeaway.plan import ItemKind, TakeawayPlan, plan_takeaway

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "assets/course/smart-cities-for-city-officials"
MB = 1_000_000
IMAGE_SIZE = 256 * 1024 * 1024


@dataclass
class Destination:
    label: str
    folder: Path
    image: Path | None = None  # the file that holds the file system, synced after each side
    cp_times: list[float] = field(default_factory=list)
    export_times: list[float] = field(default_factory=list)

    def sync(self) -> None:
        """Flush the destination, then the image file that holds it (a FUSE mount writes there)."""
        handle = os.open(self.folder, os.O_RDONLY)
        try:
            ctypes.CDLL(None, use_errno=True).syncfs(handle)
        finally:
            os.close(handle)
        if self.image is not None:
            with open(self.image, "rb+") as image:
                os.fsync(image.fileno())


def fat_image(scratch: Path) -> Path:
    image = scratch / "stick.img"
    with open(image, "wb") as handle:
        handle.truncate(IMAGE_SIZE)
    subprocess.run(["mkfs.vfat", "-F", "32", "-n", "TAKEAWAY", str(image)], check=True, capture_output=True)
    return image


@contextmanager
def vfat(scratch: Path) -> Iterator[Destination | None]:
    """A FAT32 image: a loop mount where the kernel has vfat, else fusefat; None when neither."""
    if os.geteuid() != 0 or shutil.which("mkfs.vfat") is None:
        yield None
        return
    image, mount_point = fat_image(scratch), scratch / "vfat"
    mount_point.mkdir()
    mounts = [("a vfat (FAT32) image, kernel loop mount", ["mount", "-o", "loop", str(image), str(mount_point)],
               ["umount", str(mount_point)])]
    if shutil.which("fusefat") and Path("/dev/fuse").exists():
        mounts.append(("a vfat (FAT32) image through FUSE (fusefat)",
                       ["fusefat", "-o", "rw+", str(image), str(mount_point)], ["fusermount", "-u", str(mount_point)]))
    for label, mount, unmount in mounts:
        if subprocess.run(mount, capture_output=True).returncode == 0:
            try:
                yield Destination(label, mount_point, image)
            finally:
                subprocess.run(unmount, check=True)
            return
    yield None


def plain_folder(scratch: Path) -> Destination:
    folder = scratch / "folder"
    folder.mkdir()
    found = subprocess.run(["findmnt", "-n", "-o", "FSTYPE", "-T", str(folder)], capture_output=True, text=True)
    kind = found.stdout.strip()
    return Destination(f"a folder on {kind or 'the'} file system under {scratch.parent}", folder)


def clear(destination: Destination) -> None:
    for child in destination.folder.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    destination.sync()


def timed(action: Callable[[], object], destination: Destination) -> float:
    start = time.perf_counter()
    action()
    if destination.image is not None:  # the export and `sync -f` flush the mount, this the image under it
        destination.sync()
    return time.perf_counter() - start


def copy(files: list[Path], target: Path) -> None:
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    subprocess.run(["sync", "-f", str(target)], check=True)


def start_up() -> float:
    """What starting `cp` and `sync` costs, without copying or syncing anything."""
    times = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run(["cp", "--version"], check=True, capture_output=True)
        subprocess.run(["sync", "--version"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(destination: Destination, plan: TakeawayPlan, sources: list[Path], runs: int, overhead: float) -> None:
    planned = TakeawayPlan(plan.course, destination.folder, plan.folder, plan.modules, plan.items, plan.skipped)
    for run in range(runs + 1):  # the first round warms the page cache and is not counted
        clear(destination)
        cp = timed(lambda: copy(sources, destination.folder), destination) - overhead
        clear(destination)
        exported = timed(lambda: export_takeaway(planned), destination)
        if run:
            destination.cp_times.append(cp)
            destination.export_times.append(exported)
    clear(destination)


def report(destinations: list[Destination], files: int, size: int, overhead: float, runs: int) -> None:
    print(f"audio files          {files}, {size / MB:.1f} MB (all 8 modules), medians of {runs} runs, "
          f"cp start-up {overhead * 1000:.1f} ms subtracted")
    columns = [(statistics.median(d.cp_times), statistics.median(d.export_times)) for d in destinations]
    rows = [("", [f"{chr(65 + i)})" for i in range(len(destinations))]),
            ("cp + sync", [f"{cp * 1000:7.1f} ms {size / MB / cp:7.1f} MB/s" for cp, _ in columns]),
            ("take-away export", [f"{ex * 1000:7.1f} ms {size / MB / ex:7.1f} MB/s" for _, ex in columns]),
            ("ratio (target 0.8x)", [f"{cp / ex:7.2f}x cp" for cp, ex in columns])]
    for name, cells in rows:
        print(f"{name:<21}" + "".join(f"{cell:<28}" for cell in cells))
    for i, destination in enumerate(destinations):
        print(f"{chr(65 + i)}) {destination.label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    plan = plan_takeaway(load_course(COURSE), [], Path(), epub=False)
    sources = [item.source for item in plan.items if item.kind == ItemKind.AUDIO and item.source]
    size = sum(path.stat().st_size for path in sources)
    overhead = start_up()
    with tempfile.TemporaryDirectory(prefix="bench-takeaway-") as scratch_name, ExitStack() as stack:
        scratch = Path(scratch_name)
        image = stack.enter_context(vfat(scratch))
        destinations = [d for d in (image, plain_folder(scratch)) if d is not None]
        if image is None:
            print("vfat image       not measured: needs root, mkfs.vfat and a kernel vfat or fusefat with /dev/fuse")
        for destination in destinations:
            measure(destination, plan, sources, args.runs, overhead)
    report(destinations, len(sources), size, overhead, args.runs)


if __name__ == "__main__":
    main()
