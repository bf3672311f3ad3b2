"""The table of subcommands, filled by the command modules as they are imported."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from smartcourse_desktop.context import Context

Command = Callable[[argparse.Namespace, Context], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(func: Command) -> Command:
        COMMANDS[name] = func
        return func

    return register
