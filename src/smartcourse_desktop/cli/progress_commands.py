"""`smartcourse export-progress`: the learning record as CSV or JSON, without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.export import FORMATS
from smartcourse_desktop.system.errors import LibraryError, quoted


def add_parsers(sub: Any) -> None:
    exporting = sub.add_parser("export-progress", help="write your progress in the installed courses as CSV or JSON")
    exporting.add_argument("--format", choices=FORMATS, default="csv")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.add_argument("--course", metavar="COURSE_ID", help="only this course")


@command("export-progress")
def export_progress_command(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.records.export import export_progress
    from smartcourse_desktop.system.locations import open_profile_store

    installed = [i for i in context.library.scan() if args.course in (None, i.course.id)]
    if args.course and not installed:
        raise LibraryError(f"no installed course with id {quoted(args.course)}")
    store = open_profile_store(context.paths.database, recover=False)  # only the GUI recovers, with consent
    try:
        courses = [(i.course, store.course(i.course.id)) for i in installed]
    finally:
        store.close()
    export_progress(courses, args.output, args.format)
    print(f"wrote the progress of {len(courses)} course(s) to {args.output}")
    return 0
