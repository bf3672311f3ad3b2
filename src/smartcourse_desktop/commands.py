"""Headless subcommands. Each prints its result on stdout and one-line errors on stderr."""

from __future__ import annotations

import argparse
import json
from typing import Any

from smartcourse_desktop.cli import command
from smartcourse_desktop.context import Context


def add_parsers(sub: Any) -> None:
    listing = sub.add_parser("list", help="list installed courses")
    listing.add_argument("--json", action="store_true", help="print JSON")


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
    return 0
