"""Course-wide full-text search: an SQLite FTS5 index of lesson titles, readings and captions.

Why a second database: the progress store (records/store.py, in the data folder) holds precious learner
data that is migrated and backed up. This index holds only what can be derived again from the
installed courses, so it lives in the cache folder (`index_path`) with a schema version of its
own: when that version changes or the file is damaged, the file is deleted and rebuilt, and a
user who clears the cache loses nothing. Connections and transactions come from system/sqlite.py.

What is indexed, per lesson: its title; a reading in sections (one row per heading, with the
heading's anchor, so a hit scrolls to it; a PDF reading one row per page, so a hit opens the
page); a lecture's captions one cue per row with its start
time, so a hit seeks there. A lecture's transcript is indexed (in paragraphs, no time) only when
the lecture has no captions, since captions carry the same words with times.

Text is tokenised with unicode61 and remove_diacritics 2 (so "cafe" finds "café"), and results
are ranked with bm25, a heading weighing twice its body text, after the lessons whose title
matches. A hit that leads to the same place as a better one (a reading's opening section under
the lesson's own title, after the title hit) is left out.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.media.captions import CaptionError, load_captions
from smartcourse_desktop.reading.cache import cache_dir, render_reading
from smartcourse_desktop.reading.markdown import ReadingSource, sections_of_html
from smartcourse_desktop.system import sqlite
from smartcourse_desktop.system.paths import Paths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
INDEX_BUSY_TIMEOUT_S = 30.0  # only background builds write; the GUI thread only searches (WAL: never blocked)
MARK_START, MARK_END = "\ue000", "\ue001"
SCHEMA = """
CREATE TABLE IF NOT EXISTS course (course_id TEXT PRIMARY KEY, version TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS entry USING fts5(
    body, heading, lesson_title UNINDEXED, course_id UNINDEXED, lesson_id UNINDEXED,
    kind UNINDEXED, anchor UNINDEXED, start UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""
SEARCH_SQL = f"""
SELECT course_id, lesson_id, kind, lesson_title, heading, anchor, start,
       snippet(entry, -1, '{MARK_START}', '{MARK_END}', '…', 16)
FROM entry WHERE entry MATCH ? ORDER BY kind = 'title' DESC, bm25(entry, 1.0, 2.0) LIMIT ?
"""


class HitKind(StrEnum):
    TITLE = "title"
    READING = "reading"
    CAPTION = "caption"
    TRANSCRIPT = "transcript"


@dataclass(frozen=True)
class Entry:
    lesson: Lesson
    kind: HitKind
    body: str
    heading: str = ""
    anchor: str = ""
    start: float | None = None


@dataclass(frozen=True)
class SearchHit:
    """One result. `snippet` marks matched words with MARK_START/MARK_END."""

    course_id: str
    lesson_id: str
    kind: HitKind
    lesson_title: str
    heading: str
    snippet: str
    anchor: str = ""
    start: float | None = None

    @property
    def place(self) -> tuple:
        """Where opening the hit leads: a lesson's top (its title, or a reading's opening section
        under that title), else the exact spot and text."""
        if self.kind == HitKind.TITLE or (self.kind == HitKind.READING and self.heading == self.lesson_title):
            return (self.course_id, self.lesson_id)
        return (self.course_id, self.lesson_id, self.kind, self.anchor, self.start, self.snippet)

    @property
    def terms(self) -> list[str]:
        return re.findall(f"{MARK_START}(.*?){MARK_END}", self.snippet)

    @property
    def phrase(self) -> str:
        """The first matched word with up to four words before it: enough to find this very hit
        in the text rather than the word's first occurrence."""
        before, _, rest = self.snippet.partition(MARK_START)
        term = rest.partition(MARK_END)[0]
        return " ".join([*before.replace("…", " ").split()[-4:], term]) if term else ""


def index_path(paths: Paths) -> Path:
    return paths.cache / "search.sqlite3"


def stamp(course: Course) -> str:
    """The version plus a digest of the file hashes: a rebuilt course of the same version counts as new."""
    digest = hashlib.sha256("".join(sorted(f.sha256 for f in course.files)).encode()).hexdigest()
    return f"{course.version}/{digest[:16]}"


def match_expression(text: str) -> str | None:
    """User input as a safe FTS5 query: every word quoted, the last one a prefix; None if empty."""
    words = re.findall(r"[^\W_]+", text)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    return " ".join(quoted) + "*"


class SearchIndex:
    """One connection to the index. The GUI keeps one; a background build opens its own."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self.path = path

    @classmethod
    def open(cls, path: Path) -> SearchIndex:
        """Open the index, deleting a damaged or outdated one; in memory if the cache is unwritable."""
        for attempt in range(2):
            try:
                if attempt:
                    sqlite.delete_database(path)
                path.parent.mkdir(parents=True, exist_ok=True)
                return cls(_connect(path), path)
            except (sqlite3.DatabaseError, OSError) as exc:
                log.warning("cannot open the search index %s: %s", path, exc)
        return cls(_connect(Path(":memory:")), path)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def indexed_versions(self) -> dict[str, str]:
        """Course id → the `stamp` it was indexed at."""
        with self._lock:
            return dict(self._db.execute("SELECT course_id, version FROM course").fetchall())

    def replace_course(self, course: Course, render_cache: Path | None = None) -> int:
        """Index a course, replacing whatever version of it was indexed; returns the row count.
        Readings rendered on the way are kept in `render_cache` for the reading view."""
        rows = [_row(course.id, entry) for entry in course_entries(course, render_cache)]
        with self._lock, sqlite.transaction(self._db):
            self._db.execute("DELETE FROM entry WHERE course_id = ?", (course.id,))
            self._db.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._db.execute("INSERT OR REPLACE INTO course VALUES (?, ?)", (course.id, stamp(course)))
        log.info("indexed %s %s: %d entries", course.id, course.version, len(rows))
        return len(rows)

    def remove_course(self, course_id: str) -> None:
        with self._lock, sqlite.transaction(self._db):
            self._db.execute("DELETE FROM entry WHERE course_id = ?", (course_id,))
            self._db.execute("DELETE FROM course WHERE course_id = ?", (course_id,))

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        expression = match_expression(text)
        if expression is None:
            return []
        with self._lock:
            try:
                rows = self._db.execute(SEARCH_SQL, (expression, limit)).fetchall()
            except sqlite3.OperationalError as exc:
                log.warning("search for %r failed: %s", text, exc)
                return []
        return distinct(SearchHit(r[0], r[1], HitKind(r[2]), r[3], r[4], r[7], r[5], r[6]) for r in rows)


def distinct(hits: Iterable[SearchHit]) -> list[SearchHit]:
    """The hits in order, each place once (the first, best-ranked hit that leads there)."""
    seen: set[tuple] = set()
    kept = []
    for hit in hits:
        if hit.place not in seen:
            seen.add(hit.place)
            kept.append(hit)
    return kept


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to the index at `path`, starting afresh when its schema version is another."""
    connection = sqlite.connect(path, timeout=INDEX_BUSY_TIMEOUT_S, synchronous=None)
    version = sqlite.user_version(connection)
    if version not in (0, SCHEMA_VERSION):
        connection.close()
        log.info("search index schema %s is not %s: starting afresh", version, SCHEMA_VERSION)
        sqlite.delete_database(path)
        connection = sqlite.connect(path, timeout=INDEX_BUSY_TIMEOUT_S, synchronous=None)
    connection.executescript(SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
    return connection


def _row(course_id: str, entry: Entry) -> tuple:
    lesson = entry.lesson
    return (entry.body, entry.heading, lesson.title, course_id, lesson.id, entry.kind.value, entry.anchor, entry.start)


def course_entries(course: Course, render_cache: Path | None = None) -> Iterator[Entry]:
    for lesson in course.lessons:
        yield Entry(lesson, HitKind.TITLE, lesson.title)
        if lesson.is_pdf:
            yield from _pdf_entries(course, lesson)
        elif lesson.reading:
            yield from _reading_entries(course, lesson, render_cache)
        if lesson.captions:
            yield from _caption_entries(course, lesson)
        elif lesson.transcript:
            yield from _transcript_entries(course, lesson)


def _read(course: Course, relative: str) -> str:
    try:
        return course.path_of(relative).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("not indexing %s of %s: %s", relative, course.id, exc)
        return ""


def _reading_entries(course: Course, lesson: Lesson, render_cache: Path | None) -> Iterator[Entry]:
    try:
        rendered = render_reading(ReadingSource.of(course, lesson), folder=render_cache)
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("not indexing %s of %s: %s", lesson.reading, course.id, exc)
        return
    except Exception:  # untrusted text through third-party parsers: one reading never stops the index
        log.exception("not indexing %s of %s: it could not be rendered", lesson.reading, course.id)
        return
    for section in sections_of_html(rendered.html):
        yield Entry(lesson, HitKind.READING, section.text, section.title, section.anchor)


def _pdf_entries(course: Course, lesson: Lesson) -> Iterator[Entry]:
    """One row per page, its anchor naming the page (reading/pdf.py page_anchor)."""
    from smartcourse_desktop.reading.pdf import page_anchor, page_texts

    for index, text in page_texts(course.path_of(lesson.reading or "")):
        body = " ".join(text.split())
        if body:
            yield Entry(lesson, HitKind.READING, body, f"p. {index + 1}", page_anchor(index))


def _caption_entries(course: Course, lesson: Lesson) -> Iterator[Entry]:
    for language, relative in sorted(lesson.captions.items()):
        try:
            captions = load_captions(course.path_of(relative), language)
        except CaptionError as exc:
            log.warning("not indexing captions of %s: %s", lesson.id, exc)
            continue
        for cue in captions.cues:
            yield Entry(lesson, HitKind.CAPTION, " ".join(cue.text.split()), start=cue.start)


def _transcript_entries(course: Course, lesson: Lesson) -> Iterator[Entry]:
    for paragraph in re.split(r"\n\s*\n", _read(course, lesson.transcript or "")):
        text = " ".join(paragraph.split())
        if text:
            yield Entry(lesson, HitKind.TRANSCRIPT, text)


# -- what the importer, the remove command and the app call -------------------------------------
def index_course(course: Course, paths: Paths) -> int:
    """(Re)index one installed course; call after an import or a replace."""
    index = SearchIndex.open(index_path(paths))
    try:
        return index.replace_course(course, cache_dir(paths))
    finally:
        index.close()


def remove_course(course_id: str, paths: Paths) -> None:
    """Forget a removed course's entries."""
    index = SearchIndex.open(index_path(paths))
    try:
        index.remove_course(course_id)
    finally:
        index.close()


def index_missing(
    courses: Iterable[Course], paths: Paths, cancelled: Callable[[], bool] = lambda: False
) -> list[str]:
    """Index every course whose (id, version, files) is not indexed yet, and drop courses no longer
    installed. Returns the ids indexed. Meant to run off the GUI thread at start-up."""
    index = SearchIndex.open(index_path(paths))
    try:
        courses = list(courses)
        indexed = index.indexed_versions()
        for gone in set(indexed) - {c.id for c in courses}:
            index.remove_course(gone)
        done = []
        for course in courses:
            if cancelled():
                break
            if indexed.get(course.id) != stamp(course):
                index.replace_course(course, cache_dir(paths))
                done.append(course.id)
        return done
    finally:
        index.close()
