"""Headless subcommands. Each prints its result on stdout and one-line errors on stderr.

Each command imports what it needs when it runs, so that starting the window (which builds
this parser too) does not pay for the importer, the signing library or libVLC.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command
from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.library import InstalledCourse
from smartcourse_desktop.system.errors import LibraryError, PackageError, quoted, titled
from smartcourse_desktop.system.i18n import _


def add_parsers(sub: Any) -> None:
    listing = sub.add_parser("list", help=_("list installed courses"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    packing = sub.add_parser("pack", help=_("build a .smartcourse package from a course source folder"))
    packing.add_argument("source", type=Path, metavar="SRC_DIR")
    packing.add_argument("-o", "--output", type=Path, metavar="OUT.smartcourse")
    packing.add_argument("--check", action="store_true", help=_("only lint the source folder; write nothing"))
    packing.add_argument("--sign", type=Path, metavar="KEYFILE", help=_("sign with this Ed25519 private key"))
    importing = sub.add_parser("import", help=_("install a .smartcourse file or an unpacked course folder"))
    importing.add_argument("path", type=Path, metavar="PATH")
    importing.add_argument("--system", action="store_true", help=_("install for every user of this computer"))
    importing.add_argument("--force", action="store_true",
                           help=_("replace the same installed version (an older one only if policy allow_downgrade)"))
    verifying = sub.add_parser("verify", help=_("re-hash installed courses and report missing or changed files"))
    verifying.add_argument("course_id", nargs="?", metavar="COURSE_ID")
    removing = sub.add_parser("remove", help=_("remove an installed course from a writable library"))
    removing.add_argument("course_id", metavar="COURSE_ID")
    keys = sub.add_parser("keygen", help=_("create an Ed25519 key pair for signing packages"))
    keys.add_argument("-o", "--output", type=Path, required=True, metavar="KEYFILE")
    sub.add_parser("doctor", help=_("check libVLC and briefly decode every installed lecture"))


@command("list")
def list_courses(args: argparse.Namespace, context: Context) -> int:
    rows = [
        {
            "id": i.course.id,
            "version": i.course.version,
            "title": i.course.title,
            "modules": len(i.course.modules),
            "root": i.root.kind.value,
            "path": str(i.folder),
        }
        for i in context.library.scan()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            print(f"{row['id']}\t{row['version']}\t{row['root']}\t{row['title']}")
    for refused in context.library.refused:
        print(f"smartcourse list: {_('not listed')}: {refused.folder}: {refused.reason}", file=sys.stderr)
    return 0


@command("pack")
def pack_course(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.courses.packer import pack
    from smartcourse_desktop.courses.signing import load_private_key

    if args.check:
        from smartcourse_desktop.cli.authoring_commands import check_source

        return check_source(args.source)
    if args.output is None:
        raise PackageError(_("an output file is required (-o OUT.smartcourse), or --check to lint only"))
    key = load_private_key(args.sign) if args.sign else None
    result = pack(args.source, args.output, key)
    signed = " (signed)" if result.signed else ""
    print(_("packed {id} {version} into {path}{signed}").format(
        id=result.course.id, version=result.course.version, path=result.path, signed=signed))
    return 0


@command("import")
def import_package(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.courses.importer import NotNewerError, import_course, target_root
    from smartcourse_desktop.courses.signing import SignatureStatus, Trust

    root = target_root(context.library, context.policy, args.system)
    try:
        result = import_course(args.path, root, force=args.force, trust=Trust.from_policy(context.policy))
    except NotNewerError as exc:
        raise LibraryError(_("{problem}; nothing changed (use --force to replace it)").format(problem=exc)) from None
    replaced = (_(", replacing version {version}").format(version=result.replaced_version)
                if result.replaced_version else "")
    signed = _(", signed by a trusted key") if result.signature == SignatureStatus.TRUSTED else ""
    print(_("imported {course} version {version} into {folder}").format(
        course=titled(result.course.title), version=result.course.version, folder=result.folder) + replaced + signed)
    return 0


@command("verify")
def verify_courses(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.courses.signing import Trust
    from smartcourse_desktop.courses.verify import verify_course

    installed = context.library.scan()
    refused = [r for r in context.library.refused if args.course_id in (None, r.folder.name)]
    if args.course_id:
        installed = [i for i in installed if i.course.id == args.course_id]
        if not installed and not refused:
            installed = [_find(context, args.course_id)]
    trust = Trust.from_policy(context.policy)
    broken = len(refused)
    for item in refused:
        print(f"{item.folder.name}\tuntrusted\t{item.reason}")
    for course in installed:
        report = verify_course(course.course, trust=None if course.root.kind.trusted_as_installed else trust)
        for path in report.missing:
            print(f"{report.course_id}\tmissing\t{path}")
        for path in report.changed:
            print(f"{report.course_id}\tchanged\t{path}")
        if report.untrusted:
            print(f"{report.course_id}\tuntrusted\t{report.untrusted}")
        if report.ok:
            print(f"{report.course_id}\tok")
        broken += not report.ok
    if broken:
        total = len(installed) + len(refused)
        raise LibraryError(_("{broken} of {total} courses have missing, changed or untrusted files").format(
            broken=broken, total=total))
    return 0


@command("remove")
def remove_course(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.courses.install import remove_installed

    installed = _find(context, args.course_id)
    remove_installed(installed)
    print(_("removed {course} version {version} from {folder}").format(
        course=titled(installed.course.title), version=installed.course.version, folder=installed.folder))
    still = context.library.find(args.course_id)
    if still is not None:
        print(_("version {version} remains in the {kind} library ({folder})")
              .format(version=still.course.version, kind=still.root.kind.value, folder=still.folder))
    return 0


@command("keygen")
def make_key(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.courses.signing import keygen

    public = keygen(args.output)
    print(_("private key: {output} (keep it secret)").format(output=args.output))
    print(_("public key ({output}.pub), for trusted_keys in the machine policy:").format(output=args.output))
    print(public)
    return 0


@command("doctor")
def check_playback(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.media import doctor

    for problem in context.root_problems:
        print(problem)
    return doctor.run(context.library, print, lambda line: print(line, file=sys.stderr))


def _find(context: Context, course_id: str) -> InstalledCourse:
    installed = context.library.find(course_id)
    if installed is None:
        raise LibraryError(_("no installed course with id {id}").format(id=quoted(course_id)))
    return installed
