"""Entry point: exception hook → arguments → paths → logging → store → Qt app → main window."""

from __future__ import annotations

import sys

from smartcourse_desktop.cli.main import build_parser, run
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.logging_setup import setup_logging
from smartcourse_desktop.system.paths import Paths


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = Paths.default()
    paths.ensure_user_dirs()
    log_file = setup_logging(paths.logs, args.verbose)
    context = Context.create(paths)
    if args.command not in (None, "gui"):
        for notice in [*context.notices, *context.root_problems]:
            print(f"smartcourse: warning: {notice}", file=sys.stderr)
        return run(args, context)
    from smartcourse_desktop.ui.application import run_gui

    return run_gui(context, log_file, getattr(args, "packages", []))


if __name__ == "__main__":
    sys.exit(main())
