"""The progress database's schema: an ordered list of migrations, `PRAGMA user_version` as the
version, and a copy of the database (SQLite's backup API) before each step."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from pathlib import Path

from smartcourse_desktop.system.errors import StoreError, StoreWriteError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.private_files import create_private_file
from smartcourse_desktop.system.sqlite import Cause, cause_of, user_version

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
    """
    CREATE TABLE xapi_outbox (
        id         TEXT PRIMARY KEY,
        created_at REAL NOT NULL,
        course_id  TEXT NOT NULL,
        lesson_id  TEXT,
        verb       TEXT NOT NULL,
        statement  TEXT NOT NULL,
        sent_at    REAL
    );
    CREATE INDEX xapi_outbox_queue ON xapi_outbox (sent_at, created_at);
    CREATE INDEX xapi_outbox_by_lesson ON xapi_outbox (course_id, lesson_id, verb);
    """,
    # How a lesson was completed (records/completion.py); NULL: watched or read, as before.
    "ALTER TABLE lesson_progress ADD COLUMN completed_how TEXT;",
    # Answers to a module's reflection questions are notes with lesson_id '' (store_records.Note).
    """
    ALTER TABLE note ADD COLUMN module_id TEXT;
    ALTER TABLE note ADD COLUMN question INTEGER;
    ALTER TABLE note ADD COLUMN question_text TEXT;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> None:
    """Bring the database to schema `target`, copying it before each step of an existing one."""
    version = user_version(connection)
    if version > SCHEMA_VERSION:
        raise StoreError(
            _("the progress database {path} was written by a newer SmartCourse (schema {version}); please update the "
              "app").format(path=path, version=version)
        )
    for number in range(version, target):
        if version > 0:
            copy = path.with_name(f"{path.name}.before-v{number + 1}")
            copy_database(connection, copy)
            log.info("copied the database to %s before migrating", copy)
        connection.executescript(f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;")


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new file at `target` (0600) through a temporary name, which is removed
    again when the copy fails (a full disk leaves no empty `.part` file)."""
    temporary = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.unlink(missing_ok=True)
        create_private_file(temporary)
        with contextlib.closing(sqlite3.connect(temporary)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise copy_failed(target, exc) from exc


def copy_failed(target: Path, exc: OSError | sqlite3.Error) -> StoreWriteError:
    full = cause_of(exc) == Cause.FULL if isinstance(exc, sqlite3.Error) else exc.errno == errno.ENOSPC
    reason = _("the disk is full") if full else str(exc)
    return StoreWriteError(_("Couldn't copy the progress database to {target}: {reason}. Your progress is "
                             "safe.").format(target=target, reason=reason))
