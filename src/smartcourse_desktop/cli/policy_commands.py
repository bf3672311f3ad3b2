"""`smartcourse policy check [FILE]`: validate a machine policy before deploying it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import PolicyError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.machine import trusted_owners
from smartcourse_desktop.system.policy import machine_policy_file
from smartcourse_desktop.system.policy_file import read_policy_table
from smartcourse_desktop.system.policy_schema import check_with_jsonschema


def add_parsers(sub: Any) -> None:
    policy = sub.add_parser("policy", help=_("work with the machine policy"))
    actions = policy.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    checking = actions.add_parser("check", help=_("validate a policy file (default: this computer's); exit 1 on "
                                                  "problems"))
    checking.add_argument("file", type=Path, nargs="?", metavar="FILE")


@command("policy")
def policy_command(args: argparse.Namespace, context: Context) -> int:
    owners = None
    path = args.file
    if path is None:
        path, warnings = machine_policy_file(context.paths.machine)
        owners = trusted_owners(context.paths.machine)
        for warning in warnings:
            print(_("{path}: warning: {warning}").format(path=path, warning=warning))
    found = policy_problems(path, owners)
    for problem in found:
        print(f"{path}: {problem}")
    if not found:
        print(_("{path}: OK").format(path=path) if path.exists()
              else _("{path}: no policy file; the defaults apply").format(path=path))
    return 1 if found else 0


def policy_problems(path: Path, owners: frozenset[int] | None) -> list[str]:
    try:
        data = read_policy_table(path, owners)
    except PolicyError as exc:
        return [exc.problem]
    return [] if data is None else check_with_jsonschema(data)
