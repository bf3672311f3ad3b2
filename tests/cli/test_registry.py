"""The table of subcommands: every command module registers its commands by name."""

from __future__ import annotations

from smartcourse_desktop.cli.main import build_parser
from smartcourse_desktop.cli.registry import COMMANDS


def test_every_subcommand_of_the_parser_is_registered():
    parser = build_parser()
    (sub,) = parser._subparsers._group_actions  # argparse keeps the subcommands here
    assert set(sub.choices) - {"gui"} == set(COMMANDS)
    assert {"list", "import", "remove", "verify", "export-progress"} <= set(COMMANDS)
