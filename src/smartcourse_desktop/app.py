"""Entry point: exception hook → arguments → paths → logging → store → Qt app → main window."""

from __future__ import annotations

import argparse
import sys

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.install import clean_library
from smartcourse_desktop.system.i18n import _, choose_language, set_language, system_language
from smartcourse_desktop.system.logging_setup import setup_logging
from smartcourse_desktop.system.paths import Paths


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """A plain start (no arguments, or only --verbose) opens the window without building the
    command-line parser, which imports every command's module."""
    argv = sys.argv[1:] if argv is None else argv
    if set(argv) <= {"--verbose"}:
        return argparse.Namespace(command=None, verbose=bool(argv), packages=[])
    from smartcourse_desktop.cli.main import parse_args

    return parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    set_language(system_language())  # for --help, argparse's errors and what reading the policy may report
    args = parse_arguments(argv)
    paths = Paths.default()
    paths.ensure_user_dirs()
    log_file = setup_logging(paths.logs, args.verbose)
    context = Context.create(paths)
    language = set_language(choose_language(context.policy.language, context.settings.get("ui.language")))
    clean_library(context.library)
    if args.command not in (None, "gui"):
        for notice in [*context.notices, *context.root_problems]:
            print(f"smartcourse: {_('warning')}: {notice}", file=sys.stderr)
        from smartcourse_desktop.cli.main import run

        return run(args, context)
    from smartcourse_desktop.ui.application import run_gui

    return run_gui(context, log_file, getattr(args, "packages", []), language)


if __name__ == "__main__":
    sys.exit(main())
