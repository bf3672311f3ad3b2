"""The one SQLite helper: connection setup, transactions, the integrity check and readable causes.

Used by the learner's record (records/store.py) and the search index (reading/search_index.py),
each with a file of its own. Connections run in autocommit mode (`isolation_level=None`) and
transactions are explicit, so that a failed COMMIT is never hidden behind a failed ROLLBACK.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 0.1  # the longest a caller (the GUI thread among them) waits for another program's lock


class Cause(Enum):
    """Why an SQLite call failed, in the terms a learner can act on."""

    LOCKED = "another program is using the database"
    FULL = "the disk is full"
    READ_ONLY = "the database is read-only"
    OTHER = "an error occurred"


# SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_READONLY (primary result codes)
_CAUSES = {5: Cause.LOCKED, 6: Cause.LOCKED, 13: Cause.FULL, 8: Cause.READ_ONLY}


def cause_of(exc: sqlite3.Error) -> Cause:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return _CAUSES.get(code & 0xFF, Cause.OTHER)
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return Cause.LOCKED
    return Cause.FULL if "disk is full" in text else Cause.OTHER


def connect(path: Path, timeout: float = BUSY_TIMEOUT_S, synchronous: str | None = "FULL") -> sqlite3.Connection:
    """A WAL-mode connection usable from any thread (callers serialise it with a lock)."""
    connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=timeout)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        if synchronous:
            connection.execute(f"PRAGMA synchronous={synchronous}")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[sqlite3.Connection]:
    """BEGIN … COMMIT, rolled back on any error. SQLite rolls back by itself after some errors
    (a full disk during COMMIT); then there is nothing to roll back, and the first error is raised."""
    connection.execute(f"BEGIN {mode}")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error as exc:
                log.warning("rollback failed after an error: %s", exc)
        raise


def integrity_problem(path: Path, timeout: float = BUSY_TIMEOUT_S) -> str | None:
    """None if `path` passes `PRAGMA quick_check`, else what is wrong. A locked or unreadable file
    is not damage: sqlite3.OperationalError is raised for it."""
    try:
        with contextlib.closing(sqlite3.connect(str(path), timeout=timeout)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        return str(exc)
    result = "; ".join(str(row[0]) for row in rows)
    return None if result == "ok" else result


def delete_database(path: Path) -> None:
    """Delete a rebuildable database with its WAL and SHM files."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
