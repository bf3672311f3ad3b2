"""The table of subcommands, filled by the command modules as they are imported."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from smartcourse_desktop.context import Context

Command = Callable[[argparse.Namespace, Context], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(func: Command) -> Command:
        COMMANDS[name] = func
        return func

    return register


def tell(line: str) -> None:
    """A notice that is not an error (e.g. where progress is kept for now): one line on stderr."""
    print(f"smartcourse: {line}", file=sys.stderr)
