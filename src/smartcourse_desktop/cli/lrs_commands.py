"""`smartcourse sync`: one send of the xAPI outbox to the organisation's LRS, for IT scripts.

Exit codes: 0 all sent, 3 some statements still queued (LRS unreachable or refusing some),
4 the LRS refused the credentials, 1 no LRS configured or another error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from smartcourse_desktop.cli.registry import command, tell
from smartcourse_desktop.context import Context
from smartcourse_desktop.system.errors import LrsError
from smartcourse_desktop.system.i18n import _, ngettext

ALL_SENT, SOME_QUEUED, AUTH_FAILED = 0, 3, 4


def add_parsers(sub: Any) -> None:
    sub.add_parser("sync", help=_("send the recorded learning statements to the organisation's LRS now"),
                   description=_("Exit codes: 0 all sent, 3 some still queued, 4 credentials refused, 1 other errors."))


@command("sync")
def sync_command(args: argparse.Namespace, context: Context) -> int:
    from smartcourse_desktop.records.learning_record import attach_recorder
    from smartcourse_desktop.records.lrs import LrsClient, backlog_start, lrs_config, sync
    from smartcourse_desktop.records.store import open_profile_store

    config = lrs_config(context.policy, context.settings.get("lrs.endpoint"))
    if config is None:
        raise LrsError(_("no learning record store is configured (lrs_endpoint in the machine policy)"))
    store = open_profile_store(context.paths.database, context.clock, tell=tell)
    try:
        outbox = attach_recorder(store, context.policy).outbox
        client = LrsClient(config)
        try:
            result = sync(outbox, client, backlog_start(outbox, config))
        finally:
            client.close()
    finally:
        store.close()
    sent = ngettext("sent {count} statement to {endpoint}", "sent {count} statements to {endpoint}", result.sent)
    queued = ngettext("{count} still queued", "{count} still queued", result.queued)
    print(_("{sent}; {queued}").format(sent=sent.format(count=result.sent, endpoint=config.endpoint),
                                       queued=queued.format(count=result.queued)))
    if result.error:
        print(f"smartcourse sync: {result.error}", file=sys.stderr)
    if result.auth_failed:
        return AUTH_FAILED
    return SOME_QUEUED if result.queued else ALL_SENT


def export_xapi(context: Context, target: Path) -> int:
    """Every recorded statement as one JSON array, which an LRS accepts as a POST body."""
    from smartcourse_desktop.records.export import write_atomically
    from smartcourse_desktop.records.learning_record import attach_recorder
    from smartcourse_desktop.records.store import open_profile_store

    store = open_profile_store(context.paths.database, context.clock, tell=tell)
    try:
        statements = attach_recorder(store, context.policy).outbox.statements()
    finally:
        store.close()
    write_atomically(target, json.dumps(statements, indent=1, ensure_ascii=False) + "\n")
    print(ngettext("wrote {count} xAPI statement to {target}", "wrote {count} xAPI statements to {target}",
                   len(statements)).format(count=len(statements), target=target))
    return 0

