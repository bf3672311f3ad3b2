"""Import of a ~1 GB package of incompressible media, next to `unzip` and `unzip` + `sha256sum`.

All three read the same package with a warm page cache and write to the same filesystem.
Each figure is the best of --runs. Needs `unzip` and `sha256sum` (apt-get install -y unzip).
Target: import <= 1.0x unzip + sha256sum.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.packer import pack

MiB = 1 << 20


def make_source(folder: Path, size_mb: int, files: int) -> None:
    """A course of `files` random .mp4 files (stored in the zip) totalling about `size_mb` MB."""
    names = [f"media/lesson{i:02d}.mp4" for i in range(files)]
    per_file = max(1, size_mb // files)
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            for _ in range(per_file):
                out.write(os.urandom(MiB))
    lessons = [{"id": f"l{i:02d}", "kind": "video", "title": f"Lesson {i}", "duration": 60.0, "media": name}
               for i, name in enumerate(names)]
    manifest = {
        "format": 1, "id": "org.example.bench", "version": "1.0", "title": "Benchmark course",
        "languages": ["en"], "publisher": "Bench", "authors": ["Bench"], "license": "CC0-1.0",
        "description": "Generated.", "modules": [{"id": "m1", "title": "Module", "lessons": lessons}],
        "files": [],
    }
    (folder / "course.json").write_text(json.dumps(manifest), encoding="utf-8")


def best_of(runs: int, prepare: Callable[[], None], work: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        prepare()
        os.sync()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def run(*command: str | Path) -> None:
    subprocess.run([str(c) for c in command], check=True, stdout=subprocess.DEVNULL)


def sha256sum_tree(folder: Path) -> None:
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    run("sha256sum", *files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1000)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a new temp folder)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-import-", dir=args.dir))
    try:
        measure(scratch, args)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure(scratch: Path, args: argparse.Namespace) -> None:
    make_source(scratch / "src", args.size_mb, args.files)
    package = pack(scratch / "src", scratch / "bench.smartcourse").path
    shutil.rmtree(scratch / "src")
    out = scratch / "out"
    clean = lambda: shutil.rmtree(out, ignore_errors=True)  # noqa: E731
    run("cat", package)  # warm the page cache for every contender alike
    unzip = best_of(args.runs, clean, lambda: run("unzip", "-q", package, "-d", out))
    unzip_sha = best_of(args.runs, clean, lambda: (run("unzip", "-q", package, "-d", out), sha256sum_tree(out)))
    ours = best_of(args.runs, clean, lambda: import_course(package, out))
    clean()
    size = package.stat().st_size / MiB
    print(f"package            {size:8.0f} MiB in {args.files} stored files (best of {args.runs})")
    print(f"unzip              {unzip:8.2f} s  {size / unzip:7.0f} MiB/s")
    print(f"unzip + sha256sum  {unzip_sha:8.2f} s  {size / unzip_sha:7.0f} MiB/s")
    print(f"smartcourse import {ours:8.2f} s  {size / ours:7.0f} MiB/s")
    print(f"import / unzip              {ours / unzip:.2f}x")
    print(f"import / (unzip+sha256sum)  {ours / unzip_sha:.2f}x   (target <= 1.0x)")


if __name__ == "__main__":
    main()
