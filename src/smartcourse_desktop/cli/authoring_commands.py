"""Authoring subcommands: `new` turns a folder of downloads into a course source; `pack --check`
(registered with `pack`) lints one."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import PackageError, quoted
from smartcourse_desktop.system.i18n import _, ngettext

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,127}")
VERSION_PATTERN = re.compile(r"[0-9]+(\.[0-9]+){0,3}")


def add_parsers(sub: Any) -> None:
    new = sub.add_parser("new", help=_("scaffold a course source folder from a folder of downloaded material"))
    new.add_argument("source", type=Path, metavar="SRC_DIR")
    new.add_argument("-o", "--output", type=Path, required=True, metavar="COURSE_DIR")
    new.add_argument("--id", help=_("course id, e.g. org.example.smart-cities (asked for if missing)"))
    new.add_argument("--version", dest="course_version", help=_("course version, e.g. 1.0 (asked for if missing)"))
    new.add_argument("--title", help=_("course title (default: the source folder's name, cleaned)"))
    new.add_argument("--language", default="en", help=_("the course's language (default: en)"))
    new.add_argument("--copy", action="store_true", help=_("copy every file instead of hard-linking media and PDFs"))


def _ask(prompt: str, given: str | None, pattern: re.Pattern[str], example: str) -> str:
    value = given
    if value is None and sys.stdin.isatty():
        value = input(_("{prompt} (e.g. {example}): ").format(prompt=prompt, example=example)).strip()
    if not value:
        raise PackageError(_("{prompt} is required (e.g. {example})").format(prompt=prompt.lower(), example=example))
    if not pattern.fullmatch(value):
        raise PackageError(_("{prompt} {value} is not valid (e.g. {example})").format(
            prompt=prompt.lower(), value=quoted(value), example=example))
    return value


@contextmanager
def _libvlc_prober() -> Iterator[Callable[[Path], float | None]]:
    """Durations from the app's own libVLC probe (None for a file libVLC cannot read), from an
    instance released on leaving."""
    from smartcourse_desktop.media.vlc_backend import VlcUnavailable, own_instance, probe

    with ExitStack() as stack:
        try:
            instance = stack.enter_context(own_instance(["--aout=dummy", "--vout=dummy"]))
        except VlcUnavailable as exc:
            print(_("smartcourse new: {exc}; durations are set to 0").format(exc=exc), file=sys.stderr)
            instance = None

        def seconds(path: Path) -> float | None:
            result = probe(instance, path) if instance is not None else None
            return result.duration if result is not None and result.ok else None

        yield seconds


@command("new")
def new_course(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.courses.scaffold import clean_title, scaffold

    meta = {
        "id": _ask(_("Course id"), args.id, ID_PATTERN, "org.example.smart-cities"),
        "version": _ask(_("Course version"), args.course_version, VERSION_PATTERN, "1.0"),
        "title": args.title or clean_title(args.source.resolve().name),
        "language": args.language,
    }
    with _libvlc_prober() as durations:
        result = scaffold(args.source, args.output, meta, durations, link=not args.copy)
    lessons = sum(len(m["lessons"]) for m in result.manifest["modules"])
    modules = len(result.manifest["modules"])
    print(_("created {path}: {modules}, {lessons}").format(
        path=args.output / "course.json",
        modules=ngettext("{count} module", "{count} modules", modules).format(count=modules),
        lessons=ngettext("{count} lesson", "{count} lessons", lessons).format(count=lessons)))
    print(_("check and edit course.json: the publisher, authors, licence and description are placeholders"))
    for note in result.notes:
        print(_("  check: {note}").format(note=note))
    print(_("then: smartcourse pack --check {output} && smartcourse pack {output} -o COURSE.smartcourse").format(
        output=args.output))
    return 0


def check_source(source: Path) -> int:
    """`pack --check`: print problems and warnings; fail only on problems."""
    from smartcourse_desktop.courses.lint import lint_source

    report = lint_source(source)
    for problem in report.problems:
        print(_("problem: {problem}").format(problem=problem))
    for warning in report.warnings:
        print(_("warning: {warning}").format(warning=warning))
    problems, warnings = len(report.problems), len(report.warnings)
    print(_("{source}: {problems}, {warnings}").format(
        source=source, problems=ngettext("{count} problem", "{count} problems", problems).format(count=problems),
        warnings=ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings)))
    return 0 if report.ok else 1
