"""Generate the bundled course folder from assets/course-src (see docs/course-generator.md).

Usage: .venv/bin/python tools/build_course.py [--only 01] [--out DIR]
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
try:
    import smartcourse_desktop  # noqa: F401
except ModuleNotFoundError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(REPO / "src"))

from coursegen.course_json import COURSE_FIELDS, module_entry, write_manifest  # noqa: E402
from coursegen.lecture import Settings, audio_lecture, video_lecture  # noqa: E402
from coursegen.readings import copy_reading, reading_seconds  # noqa: E402
from coursegen.script import ModuleSource, load_module  # noqa: E402

log = logging.getLogger("build_course")
DEFAULT_OUT = REPO / "assets/course/smart-cities-for-city-officials"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], metavar="NN",
                        help="build only these modules (repeatable)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="course folder to (re)write")
    parser.add_argument("--source", type=Path, default=REPO / "assets/course-src")
    parser.add_argument("--build", type=Path, default=REPO / "build/course", help="scratch folder")
    parser.add_argument("--jobs", type=int, default=2, help="parallel speech synthesis jobs")
    return parser.parse_args(argv)


def load_modules(source: Path, only: list[str]) -> list[ModuleSource]:
    """Every complete module folder (optionally filtered); incomplete ones are skipped with a warning."""
    wanted = {part.zfill(2) for item in only for part in item.split(",")}
    modules = []
    for folder in sorted(p for p in (source / "modules").iterdir() if p.is_dir()):
        if wanted and folder.name[:2] not in wanted:
            continue
        try:
            modules.append(load_module(folder))
        except (ValueError, KeyError, OSError) as exc:
            log.warning("skipping module %s: %s", folder.name, exc)
    return modules


def build_module(module: ModuleSource, course: Path, settings: Settings) -> dict[str, Any]:
    started = time.monotonic()
    lessons = [video_lecture(module, course, settings)]
    if module.audio_title:
        lessons.append(audio_lecture(module, course, settings))
    reading_source = module.folder / "reading.md"
    reading = copy_reading(reading_source, course, f"{module.id}-reading")
    lessons.append({
        "id": f"{module.id}-reading",
        "kind": "reading",
        "title": module.reading_title,
        "duration": reading_seconds(reading_source.read_text("utf-8")),
        "reading": reading,
    })
    summary = ", ".join(f"{lesson['id']} {lesson['duration']:.1f}s" for lesson in lessons)
    log.info("%s built in %.0fs: %s", module.id, time.monotonic() - started, summary)
    return module_entry(module, lessons)


def replace_folder(stage: Path, out: Path) -> None:
    """Swap the freshly built course in for the old one, so no stale file survives."""
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(stage), str(out))


def report(out: Path, data: dict[str, Any]) -> None:
    size = sum(entry["size"] for entry in data["files"])
    lessons = [lesson for module in data["modules"] for lesson in module["lessons"]]
    minutes = sum(lesson["duration"] for lesson in lessons if lesson["kind"] != "reading") / 60
    log.info("wrote %s: %d modules, %.1f lecture minutes, %.2f MB", out, len(data["modules"]), minutes, size / 1e6)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    args = parse_args(argv)
    modules = load_modules(args.source, args.only)
    if args.only and args.out == DEFAULT_OUT:
        log.warning("--only writes a partial course into %s; rebuild without --only before committing", args.out)
    if not modules:
        log.error("no complete module in %s", args.source)
        return 1
    stage = args.build / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    settings = Settings(course_title=COURSE_FIELDS["title"], scratch=args.build, jobs=args.jobs)
    data = write_manifest(stage, [build_module(module, stage, settings) for module in modules])
    replace_folder(stage, args.out)
    report(args.out, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
