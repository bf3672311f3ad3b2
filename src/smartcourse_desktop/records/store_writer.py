"""The progress store's write-behind: writes kept in memory until one thread commits them.

Hot-path writes (position, time spent, played intervals, lesson opened) are committed every
`interval` seconds, so the GUI never waits for an fsync while a lecture plays. A completion that
could not get the database's lock is kept here too, as deferred, and committed by the same
thread once the lock is free; until then it is reported as pending, never as done.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from smartcourse_desktop.records.store_records import Key, LessonProgress, Segment, merge_segments

# A completion: when, how (records/completion.py; None: watched or read), and the kinds it may replace.
Completion = tuple[float, str | None, tuple[str, ...]]

log = logging.getLogger(__name__)


@dataclass
class Pending:
    """Hot-path writes of one lesson not yet committed."""

    position: float | None = None
    opened: float | None = None
    spent: float = 0.0
    played: list[Segment] = field(default_factory=list)

    def apply(self, record: LessonProgress) -> None:
        if self.opened is not None:
            record.first_opened = record.first_opened or self.opened
            record.last_opened = self.opened
        if self.position is not None:
            record.position = self.position
            record.furthest = max(record.furthest, self.position)
        if self.played:
            record.played = merge_segments(record.played + self.played)
            record.furthest = max([record.furthest] + [max(s) for s in self.played])
        record.time_spent += self.spent


@dataclass
class Batch:
    """What one flush commits: hot-path writes, deferred completions, a generation."""

    generation: int
    writes: dict[Key, Pending]
    completions: dict[Key, Completion]


class PendingWrites:
    """The uncommitted state, guarded by `lock` (which readers hold too, to see it consistently)."""

    def __init__(self, generation: int) -> None:
        self.lock = threading.Lock()
        self.generation = generation
        self.writes: dict[Key, Pending] = {}
        self.completions: dict[Key, Completion] = {}
        self.flushing: Batch | None = None

    def change(self, key: Key, change: Callable[[Pending], None]) -> None:
        with self.lock:
            change(self.writes.setdefault(key, Pending()))

    def defer_completion(self, key: Key, completion: Completion) -> None:
        with self.lock:
            self.completions.setdefault(key, completion)

    def drop_completion(self, key: Key) -> None:
        with self.lock:
            self.completions.pop(key, None)

    def take(self) -> Batch | None:
        """Start a flush: hand over everything pending, or None if there is nothing."""
        with self.lock:
            if not self.writes and not self.completions:
                return None
            self.generation += 1
            self.flushing = Batch(self.generation, self.writes, self.completions)
            self.writes, self.completions = {}, {}
            return self.flushing

    def finish(self, batch: Batch, committed: bool) -> None:
        """End a flush; what was not committed is pending again (newer writes win)."""
        with self.lock:
            self.flushing = None
            if not committed:
                for key, pending in batch.writes.items():
                    self.writes.setdefault(key, pending)
                for key, completion in batch.completions.items():
                    self.completions.setdefault(key, completion)

    def forget(self, keep: Callable[[Key], bool]) -> None:
        with self.lock:
            self.writes = {k: v for k, v in self.writes.items() if keep(k)}
            self.completions = {k: v for k, v in self.completions.items() if keep(k)}

    def overlays(self, committed_generation: int) -> list[dict[Key, Pending]]:
        """The in-memory writes a reader applies on top of committed rows (call with `lock` held):
        a flush under way counts unless its generation is already committed."""
        if self.flushing is not None and self.flushing.generation > committed_generation:
            return [self.flushing.writes, self.writes]
        return [self.writes]


def ensure_row(db: sqlite3.Connection, key: Key) -> None:
    db.execute("INSERT OR IGNORE INTO lesson_progress (course_id, lesson_id) VALUES (?, ?)", key)


def complete(db: sqlite3.Connection, key: Key, completion: Completion) -> None:
    """Store a completion; the first one's time and kind stay, unless its kind is one `completion` replaces."""
    when, how, replaces = completion
    ensure_row(db, key)
    completed_at, completed_how = db.execute("SELECT completed_at, completed_how FROM lesson_progress"
                                             " WHERE course_id = ? AND lesson_id = ?", key).fetchone()
    if completed_at is None or (how is not None and completed_how in replaces):
        db.execute("UPDATE lesson_progress SET completed_at = COALESCE(completed_at, ?), completed_how = ?"
                   " WHERE course_id = ? AND lesson_id = ?", (when, how, *key))


def write_batch(db: sqlite3.Connection, batch: Batch) -> None:
    for key, pending in batch.writes.items():
        ensure_row(db, key)
        (first, last, position, furthest, spent, played) = db.execute(
            "SELECT first_opened, last_opened, position, furthest, time_spent, played FROM lesson_progress"
            " WHERE course_id = ? AND lesson_id = ?", key).fetchone()
        record = LessonProgress(key[1], first, last, position, furthest, spent, json.loads(played))
        pending.apply(record)
        db.execute(
            "UPDATE lesson_progress SET first_opened = ?, last_opened = ?, position = ?, furthest = ?,"
            " time_spent = ?, played = ? WHERE course_id = ? AND lesson_id = ?",
            (record.first_opened, record.last_opened, record.position, record.furthest, record.time_spent,
             json.dumps(record.played), *key))
    for key, completion in batch.completions.items():
        complete(db, key, completion)
    db.execute("UPDATE meta SET value = ? WHERE key = 'flush_generation'", (str(batch.generation),))


class WriterThread:
    """Calls `flush` every `interval` seconds until stopped; a failing round never ends it."""

    def __init__(self, flush: Callable[[], None], interval: float) -> None:
        self._flush = flush
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="store-writer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._flush()
            except Exception:
                log.exception("the progress writer failed")
