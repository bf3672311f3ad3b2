"""The `smartcourse` command line: no subcommand opens the window, subcommands work headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smartcourse_desktop import APP_NAME, __version__
from smartcourse_desktop.cli.argparse_words import translate_argparse
from smartcourse_desktop.cli.registry import COMMANDS
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()
    parser = argparse.ArgumentParser(prog="smartcourse",
                                     description=_("{app}: an offline course player.").format(app=APP_NAME))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=_("show the version number and exit"))
    parser.add_argument("--verbose", action="store_true", help=_("log debug messages"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help=_("open the window (the default)"))
    gui.add_argument("packages", nargs="*", help=_(".smartcourse files to import"))
    from smartcourse_desktop.cli import (
        authoring_commands,
        course_commands,
        lrs_commands,
        policy_commands,
        progress_commands,
        takeaway_commands,
    )

    course_commands.add_parsers(sub)
    progress_commands.add_parsers(sub)
    lrs_commands.add_parsers(sub)
    policy_commands.add_parsers(sub)
    authoring_commands.add_parsers(sub)
    takeaway_commands.add_parsers(sub)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line; a bare package or folder (`smartcourse FILE`, a double-click) means `gui FILE`."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((i for i, arg in enumerate(argv) if not arg.startswith("-")), None)
    if first is not None and argv[first] not in COMMANDS and argv[first] != "gui" and _is_package(argv[first]):
        argv.insert(first, "gui")
    return parser.parse_args(argv)


def _is_package(arg: str) -> bool:
    return Path(arg).suffix.lower() == ".smartcourse" or Path(arg).exists()


def run(args: argparse.Namespace, context: Context) -> int:
    try:
        return COMMANDS[args.command](args, context)
    except SmartCourseError as exc:
        print(f"smartcourse {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"smartcourse {args.command}: {_('interrupted')}", file=sys.stderr)
        return 130
