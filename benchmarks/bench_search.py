"""Course search latency over the bundled course, and index build time per MB of text.

Search: 200 queries as a learner types them (every prefix of words taken from the course, one
and two words), each through SearchIndex.search (quoting, MATCH, bm25 ordering, snippets).
Reference, same index, same queries: a LIKE '%word%' scan of the same rows, which is what a
search without FTS would cost. Target: p95 < 20 ms.

Build: index_course() on the bundled course into a fresh index, with readings rendered from
Markdown (cold render cache), reported per MB of indexed text (readings, captions, transcripts).

    .venv/bin/python benchmarks/bench_search.py [--course assets/course/<folder>]
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from smartcourse_desktop.courses.model import Course, load_course
from smartcourse_desktop.reading.search_index import SearchIndex, index_course, index_path
from smartcourse_desktop.system.paths import Paths, bundled_courses_dir

TARGET_P95_MS = 20.0


def text_bytes(course: Course) -> int:
    paths = [lesson.reading for lesson in course.lessons if lesson.reading]
    paths += [lesson.transcript for lesson in course.lessons if lesson.transcript]
    paths += [p for lesson in course.lessons for p in lesson.captions.values()]
    return sum(course.path_of(p).stat().st_size for p in paths if p and course.path_of(p).exists())


def queries(course: Course, count: int, seed: int = 5) -> list[str]:
    words: list[str] = []
    for lesson in course.lessons:
        if lesson.reading and course.path_of(lesson.reading).exists():
            words += re.findall(r"[A-Za-z]{4,}", course.path_of(lesson.reading).read_text(encoding="utf-8"))
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        word = rng.choice(words).lower()
        typed = word[: rng.randint(2, len(word))]
        out.append(typed if rng.random() < 0.6 else f"{rng.choice(words).lower()} {typed}")
    return out


def latencies(func, items: list[str]) -> list[float]:
    out = []
    for item in items:
        start = time.perf_counter()
        func(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def like_scan(path: Path):
    db = sqlite3.connect(path)

    def run(text: str) -> list:
        clause = " AND ".join("body LIKE ?" for _ in text.split())
        return db.execute(f"SELECT lesson_id, body FROM entry WHERE {clause} LIMIT 50",
                          [f"%{w}%" for w in text.split()]).fetchall()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--course", type=Path, default=bundled_courses_dir() / "smart-cities-for-city-officials")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    course = load_course(args.course)
    size = text_bytes(course)
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.under(Path(folder))
        start = time.perf_counter()
        rows = index_course(course, paths)
        build = time.perf_counter() - start
        index = SearchIndex.open(index_path(paths))
        typed = queries(course, args.queries)
        latencies(index.search, typed[:20])  # warm the page cache
        fts = latencies(index.search, typed)
        like = latencies(like_scan(index_path(paths)), typed)
        hits = sum(1 for q in typed if index.search(q))
        index.close()
    print(f"course: {course.title} — {len(course.lessons)} lessons, {rows} index rows, {size / 1e6:.2f} MB of text")
    print(f"build (cold render cache)   {build * 1000:8.1f} ms   {build / (size / 1e6):.2f} s per MB of text")
    print(f"search p50 / p95            {statistics.median(fts):8.2f} / {p95(fts):.2f} ms"
          f"   target p95 < {TARGET_P95_MS:.0f} ms: {'OK' if p95(fts) < TARGET_P95_MS else 'MISSED'}"
          f"   ({hits}/{len(typed)} queries found something)")
    print(f"reference LIKE scan p50/p95 {statistics.median(like):8.2f} / {p95(like):.2f} ms"
          f"   ratio search/LIKE p95 {p95(fts) / p95(like):.2f}x")


if __name__ == "__main__":
    main()
