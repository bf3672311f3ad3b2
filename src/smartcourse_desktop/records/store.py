"""The progress store: the learner's record, and the only place that speaks its SQL.

SQLite in WAL mode with synchronous=FULL (office PCs get switched off at the wall). The schema
and its migrations are in store_migrations.py, the write-behind thread in store_writer.py, the
records in store_records.py; connections and transactions come from system/sqlite.py.
`PRAGMA quick_check` runs at every start; a corrupt database is moved aside, never deleted, and a
fresh one takes its place.

Completions, notes and resets are committed before their call returns: a hard kill can never lose
them. No call waits more than 100 ms for another program's lock: it fails fast with a
StoreBusyError, and a completion is then retried by the writer thread (reported as pending).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from smartcourse_desktop.records.store_migrations import SCHEMA_VERSION, copy_database, migrate
from smartcourse_desktop.records.store_records import LessonProgress, Note, Segment, merge_segments, record_of
from smartcourse_desktop.records.store_writer import Pending, PendingWrites, WriterThread, complete, write_batch
from smartcourse_desktop.system.clock import Clock, SystemClock
from smartcourse_desktop.system.errors import DamagedStoreError, StoreBusyError, StoreError, StoreWriteError, shortened
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.locations import database_location, temporary_notice
from smartcourse_desktop.system.private_files import move_aside, prepare_file, restrict_permissions
from smartcourse_desktop.system.sqlite import Cause, cause_of, connect, integrity_problem, transaction, user_version

__all__ = ["FLUSH_INTERVAL", "SCHEMA_VERSION", "LessonProgress", "Note", "Segment", "Store", "check_database",
           "merge_segments", "open_profile_store"]

if TYPE_CHECKING:
    from smartcourse_desktop.records.learning_record import Recorder

log = logging.getLogger(__name__)

FLUSH_INTERVAL = 2.0  # seconds; a hard kill loses at most this much playback position
T = TypeVar("T")
NOTE_COLUMNS = "id, course_id, lesson_id, position, body, created_at, updated_at, module_id, question, question_text"
SavedListener = Callable[[str, str], None]


class Store:
    def __init__(self, path: Path, flush_interval: float = FLUSH_INTERVAL, moved_aside: Path | None = None,
                 clock: Clock | None = None) -> None:
        self.path = path
        self.clock = clock or SystemClock()  # stamps opened/completed/notes; backups and exports date by it
        self.moved_aside = moved_aside  # where a corrupt database was put, to tell the learner
        self._writer = connect(path)
        self._reader = connect(path)
        self._write_lock = threading.Lock()
        self._flush_lock = threading.Lock()  # one flush at a time
        self._writes = PendingWrites(int(_meta(self._writer, "flush_generation") or 0))
        self._state_lock = self._writes.lock  # guards the pending writes and the reader
        self._listeners: list[SavedListener] = []
        self.flush_hooks: list[Callable[[], None]] = []  # more write-behind work for the writer thread
        self.recorder: Recorder | None = None  # xAPI statements of the learning events (records/learning_record.py)
        self._thread = WriterThread(self.flush, flush_interval)

    @classmethod
    def open(cls, path: Path, flush_interval: float = FLUSH_INTERVAL, clock: Clock | None = None, *,
             recover: bool = True) -> Store:
        """Open (creating, checking, recovering and migrating as needed) the database at `path`.

        Without `recover` a damaged database raises DamagedStoreError and is left exactly as it is.
        """
        clock = clock or SystemClock()
        prepare_file(path)
        moved_aside = None
        problem = check_database(path)
        if problem and not recover:
            raise DamagedStoreError(_("the progress database {path} is damaged ({problem}); it was left as it is. "
                                      "Open SmartCourse to recover it.").format(path=path, problem=shortened(problem)))
        if problem:
            moved_aside = move_aside(path, clock.now())
            log.error("progress database %s is damaged (%s); moved it to %s", path, problem, moved_aside)
            prepare_file(path)
        try:
            with contextlib.closing(connect(path, timeout=10.0)) as connection:
                migrate(connection, path)
            store = cls(path, flush_interval, moved_aside, clock)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_("cannot open the progress database {path}: {problem}").format(path=path, problem=exc)) \
                from exc
        restrict_permissions(path)
        return store

    def _now(self) -> float:
        return self.clock.now().timestamp()

    def close(self) -> None:
        self._thread.stop()
        self.flush()
        with self._write_lock, self._state_lock:
            if self._writes.writes or self._writes.completions:
                log.error("closing with progress that could not be saved: %d lessons", len(self._writes.writes))
            self._writer.close()
            self._reader.close()
        restrict_permissions(self.path)

    def add_saved_listener(self, listener: SavedListener) -> None:
        """`listener(course_id, lesson_id)` runs on the writer thread when a deferred completion is stored."""
        self._listeners.append(listener)

    # -- hot path: kept in memory, committed by the writer thread -------------------------------
    def record_opened(self, course_id: str, lesson_id: str) -> None:
        self._writes.change((course_id, lesson_id), lambda p: setattr(p, "opened", self._now()))

    def save_position(self, course_id: str, lesson_id: str, position: float) -> None:
        self._writes.change((course_id, lesson_id), lambda p: setattr(p, "position", max(float(position), 0.0)))

    def add_time(self, course_id: str, lesson_id: str, spent: float) -> None:
        self._writes.change((course_id, lesson_id), lambda p: setattr(p, "spent", p.spent + max(spent, 0.0)))

    def add_played(self, course_id: str, lesson_id: str, segment: Segment, spent: float) -> LessonProgress:
        """Add a played interval and the wall-clock time it took; return the new state."""
        def change(p: Pending) -> None:
            p.played = merge_segments([*p.played, segment])
            p.spent += max(spent, 0.0)

        self._writes.change((course_id, lesson_id), change)
        return self.lesson(course_id, lesson_id)

    def flush(self) -> None:
        """Commit the hot-path writes now, then the other write-behind work (the xAPI outbox)."""
        self._flush_progress()
        for hook in self.flush_hooks:
            hook()

    def _flush_progress(self) -> None:
        """Commit the writes kept in memory; on failure they stay pending for the next round."""
        with self._flush_lock:
            batch = self._writes.take()
            if batch is None:
                return
            committed = False
            try:
                self._transaction(lambda db: write_batch(db, batch))
                committed = True
            except StoreError as exc:
                log.error("cannot save progress, will retry: %s", exc)
            finally:
                self._writes.finish(batch, committed)
        if committed:
            for key in batch.completions:
                self._tell_saved(key)

    def _tell_saved(self, key: tuple[str, str]) -> None:
        for listener in self._listeners:
            try:
                listener(*key)
            except Exception:  # e.g. a window already gone; the completion is stored all the same
                log.exception("a listener of saved completions failed")

    # -- committed before returning -------------------------------------------------------------
    def _transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._write_lock:
            try:
                with transaction(self._writer) as db:
                    return work(db)
            except sqlite3.Error as exc:
                raise write_failed(exc, self.path) from exc

    def mark_complete(self, course_id: str, lesson_id: str, how: str | None = None,
                      replaces: tuple[str, ...] = ()) -> None:
        """Committed before returning; the first completion's time and kind (`how`, records/completion.py)
        stay unless its kind is in `replaces`. If another program holds the lock, StoreBusyError is raised
        at once and the completion is retried in the background (see `pending_completions`)."""
        key, completion = (course_id, lesson_id), (self._now(), how, replaces)
        try:
            self._transaction(lambda db: complete(db, key, completion))
        except StoreBusyError as exc:
            self._writes.defer_completion(key, completion)
            raise StoreBusyError(_("Couldn't save yet: another program is using the progress database."
                                   " SmartCourse keeps trying and marks the lesson done once it is saved.")) from exc

    def clear_completion(self, course_id: str, lesson_id: str, how: str) -> None:
        """The learner undid "done": no completion, `how` (records/completion.py: undone) says why; the
        played segments, position and study time stay. Committed before returning; a completion still
        waiting for the lock is dropped."""
        key = (course_id, lesson_id)
        self._writes.drop_completion(key)
        self._transaction(lambda db: db.execute(
            "UPDATE lesson_progress SET completed_at = NULL, completed_how = ? WHERE course_id = ? AND lesson_id = ?",
            (how, *key)))

    def pending_completions(self, course_id: str) -> set[str]:
        """Lessons marked done that are not stored yet (waiting for another program's lock)."""
        with self._state_lock:
            flushing = self._writes.flushing
            keys = [*self._writes.completions, *(flushing.completions if flushing else ())]
        return {lesson for course, lesson in keys if course == course_id}

    def reset_course(self, course_id: str) -> None:
        """Forget the course's lesson progress; its notes stay."""
        self.flush()
        self._writes.forget(lambda key: key[0] != course_id)
        self._transaction(lambda db: db.execute("DELETE FROM lesson_progress WHERE course_id = ?", (course_id,)))

    def add_note(self, course_id: str, lesson_id: str, body: str, position: float | None = None) -> Note:
        return self._insert_note(Note(0, course_id, lesson_id, position, body, 0.0, 0.0))

    def add_answer(self, course_id: str, module_id: str, question: int, question_text: str, body: str) -> Note:
        """The learner's answer to the module's reflection question number `question` (from 0)."""
        return self._insert_note(Note(0, course_id, "", None, body, 0.0, 0.0, module_id, question, question_text))

    def _insert_note(self, note: Note) -> Note:
        note.created_at = note.updated_at = self._now()
        row = (note.course_id, note.lesson_id, note.position, note.body, note.created_at, note.updated_at,
               note.module_id, note.question, note.question_text)
        note.id = int(self._transaction(lambda db: db.execute(
            f"INSERT INTO note ({NOTE_COLUMNS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row).lastrowid) or 0)
        return note

    def update_note(self, note_id: int, body: str, written_at: float | None = None) -> Note:
        """Replace a note's text (committed before returning); its creation time stays, `updated_at` is now.
        With `written_at` (its `created_at`), only that note: not another one that reused the id after
        a deletion or a restored backup."""
        def update(db: sqlite3.Connection) -> tuple | None:
            found = db.execute("UPDATE note SET body = ?, updated_at = ? WHERE id = ? AND created_at = ifnull(?,"
                               " created_at)", (body, self._now(), note_id, written_at)).rowcount
            return db.execute(f"SELECT {NOTE_COLUMNS} FROM note WHERE id = ?", (note_id,)).fetchone() if found else None

        row = self._transaction(update)
        if row is None:
            raise StoreWriteError(_("Couldn't save: this note no longer exists (it was deleted)."))
        return Note(*row)

    def delete_note(self, note_id: int, written_at: float | None = None) -> None:
        """Delete the note (with `written_at`, only if it is still the note written then: see update_note)."""
        self._transaction(lambda db: db.execute(
            "DELETE FROM note WHERE id = ? AND created_at = ifnull(?, created_at)", (note_id, written_at)))

    # -- reads ----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._state_lock:
            try:
                yield self._reader
            except sqlite3.Error as exc:
                raise StoreError(_("cannot read the progress database {path}: {problem}")
                                 .format(path=self.path, problem=exc)) from exc

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._reading() as reader:
            return reader.execute(sql, params).fetchall()

    def lesson(self, course_id: str, lesson_id: str) -> LessonProgress:
        return self._records(course_id, lesson_id).get(lesson_id, LessonProgress(lesson_id))

    def course(self, course_id: str) -> dict[str, LessonProgress]:
        return self._records(course_id, None)

    def _records(self, course_id: str, lesson_id: str | None) -> dict[str, LessonProgress]:
        """Committed records with the writes still in memory applied, without counting any twice."""
        with self._reading() as db, transaction(db, "DEFERRED"):
            generation = int(_meta(db, "flush_generation") or 0)
            rows = db.execute(
                "SELECT lesson_id, first_opened, last_opened, position, furthest, time_spent, played,"
                " completed_at, completed_how FROM lesson_progress"
                " WHERE course_id = ? AND (? IS NULL OR lesson_id = ?)",
                (course_id, lesson_id, lesson_id)).fetchall()
            records = {row[0]: record_of(row) for row in rows}
            for overlay in self._writes.overlays(generation):
                for (course, lesson), pending in overlay.items():
                    if course == course_id and lesson_id in (None, lesson):
                        pending.apply(records.setdefault(lesson, LessonProgress(lesson)))
        return records

    def course_ids(self) -> list[str]:
        self.flush()
        with self._reading() as db:
            return [row[0] for row in db.execute("SELECT DISTINCT course_id FROM lesson_progress ORDER BY 1")]

    def notes(self, course_id: str, lesson_id: str | None = None, query: str = "") -> list[Note]:
        """The course's notes and answers (or one lesson's notes), oldest first, whose text contains `query`."""
        with self._reading() as db:
            rows = db.execute(
                f"SELECT {NOTE_COLUMNS} FROM note"
                " WHERE course_id = ? AND (? IS NULL OR lesson_id = ?) ORDER BY created_at, id",
                (course_id, lesson_id, lesson_id)).fetchall()
        needle = query.casefold().strip()
        return [Note(*row) for row in rows if needle in row[4].casefold()]

    def profile_id(self) -> str:
        with self._reading() as db:
            return _meta(db, "profile_id") or ""

    # -- copies ---------------------------------------------------------------------------------
    def backup_to(self, target: Path) -> None:
        """A consistent copy of the committed database, made with SQLite's backup API."""
        self.flush()
        with self._state_lock:
            copy_database(self._reader, target)

    def restore_from(self, source: Path) -> None:
        """Replace the whole database with a copy made by `backup_to` (checked first)."""
        problem = check_database(source)
        if problem:
            raise StoreError(_("the backup {path} is damaged: {problem}")
                             .format(path=source, problem=shortened(problem)))
        self.flush()
        with contextlib.closing(sqlite3.connect(source)) as copy:
            if user_version(copy) > SCHEMA_VERSION:
                raise StoreError(_("the backup {path} was written by a newer SmartCourse").format(path=source))
            with self._write_lock, self._state_lock:
                self._writes.writes, self._writes.completions = {}, {}
                copy.backup(self._writer)
                migrate(self._writer, self.path)
                self._writes.generation = max(self._writes.generation,
                                              int(_meta(self._writer, "flush_generation") or 0))
        restrict_permissions(self.path)


def open_profile_store(database: Path, clock: Clock, *, recover: bool = True,
                       tell: Callable[[str], object] | None = None) -> Store:
    """The learner's progress store, kept on a local disk (see system/locations.py; `recover`: see Store.open).
    When it had to go to a temporary folder, `tell` gets one line saying where and why."""
    location = database_location(database)
    if location.temporary and tell is not None:
        tell(temporary_notice(database, location))
    return Store.open(location.path, clock=clock, recover=recover)


def _meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_failed(exc: sqlite3.Error, path: Path) -> StoreWriteError:
    """The error a learner reads when a write did not happen, naming the real cause."""
    cause = cause_of(exc)
    if cause == Cause.LOCKED:
        return StoreBusyError(_("Couldn't save: another program is using the progress database."
                                " Your earlier progress is safe; try again in a moment."))
    reason = {Cause.FULL: _("the disk is full"),
              Cause.READ_ONLY: _("the progress database {path} is read-only").format(path=path)}
    return StoreWriteError(_("Couldn't save: {reason}. Your earlier progress is safe.")
                           .format(reason=reason.get(cause, f"{exc} ({path})")))


def check_database(path: Path, timeout: float = 10.0) -> str | None:
    """None if `path` passes `PRAGMA quick_check`, else what is wrong; StoreError if it can't be read."""
    try:
        return integrity_problem(path, timeout)
    except sqlite3.OperationalError as exc:  # locked, busy, unreadable: not damage, never move it aside
        raise StoreError(_("cannot check the progress database {path}: {problem}").format(path=path, problem=exc)) \
            from exc
