"""Take-away export throughput next to `cp` of the same audio files to the same destination.

Destination: a vfat image mounted as a loop device when running as root and the kernel allows it,
else a fresh folder under the temporary directory (the output says which). Both sides are synced:
`cp` is followed by `sync -f` on the destination, and the export fsyncs each file it writes.
Process start-up is excluded: the export runs in this process, and the median time of `cp` copying
one empty file (its start-up) is subtracted from each `cp` run. The page cache is warm for both.
Each figure is the best of --runs, alternating the two. Target: export >= 0.8x cp.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.takeaway.export import export_takeaway
from smartcourse_desktop.takeaway.plan import ItemKind, plan_takeaway

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "assets/course/smart-cities-for-city-officials"
MB = 1_000_000


@contextmanager
def destination(scratch: Path) -> Iterator[tuple[Path, str]]:
    image, mount_point = scratch / "stick.img", scratch / "mnt"
    if os.geteuid() == 0 and shutil.which("mkfs.vfat"):
        with open(image, "wb") as handle:
            handle.truncate(256 * MB)
        subprocess.run(["mkfs.vfat", "-F", "32", str(image)], check=True, capture_output=True)
        mount_point.mkdir()
        if subprocess.run(["mount", "-o", "loop", str(image), str(mount_point)], capture_output=True).returncode == 0:
            try:
                yield mount_point, "a vfat (FAT32) loop image"
            finally:
                subprocess.run(["umount", str(mount_point)], check=True)
            return
    folder = scratch / "folder"
    folder.mkdir()
    yield folder, f"a folder under {scratch.parent} (no vfat loop mount here: not root or no vfat in the kernel)"


def clear(folder: Path) -> None:
    for child in folder.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    os.sync()


def time_cp(files: list[Path], target: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    subprocess.run(["sync", "-f", str(target)], check=True)
    return time.perf_counter() - start


def cp_start_up(target: Path, scratch: Path) -> float:
    empty = scratch / "empty"
    empty.touch()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(["cp", str(empty), str(target)], check=True)
        subprocess.run(["sync", "-f", str(target)], check=True)
        times.append(time.perf_counter() - start)
    (target / "empty").unlink()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    course = load_course(COURSE)
    with tempfile.TemporaryDirectory(prefix="bench-takeaway-") as scratch_name:
        scratch = Path(scratch_name)
        with destination(scratch) as (target, where):
            plan = plan_takeaway(course, [], target, epub=False)
            sources = [item.source for item in plan.items if item.kind == ItemKind.AUDIO and item.source]
            size = sum(path.stat().st_size for path in sources)
            start_up = cp_start_up(target, scratch)
            cp_times, export_times = [], []
            for run in range(args.runs + 1):  # the first round warms the page cache and is not counted
                clear(target)
                cp = time_cp(sources, target) - start_up
                clear(target)
                start = time.perf_counter()
                export_takeaway(plan)
                exported = time.perf_counter() - start
                if run:
                    cp_times.append(cp)
                    export_times.append(exported)
            written = sum(p.stat().st_size for p in target.rglob("*.m4a"))
    cp_rate, export_rate = size / min(cp_times) / MB, written / min(export_times) / MB
    print(f"destination        {where}")
    print(f"audio files        {len(sources)}, {size / MB:.1f} MB (with tags and chapters: {written / MB:.1f} MB)")
    print(f"cp + sync          {min(cp_times) * 1000:8.1f} ms  {cp_rate:8.1f} MB/s"
          f"  (cp start-up {start_up * 1000:.1f} ms subtracted)")
    print(f"take-away export   {min(export_times) * 1000:8.1f} ms  {export_rate:8.1f} MB/s")
    print(f"ratio              {export_rate / cp_rate:8.2f}x cp   (target >= 0.8x)")


if __name__ == "__main__":
    main()
