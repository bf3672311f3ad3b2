"""`smartcourse export-progress`: the learning record as CSV or JSON, without opening a window; and
`smartcourse verify-certificate`: a certificate checked against that record."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command, tell
from smartcourse_desktop.context import Context
from smartcourse_desktop.records.export import FORMATS
from smartcourse_desktop.system.errors import LibraryError, quoted
from smartcourse_desktop.system.i18n import _, long_date, ngettext


def add_parsers(sub: Any) -> None:
    exporting = sub.add_parser("export-progress", help=_("write your progress in the installed courses as CSV or "
                                                         "JSON, or your recorded xAPI statements (--format xapi) to "
                                                         "carry to an LRS"))
    exporting.add_argument("--format", choices=(*FORMATS, "xapi"), default="csv")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.add_argument("--course", metavar="COURSE_ID", help=_("only this course"))
    add_verify_parser(sub)


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


def verify_help() -> str:
    return _("""\
Check a certificate against the learning record on this PC: FILE.pdf (its code is read from the
PDF's metadata), or the printed code typed in with --code. Exit status: 0 it matches, 1 it does not
(the learner's name, the course version or the record differs), 2 the file or code can't be read.

What a match proves: the certificate was not edited and belongs to this PC's record. The record
lives on a PC the learner controls, so a local code catches edits and mix-ups, not forgery. Where
an LRS is configured, the organisation's LRS is the authoritative record.""")


def add_verify_parser(sub: Any) -> None:
    verifying = sub.add_parser("verify-certificate", help=_("check a certificate PDF (or its printed code) against "
                                                            "the learning record on this PC"),
                               description=verify_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    verifying.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf")
    verifying.add_argument("--code", metavar="XXXX-XXXX-…", help=_("the code printed on the certificate"))
    verifying.add_argument("--course", metavar="COURSE_ID", help=_("with --code: the certificate's course"))
    verifying.add_argument("--name", help=_("the learner's name to check against (default: the name last used for a "
                                            "certificate on this PC)"))


@command("verify-certificate")
def verify_certificate_command(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.records.certificate_code import CertificateCodeError

    if (args.file is None) == (args.code is None):
        print(_("smartcourse verify-certificate: give either FILE.pdf or --code"), file=sys.stderr)
        return 2
    try:
        verdict = _verify(args, context)
    except CertificateCodeError as exc:
        print(f"smartcourse verify-certificate: {exc}", file=sys.stderr)
        return 2
    claimed = verdict.claimed
    if verdict.matches and claimed is not None:
        print(_("OK: the certificate matches the learning record on this PC ({learner}, {course_id} version "
                "{course_version}, issued {issued}).").format(
            learner=claimed.learner, course_id=claimed.course_id, course_version=claimed.course_version,
            issued=long_date(claimed.issued)))
        return 0
    print(_("NO MATCH: the certificate does not match the learning record on this PC."))
    for problem in verdict.problems:
        print(f"  - {problem}")
    return 1


def _verify(args: argparse.Namespace, context: Context) -> Any:
    from smartcourse_desktop.records.certificate_code import normal_code
    from smartcourse_desktop.records.certificate_verify import check_certificate, check_typed_code, read_pdf

    learner = args.name or context.settings.get("learner.name")
    if args.file is not None:
        code, claimed = read_pdf(args.file)
        installed = context.library.find(claimed.course_id)
        course = installed.course if installed is not None else None
        with _store(context) as store:
            return check_certificate(code, claimed, course, store.course(claimed.course_id), learner)
    code = normal_code(args.code)
    courses = [i.course for i in context.library.scan() if args.course in (None, i.course.id)]
    if args.course and not courses:
        raise LibraryError(_("no installed course with id {id}").format(id=quoted(args.course)))
    with _store(context) as store:
        return check_typed_code(code, [(c, store.course(c.id)) for c in courses], learner, context.clock.today())


@contextlib.contextmanager
def _store(context: Context) -> Iterator[Any]:
    from smartcourse_desktop.records.store import open_profile_store

    store = open_profile_store(context.paths.database, context.clock, recover=False, tell=tell)
    try:
        yield store
    finally:
        store.close()
