"""The SQLite helper on real files: connection setup, transactions, causes and the integrity check."""

from __future__ import annotations

import sqlite3

import pytest

from smartcourse_desktop.system.sqlite import (
    BUSY_TIMEOUT_S,
    Cause,
    cause_of,
    connect,
    delete_database,
    integrity_problem,
    transaction,
    user_version,
)


@pytest.fixture
def db(tmp_path):
    connection = connect(tmp_path / "test.sqlite3")
    connection.execute("CREATE TABLE t (x INTEGER)")
    yield connection
    connection.close()


def test_connections_are_wal_full_sync_autocommit_with_a_short_busy_timeout(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == int(BUSY_TIMEOUT_S * 1000)
    assert db.isolation_level is None and user_version(db) == 0


def test_a_transaction_commits_or_rolls_back_and_reraises(db):
    with transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(ZeroDivisionError), transaction(db):
        db.execute("INSERT INTO t VALUES (2)")
        _ = 1 / 0
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)] and not db.in_transaction


def test_a_failed_statement_is_raised_as_itself_not_as_a_failed_rollback(db):
    db.execute("CREATE TABLE u (x INTEGER UNIQUE)")
    db.execute("INSERT INTO u VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"), transaction(db):
        db.execute("INSERT INTO u VALUES (1)")


def test_another_programs_lock_is_told_apart(tmp_path, db):
    holder = sqlite3.connect(tmp_path / "test.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sqlite3.OperationalError) as caught, transaction(db):
            pass
        assert cause_of(caught.value) == Cause.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_integrity_problem_names_damage_and_delete_removes_the_companions(tmp_path, db):
    path = tmp_path / "test.sqlite3"
    assert integrity_problem(path) is None
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 300)
    assert integrity_problem(bad)
    db.close()
    delete_database(path)
    assert list(tmp_path.glob("test.sqlite3*")) == []
