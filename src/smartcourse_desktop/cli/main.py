"""The `smartcourse` command line: no subcommand opens the window, subcommands work headless."""

from __future__ import annotations

import argparse
import sys

from smartcourse_desktop import APP_NAME, __version__
from smartcourse_desktop.cli.registry import COMMANDS
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import SmartCourseError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartcourse", description=f"{APP_NAME}: an offline course player.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("packages", nargs="*", help=".smartcourse files to import")
    from smartcourse_desktop.cli import course_commands, progress_commands, takeaway_commands

    course_commands.add_parsers(sub)
    progress_commands.add_parsers(sub)
    takeaway_commands.add_parsers(sub)
    return parser


def run(args: argparse.Namespace, context: Context) -> int:
    try:
        return COMMANDS[args.command](args, context)
    except SmartCourseError as exc:
        print(f"smartcourse {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"smartcourse {args.command}: interrupted", file=sys.stderr)
        return 130
