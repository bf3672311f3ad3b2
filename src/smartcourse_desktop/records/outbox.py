"""The xAPI outbox: every statement recorded, in the progress store, until the LRS has it.

Adding a statement only appends it to a list in memory (the GUI thread pays microseconds); the
store's writer thread commits the list with the rest of its write-behind work. Statements are
kept, sent or not, for `RETENTION_DAYS`, and at most `CAP` of them (the oldest sent ones go
first). The only SQL for the table `xapi_outbox` (migration 3 of records/store.py) is here.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from smartcourse_desktop.records.xapi import Statement
from smartcourse_desktop.system.errors import StoreError

if TYPE_CHECKING:
    from smartcourse_desktop.records.store import Store

log = logging.getLogger(__name__)
RETENTION_DAYS = 365
CAP = 100_000
SINCE_KEY = "lrs_since"  # when an LRS was first configured: older statements are the backlog
NOTICE_KEY = "lrs_notice"  # the endpoint the learner was told about before anything was sent


@dataclass(frozen=True)
class OutboxEntry:
    statement: Statement
    created_at: float
    sent_at: float | None

    @property
    def id(self) -> str:
        return str(self.statement["id"])


@dataclass(frozen=True)
class OutboxCounts:
    queued: int  # waiting to be sent
    sent: int
    held: int  # recorded before an LRS was configured, and not to be sent (policy)


class Outbox:
    def __init__(self, store: Store, retention_days: int = RETENTION_DAYS, cap: int = CAP) -> None:
        self.store = store
        self.retention_days, self.cap = retention_days, cap
        self._queue: list[tuple[Statement | Callable[[], Statement], str, str | None]] = []
        self._lock = threading.Lock()
        store.flush_hooks.append(self.flush)

    def add(self, statement: Statement | Callable[[], Statement], course_id: str, lesson_id: str | None = None) -> None:
        """Queue a statement, or a function building it (with its id and time already fixed); the
        store's writer thread builds and commits it within its flush interval."""
        with self._lock:
            self._queue.append((statement, course_id, lesson_id))

    def flush(self) -> None:
        with self._lock:
            batch, self._queue = self._queue, []
        if not batch:
            return
        rows = []
        for item, course, lesson in batch:
            s = item() if callable(item) else item
            rows.append((s["id"], datetime.fromisoformat(s["timestamp"]).timestamp(), course, lesson,
                         s["verb"]["display"]["en-US"], json.dumps(s, ensure_ascii=False, separators=(",", ":"))))
        try:
            self.store._transaction(lambda db: db.executemany(
                "INSERT OR IGNORE INTO xapi_outbox (id, created_at, course_id, lesson_id, verb, statement)"
                " VALUES (?, ?, ?, ?, ?, ?)", rows))
        except StoreError as exc:
            log.error("cannot save xAPI statements, will retry: %s", exc)
            with self._lock:
                self._queue[:0] = batch

    # -- sending ------------------------------------------------------------------------------
    def pending(self, limit: int, since: float | None) -> list[OutboxEntry]:
        """The oldest unsent statements created at or after `since` (None: all of them)."""
        self.flush()
        rows = self.store._read(
            "SELECT statement, created_at, sent_at FROM xapi_outbox WHERE sent_at IS NULL AND created_at >= ?"
            " ORDER BY created_at, rowid LIMIT ?", (since if since is not None else float("-inf"), limit))
        return [_entry(row) for row in rows]

    def mark_sent(self, ids: list[str], when: float | None = None) -> None:
        stamp = time.time() if when is None else when
        self.store._transaction(lambda db: db.executemany(
            "UPDATE xapi_outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL", [(stamp, i) for i in ids]))

    def counts(self, since: float | None) -> OutboxCounts:
        self.flush()
        start = since if since is not None else float("-inf")
        ((queued, sent, held),) = self.store._read(
            "SELECT COALESCE(SUM(sent_at IS NULL AND created_at >= ?), 0), COALESCE(SUM(sent_at IS NOT NULL), 0),"
            " COALESCE(SUM(sent_at IS NULL AND created_at < ?), 0) FROM xapi_outbox", (start, start))
        return OutboxCounts(int(queued), int(sent), int(held))

    # -- reading ------------------------------------------------------------------------------
    def entries(self, limit: int = 500) -> list[OutboxEntry]:
        """The newest statements first, sent or not."""
        self.flush()
        rows = self.store._read("SELECT statement, created_at, sent_at FROM xapi_outbox"
                                " ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,))
        return [_entry(row) for row in rows]

    def statements(self) -> list[Statement]:
        """Every statement kept, oldest first (for carrying to an LRS by USB)."""
        self.flush()
        rows = self.store._read("SELECT statement FROM xapi_outbox ORDER BY created_at, rowid")
        return [json.loads(row[0]) for row in rows]

    def completion_ids(self, course_id: str) -> dict[str, str]:
        """Lesson id → the id of its latest completion statement, for the certificate and for voiding."""
        self.flush()
        rows = self.store._read("SELECT lesson_id, id FROM xapi_outbox WHERE course_id = ? AND verb = 'completed'"
                                " AND lesson_id IS NOT NULL ORDER BY created_at, rowid", (course_id,))
        return {lesson: statement_id for lesson, statement_id in rows}

    # -- upkeep -------------------------------------------------------------------------------
    def prune(self, now: float | None = None) -> int:
        """Apply the retention period, then the size cap (oldest sent statements first)."""
        self.flush()
        limit = (time.time() if now is None else now) - self.retention_days * 86400

        def work(db: Any) -> int:
            removed = db.execute("DELETE FROM xapi_outbox WHERE created_at < ?", (limit,)).rowcount
            (count,) = db.execute("SELECT COUNT(*) FROM xapi_outbox").fetchone()
            if count > self.cap:
                removed += db.execute(
                    "DELETE FROM xapi_outbox WHERE id IN (SELECT id FROM xapi_outbox"
                    " ORDER BY sent_at IS NULL, created_at LIMIT ?)", (count - self.cap,)).rowcount
            return int(removed)

        removed = self.store._transaction(work)
        if removed:
            log.info("removed %d old xAPI statements from the outbox", removed)
        return removed

    def meta(self, key: str) -> str | None:
        rows = self.store._read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str, replace: bool = True) -> None:
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self.store._transaction(lambda db: db.execute(f"{verb} INTO meta (key, value) VALUES (?, ?)", (key, value)))


def _entry(row: tuple) -> OutboxEntry:
    return OutboxEntry(json.loads(row[0]), row[1], row[2])
