"""`smartcourse take-away`: put modules on a phone or USB stick, as the window's dialog does."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import LibraryError, quoted
from smartcourse_desktop.system.i18n import _, ngettext, number


def add_parsers(sub: Any) -> None:
    taking = sub.add_parser("take-away", help=_("write modules as phone-ready audio, an e-book and a playlist"))
    taking.add_argument("course_id", metavar="COURSE_ID")
    taking.add_argument("--module", action="append", default=[], metavar="ID", help=_("this module (repeatable)"))
    taking.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    taking.add_argument("--no-epub", action="store_true", help=_("audio and playlists only"))


@command("take-away")
def take_away(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.media.vlc_backend import VlcUnavailable, load_vlc
    from smartcourse_desktop.records.comeback import comeback_file, remember_export
    from smartcourse_desktop.takeaway.export import export_takeaway
    from smartcourse_desktop.takeaway.plan import free_space, plan_takeaway

    installed = context.library.find(args.course_id)
    if installed is None:
        raise LibraryError(_("no installed course with id {id}").format(id=quoted(args.course_id)))
    try:
        load_vlc()
        can_remux = True
    except VlcUnavailable:
        can_remux = False
    plan = plan_takeaway(installed.course, args.module, args.output, epub=not args.no_epub, can_remux=can_remux)
    free = free_space(args.output)
    print(ngettext("{count} file, about {size}; free at {folder}: {free}",
                   "{count} files, about {size}; free at {folder}: {free}", len(plan.items))
          .format(count=len(plan.items), size=_megabytes(plan.total_size), folder=args.output,
                  free=_megabytes(free) if free is not None else _("unknown")))
    if free is not None and plan.total_size > free:
        raise LibraryError(_("not enough free space at {folder}").format(folder=args.output))
    for skipped in plan.skipped:
        print(_("skipped {title}: {reason}").format(title=skipped.title, reason=skipped.reason))
    result = export_takeaway(plan)
    remember_export(comeback_file(context.paths.database), installed.course.id, [lesson.id for lesson in plan.lessons])
    for path in result.written:
        print(path)
    if not result.atomic:
        print(_("note: the destination cannot rename files; they were copied in place instead"))
    return 0


def _megabytes(size: int) -> str:
    return f"{number(size / 1_000_000, 1)}\u00a0MB"
