"""The progress store: the only module that speaks SQL.

SQLite in WAL mode with synchronous=FULL (office PCs get switched off at the wall), an ordered
list of migrations with `PRAGMA user_version` as the schema version, and a copy of the database
before each migration.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from smartcourse_desktop.errors import StoreError

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
]
SCHEMA_VERSION = len(MIGRATIONS)

Segment = tuple[float, float]


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

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def played_seconds(self) -> float:
        return sum(end - start for start, end in self.played)


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
    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self.path = path

    @classmethod
    def open(cls, path: Path) -> "Store":
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            _migrate(connection, path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the progress database {path}: {exc}") from exc
        try:
            path.chmod(0o600)
        except OSError:
            pass
        return cls(connection, path)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, sql: str, params: tuple = ()) -> None:
        with self._lock:
            self._db.execute(sql, params)

    def _ensure(self, course_id: str, lesson_id: str) -> None:
        self._write(
            "INSERT OR IGNORE INTO lesson_progress (course_id, lesson_id) VALUES (?, ?)",
            (course_id, lesson_id),
        )

    def record_opened(self, course_id: str, lesson_id: str) -> None:
        self._ensure(course_id, lesson_id)
        now = time.time()
        self._write(
            "UPDATE lesson_progress SET first_opened = COALESCE(first_opened, ?), last_opened = ?"
            " WHERE course_id = ? AND lesson_id = ?",
            (now, now, course_id, lesson_id),
        )

    def save_position(self, course_id: str, lesson_id: str, position: float) -> None:
        self._ensure(course_id, lesson_id)
        self._write(
            "UPDATE lesson_progress SET position = ?, furthest = MAX(furthest, ?)"
            " WHERE course_id = ? AND lesson_id = ?",
            (position, position, course_id, lesson_id),
        )

    def add_played(self, course_id: str, lesson_id: str, segment: Segment, spent: float) -> LessonProgress:
        """Add a played interval and the wall-clock time it took; return the new state."""
        self._ensure(course_id, lesson_id)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                (played,) = self._db.execute(
                    "SELECT played FROM lesson_progress WHERE course_id = ? AND lesson_id = ?",
                    (course_id, lesson_id),
                ).fetchone()
                merged = merge_segments([tuple(s) for s in json.loads(played)] + [segment])
                self._db.execute(
                    "UPDATE lesson_progress SET played = ?, time_spent = time_spent + ?,"
                    " furthest = MAX(furthest, ?) WHERE course_id = ? AND lesson_id = ?",
                    (json.dumps(merged), max(spent, 0.0), max(segment), course_id, lesson_id),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return self.lesson(course_id, lesson_id)

    def add_time(self, course_id: str, lesson_id: str, spent: float) -> None:
        self._ensure(course_id, lesson_id)
        self._write(
            "UPDATE lesson_progress SET time_spent = time_spent + ? WHERE course_id = ? AND lesson_id = ?",
            (max(spent, 0.0), course_id, lesson_id),
        )

    def mark_complete(self, course_id: str, lesson_id: str) -> None:
        self._ensure(course_id, lesson_id)
        self._write(
            "UPDATE lesson_progress SET completed_at = COALESCE(completed_at, ?)"
            " WHERE course_id = ? AND lesson_id = ?",
            (time.time(), course_id, lesson_id),
        )

    def reset_course(self, course_id: str) -> None:
        self._write("DELETE FROM lesson_progress WHERE course_id = ?", (course_id,))

    def lesson(self, course_id: str, lesson_id: str) -> LessonProgress:
        return self.course(course_id).get(lesson_id, LessonProgress(lesson_id))

    def course(self, course_id: str) -> dict[str, LessonProgress]:
        with self._lock:
            rows = self._db.execute(
                "SELECT lesson_id, first_opened, last_opened, position, furthest, time_spent,"
                " played, completed_at FROM lesson_progress WHERE course_id = ?",
                (course_id,),
            ).fetchall()
        return {
            row[0]: LessonProgress(
                row[0], row[1], row[2], row[3], row[4], row[5],
                [tuple(s) for s in json.loads(row[6])], row[7],
            )
            for row in rows
        }


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the progress database {path} was written by a newer SmartCourse (schema {version});"
            " please update the app"
        )
    for number in range(version, SCHEMA_VERSION):
        if number > 0:
            backup = path.with_name(f"{path.name}.before-v{number + 1}")
            connection.execute("PRAGMA wal_checkpoint(FULL)")
            shutil.copy2(path, backup)
            log.info("copied the database to %s before migrating", backup)
        connection.executescript(f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;")
