"""What a progress write costs the GUI thread: a write-behind position save, next to one
committed write (a completion: WAL + synchronous=FULL, so one fsync) in the same database.

The figure that matters is the ratio: saving a position during playback must cost the GUI
thread a small fraction of a committed write. Also reports how long a background flush of one
lecture's pending state takes, and reading one course back (done on every progress refresh).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from smartcourse_desktop.records.store import Store

COURSE = "org.example.bench"
ROUNDS = 200


def per_call(func, rounds: int = ROUNDS) -> float:
    """Median seconds per call."""
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        func(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "progress.sqlite3", flush_interval=3600)
        for lesson in range(40):
            store.mark_complete(COURSE, f"seed-{lesson}")
        position = per_call(lambda i: store.save_position(COURSE, "lecture", i * 0.25))
        played = per_call(lambda i: store.add_played(COURSE, "lecture", (i * 0.25, i * 0.25 + 0.25), 0.25))
        committed = per_call(lambda i: store.mark_complete(COURSE, f"lesson-{i}"))
        flush = per_call(lambda i: (store.save_position(COURSE, "lecture", i), store.flush()), 50)
        read = per_call(lambda i: store.course(COURSE))
        store.close()
    print(f"committed write (reference): {committed * 1e6:9.1f} µs")
    print(f"save_position (GUI thread):  {position * 1e6:9.1f} µs   ratio {position / committed:.4f}")
    print(f"add_played (GUI thread):     {played * 1e6:9.1f} µs   ratio {played / committed:.4f}")
    print(f"background flush:            {flush * 1e6:9.1f} µs   ratio {flush / committed:.2f}")
    print(f"read one course (240 rows):  {read * 1e6:9.1f} µs   ratio {read / committed:.4f}")


if __name__ == "__main__":
    main()
