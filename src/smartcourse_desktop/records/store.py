"""The progress store: the only module that speaks SQL.

SQLite in WAL mode with synchronous=FULL (office PCs get switched off at the wall), an ordered
list of migrations with `PRAGMA user_version` as the schema version, and a copy of the database
(made with SQLite's backup API) before each migration. `PRAGMA quick_check` runs at every start;
a corrupt database is moved aside, never deleted, and a fresh one takes its place.

Writes on the playback hot path (position, time spent, played intervals, lesson opened) are kept
in memory and committed by one writer thread every `flush_interval` seconds, so the GUI never
waits for an fsync while a lecture plays; reads see them at once. Completions, notes and resets
are committed before their call returns: a hard kill can never lose them.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from smartcourse_desktop.system.errors import StoreError
from smartcourse_desktop.system.private_files import create_private_file, move_aside, prepare_file, restrict_permissions

log = logging.getLogger(__name__)

MIGRATIONS: list[str] = [
    """
    CREATE TABLE lesson_progress (
        course_id    TEXT NOT NULL,
        lesson_id    TEXT NOT NULL,
        first_opened REAL,
        last_opened  REAL,
        position     REAL NOT NULL DEFAULT 0,
        furthest     REAL NOT NULL DEFAULT 0,
        time_spent   REAL NOT NULL DEFAULT 0,
        played       TEXT NOT NULL DEFAULT '[]',
        completed_at REAL,
        PRIMARY KEY (course_id, lesson_id)
    );
    CREATE TABLE note (
        id         INTEGER PRIMARY KEY,
        course_id  TEXT NOT NULL,
        lesson_id  TEXT NOT NULL,
        position   REAL,
        body       TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX note_by_lesson ON note (course_id, lesson_id);
    """,
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta VALUES ('profile_id', lower(hex(randomblob(8))));
    INSERT INTO meta VALUES ('flush_generation', '0');
    CREATE INDEX note_by_course ON note (course_id, created_at);
    """,
    # How a lesson was completed (records/completion.py); NULL: watched or read, as before.
    "ALTER TABLE lesson_progress ADD COLUMN completed_how TEXT;",
]
SCHEMA_VERSION = len(MIGRATIONS)
FLUSH_INTERVAL = 2.0  # seconds; a hard kill loses at most this much playback position

Segment = tuple[float, float]
Key = tuple[str, str]
T = TypeVar("T")


@dataclass
class LessonProgress:
    lesson_id: str
    first_opened: float | None = None
    last_opened: float | None = None
    position: float = 0.0
    furthest: float = 0.0
    time_spent: float = 0.0
    played: list[Segment] = field(default_factory=list)
    completed_at: float | None = None
    completed_how: str | None = None

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def played_seconds(self) -> float:
        return sum(end - start for start, end in self.played)


@dataclass
class Note:
    id: int
    course_id: str
    lesson_id: str
    position: float | None
    body: str
    created_at: float
    updated_at: float


@dataclass
class _Pending:
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


def merge_segments(segments: list[Segment]) -> list[Segment]:
    """Union of played intervals, so replaying a part never counts twice."""
    merged: list[list[float]] = []
    for start, end in sorted((min(a, b), max(a, b)) for a, b in segments):
        if merged and start <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(round(a, 3), round(b, 3)) for a, b in merged]


class Store:
    def __init__(self, path: Path, flush_interval: float = FLUSH_INTERVAL, moved_aside: Path | None = None) -> None:
        self.path = path
        self.moved_aside = moved_aside  # where a corrupt database was put, to tell the learner
        self._writer = _connect(path)
        self._reader = _connect(path)
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()  # guards _pending/_flushing; held by readers
        self._flush_lock = threading.Lock()  # one flush at a time
        self._pending: dict[Key, _Pending] = {}
        self._flushing: tuple[int, dict[Key, _Pending]] | None = None
        self._generation = int(self._meta(self._writer, "flush_generation") or 0)
        self._interval = flush_interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._flush_loop, name="store-writer", daemon=True)
        self._thread.start()

    @classmethod
    def open(cls, path: Path, flush_interval: float = FLUSH_INTERVAL) -> Store:
        """Open (creating, checking, recovering and migrating as needed) the database at `path`."""
        prepare_file(path)
        moved_aside = None
        problem = check_database(path)
        if problem:
            moved_aside = move_aside(path)
            log.error("progress database %s is damaged (%s); moved it to %s", path, problem, moved_aside)
            prepare_file(path)
        try:
            with _closing(_connect(path)) as connection:
                _migrate(connection, path)
            store = cls(path, flush_interval, moved_aside)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the progress database {path}: {exc}") from exc
        restrict_permissions(path)
        return store

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.flush()
        with self._write_lock, self._state_lock:
            self._writer.close()
            self._reader.close()
        restrict_permissions(self.path)

    # -- hot path: kept in memory, committed by the writer thread -------------------------------
    def _pend(self, course_id: str, lesson_id: str, change: Callable[[_Pending], None]) -> None:
        with self._state_lock:
            change(self._pending.setdefault((course_id, lesson_id), _Pending()))

    def record_opened(self, course_id: str, lesson_id: str) -> None:
        self._pend(course_id, lesson_id, lambda p: setattr(p, "opened", time.time()))

    def save_position(self, course_id: str, lesson_id: str, position: float) -> None:
        self._pend(course_id, lesson_id, lambda p: setattr(p, "position", max(float(position), 0.0)))

    def add_time(self, course_id: str, lesson_id: str, spent: float) -> None:
        self._pend(course_id, lesson_id, lambda p: setattr(p, "spent", p.spent + max(spent, 0.0)))

    def add_played(self, course_id: str, lesson_id: str, segment: Segment, spent: float) -> LessonProgress:
        """Add a played interval and the wall-clock time it took; return the new state."""
        def change(p: _Pending) -> None:
            p.played = merge_segments(p.played + [segment])
            p.spent += max(spent, 0.0)

        self._pend(course_id, lesson_id, change)
        return self.lesson(course_id, lesson_id)

    def flush(self) -> None:
        """Commit the hot-path writes now."""
        with self._flush_lock:
            with self._state_lock:
                if not self._pending:
                    return
                self._generation += 1
                self._flushing = (self._generation, self._pending)
                self._pending = {}
            generation, batch = self._flushing
            try:
                self._transaction(lambda db: _write_batch(db, batch, generation))
            except StoreError as exc:
                log.error("cannot save progress, will retry: %s", exc)
                with self._state_lock:
                    for key, pending in batch.items():
                        self._pending.setdefault(key, pending)
            finally:
                with self._state_lock:
                    self._flushing = None

    def _flush_loop(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.flush()
            except Exception:  # keep the writer alive; the next round retries
                log.exception("the progress writer failed")

    # -- committed before returning -------------------------------------------------------------
    def _transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._write_lock:
            try:
                self._writer.execute("BEGIN IMMEDIATE")
                try:
                    result = work(self._writer)
                    self._writer.execute("COMMIT")
                except BaseException:
                    self._writer.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write the progress database {self.path}: {exc}") from exc
        return result

    def mark_complete(self, course_id: str, lesson_id: str, how: str | None = None,
                      replaces: tuple[str, ...] = ()) -> None:
        """Complete a lesson; the first completion's time and kind stay, unless its kind is in `replaces`."""
        def write(db: sqlite3.Connection) -> None:
            _ensure(db, course_id, lesson_id)
            row = db.execute("SELECT completed_at, completed_how FROM lesson_progress"
                             " WHERE course_id = ? AND lesson_id = ?", (course_id, lesson_id)).fetchone()
            if row[0] is None or (how is not None and row[1] in replaces):
                db.execute("UPDATE lesson_progress SET completed_at = COALESCE(completed_at, ?), completed_how = ?"
                           " WHERE course_id = ? AND lesson_id = ?", (time.time(), how, course_id, lesson_id))

        self._transaction(write)

    def reset_course(self, course_id: str) -> None:
        """Forget the course's lesson progress; its notes stay."""
        self.flush()
        with self._state_lock:
            self._pending = {k: v for k, v in self._pending.items() if k[0] != course_id}
        self._transaction(lambda db: db.execute("DELETE FROM lesson_progress WHERE course_id = ?", (course_id,)))

    def add_note(self, course_id: str, lesson_id: str, body: str, position: float | None = None) -> Note:
        now = time.time()
        note_id = self._transaction(lambda db: db.execute(
            "INSERT INTO note (course_id, lesson_id, position, body, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", (course_id, lesson_id, position, body, now, now)).lastrowid)
        return Note(int(note_id or 0), course_id, lesson_id, position, body, now, now)

    def update_note(self, note_id: int, body: str) -> None:
        self._transaction(lambda db: db.execute(
            "UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (body, time.time(), note_id)))

    def delete_note(self, note_id: int) -> None:
        self._transaction(lambda db: db.execute("DELETE FROM note WHERE id = ?", (note_id,)))

    # -- reads ----------------------------------------------------------------------------------
    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._state_lock:
            return self._reader.execute(sql, params).fetchall()

    def lesson(self, course_id: str, lesson_id: str) -> LessonProgress:
        return self._records(course_id, lesson_id).get(lesson_id, LessonProgress(lesson_id))

    def course(self, course_id: str) -> dict[str, LessonProgress]:
        return self._records(course_id, None)

    def _records(self, course_id: str, lesson_id: str | None) -> dict[str, LessonProgress]:
        """Committed records with the writes still in memory applied, without counting any twice."""
        with self._state_lock:
            self._reader.execute("BEGIN")
            try:
                generation = int(self._meta(self._reader, "flush_generation") or 0)
                rows = self._reader.execute(
                    "SELECT lesson_id, first_opened, last_opened, position, furthest, time_spent, played,"
                    " completed_at, completed_how FROM lesson_progress"
                    " WHERE course_id = ? AND (? IS NULL OR lesson_id = ?)",
                    (course_id, lesson_id, lesson_id)).fetchall()
            finally:
                self._reader.execute("COMMIT")
            records = {row[0]: _record(row) for row in rows}
            overlays = [self._pending]
            if self._flushing is not None and self._flushing[0] > generation:
                overlays.insert(0, self._flushing[1])
            for overlay in overlays:
                for (course, lesson), pending in overlay.items():
                    if course == course_id and lesson_id in (None, lesson):
                        pending.apply(records.setdefault(lesson, LessonProgress(lesson)))
        return records

    def course_ids(self) -> list[str]:
        self.flush()
        return [row[0] for row in self._read("SELECT DISTINCT course_id FROM lesson_progress ORDER BY 1")]

    def notes(self, course_id: str, lesson_id: str | None = None, query: str = "") -> list[Note]:
        """The course's notes (or one lesson's), oldest first, whose text contains `query`."""
        rows = self._read(
            "SELECT id, course_id, lesson_id, position, body, created_at, updated_at FROM note"
            " WHERE course_id = ? AND (? IS NULL OR lesson_id = ?) ORDER BY created_at, id",
            (course_id, lesson_id, lesson_id))
        needle = query.casefold().strip()
        return [Note(*row) for row in rows if needle in row[4].casefold()]

    def profile_id(self) -> str:
        with self._state_lock:
            return self._meta(self._reader, "profile_id") or ""

    @staticmethod
    def _meta(connection: sqlite3.Connection, key: str) -> str | None:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- copies ---------------------------------------------------------------------------------
    def backup_to(self, target: Path) -> None:
        """A consistent copy of the committed database, made with SQLite's backup API."""
        self.flush()
        with self._state_lock:
            _backup(self._reader, target)

    def restore_from(self, source: Path) -> None:
        """Replace the whole database with a copy made by `backup_to` (checked first)."""
        problem = check_database(source)
        if problem:
            raise StoreError(f"the backup {source} is damaged: {problem}")
        self.flush()
        with _closing(sqlite3.connect(source)) as copy:
            version = copy.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"the backup {source} was written by a newer SmartCourse")
            with self._write_lock, self._state_lock:
                self._pending = {}
                copy.backup(self._writer)
                _migrate(self._writer, self.path)
                self._generation = max(self._generation, int(self._meta(self._writer, "flush_generation") or 0))
        restrict_permissions(self.path)


def _record(row: tuple) -> LessonProgress:
    played = [(float(a), float(b)) for a, b in json.loads(row[6])]
    return LessonProgress(row[0], row[1], row[2], row[3], row[4], row[5], played, row[7], row[8])


def _ensure(db: sqlite3.Connection, course_id: str, lesson_id: str) -> None:
    db.execute("INSERT OR IGNORE INTO lesson_progress (course_id, lesson_id) VALUES (?, ?)", (course_id, lesson_id))


def _write_batch(db: sqlite3.Connection, batch: dict[Key, _Pending], generation: int) -> None:
    for (course_id, lesson_id), pending in batch.items():
        _ensure(db, course_id, lesson_id)
        (first, last, position, furthest, spent, played) = db.execute(
            "SELECT first_opened, last_opened, position, furthest, time_spent, played FROM lesson_progress"
            " WHERE course_id = ? AND lesson_id = ?", (course_id, lesson_id)).fetchone()
        record = LessonProgress(lesson_id, first, last, position, furthest, spent, json.loads(played))
        pending.apply(record)
        db.execute(
            "UPDATE lesson_progress SET first_opened = ?, last_opened = ?, position = ?, furthest = ?,"
            " time_spent = ?, played = ? WHERE course_id = ? AND lesson_id = ?",
            (record.first_opened, record.last_opened, record.position, record.furthest, record.time_spent,
             json.dumps(record.played), course_id, lesson_id))
    db.execute("UPDATE meta SET value = ? WHERE key = 'flush_generation'", (str(generation),))


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


class _closing:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *exc: object) -> None:
        self.connection.close()


def check_database(path: Path, timeout: float = 10.0) -> str | None:
    """None if `path` passes `PRAGMA quick_check`, else what is wrong."""
    try:
        with _closing(sqlite3.connect(path, timeout=timeout)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:  # locked, busy, unreadable: not damage, never move it aside
        raise StoreError(f"cannot check the progress database {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        return str(exc)
    result = "; ".join(str(row[0]) for row in rows)
    return None if result == "ok" else result


def _backup(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new file at `target` (0600) through a temporary name."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    with _closing(sqlite3.connect(temporary)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    os.replace(temporary, target)


def _migrate(connection: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> None:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the progress database {path} was written by a newer SmartCourse (schema {version});"
            " please update the app"
        )
    for number in range(version, target):
        if version > 0:  # an existing database: keep a copy of each state
            copy = path.with_name(f"{path.name}.before-v{number + 1}")
            _backup(connection, copy)
            log.info("copied the database to %s before migrating", copy)
        connection.executescript(f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;")
