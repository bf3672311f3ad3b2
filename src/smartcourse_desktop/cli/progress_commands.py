"""`smartcourse export-progress`: the learning record as CSV or JSON, without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command, tell
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.export import FORMATS
from smartcourse_desktop.system.errors import LibraryError, quoted
from smartcourse_desktop.system.i18n import _, ngettext


def add_parsers(sub: Any) -> None:
    exporting = sub.add_parser("export-progress", help="write your progress in the installed courses as CSV or"
                               " JSON, or your recorded xAPI statements (--format xapi) to carry to an LRS")
    exporting.add_argument("--format", choices=(*FORMATS, "xapi"), default="csv")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.add_argument("--course", metavar="COURSE_ID", help="only this course")


@command("export-progress")
def export_progress_command(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.records.export import export_progress
    from smartcourse_desktop.records.store import open_profile_store

    if args.format == "xapi":
        from smartcourse_desktop.cli.lrs_commands import export_xapi

        return export_xapi(context, args.output)
    installed = [i for i in context.library.scan() if args.course in (None, i.course.id)]
    if args.course and not installed:
        raise LibraryError(_("no installed course with id {id}").format(id=quoted(args.course)))
    store = open_profile_store(context.paths.database, context.clock, recover=False, tell=tell)  # only the GUI recovers
    try:
        courses = [(i.course, store.course(i.course.id)) for i in installed]
    finally:
        store.close()
    export_progress(courses, args.output, args.format, context.clock.now())
    print(ngettext("wrote the progress of {count} course to {path}", "wrote the progress of {count} courses to {path}",
                   len(courses)).format(count=len(courses), path=args.output))
    return 0
