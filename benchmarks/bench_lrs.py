"""What recording an xAPI statement costs the GUI thread, and how fast a sync empties the outbox.

1. Outbox write per event, on the caller's thread: building the statement and queueing it (the
   store's writer thread commits it later). Compared with `save_position`, the write-behind position
   save the player makes while a lecture plays, measured in the same run: the target is a ratio
   that keeps the event well under 50 µs on the machine where save_position is a few µs.
2. Sync throughput to a real Ralph LRS on loopback (fs backend), in statements per second; needs
   Ralph in .venv-ralph (./dev test installs it).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench_store_writes import per_call  # the same median-per-call timer (benchmarks/ is on sys.path)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.lrs: the Ralph launcher
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.records.learning_record import LectureEvents, attach_recorder
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.policy import Policy

COURSE = "org.example.bench"
LECTURE = Lesson("lecture", LessonKind.VIDEO, "A lecture", 600.0, media="media/lecture.mp4")
ROUNDS = 2000
SYNCED = 2000


def write_costs(folder: Path) -> None:
    store = Store.open(folder / "progress.sqlite3", flush_interval=3600)
    recorder = attach_recorder(store, Policy(lrs_home_page="https://city.example.org"))
    events = LectureEvents(recorder, COURSE, LECTURE, 0.9)
    segments = [(float(i), i + 0.5) for i in range(0, 40, 2)]
    position = per_call(lambda i: store.save_position(COURSE, "lecture", i * 0.25), ROUNDS)
    paused = per_call(lambda i: events._emit("paused", events._moment(i * 0.25, segments)), ROUNDS)
    completed = per_call(lambda i: recorder.lesson_completed(COURSE, LECTURE, 60.0, by_hand=False), ROUNDS)
    store.close()
    print(f"save_position (reference):        {position * 1e6:7.1f} µs")
    print(f"outbox write, video paused:       {paused * 1e6:7.1f} µs   ratio {paused / position:.1f}")
    print(f"outbox write, lesson completed:   {completed * 1e6:7.1f} µs   ratio {completed / position:.1f}")


def sync_throughput(folder: Path) -> None:
    from smartcourse_desktop.records.lrs import LrsClient, LrsConfig, sync
    from tests.lrs import ralph_lrs

    reason = ralph_lrs.missing_reason()
    if reason:
        print(f"sync throughput: skipped ({reason})")
        return
    server = ralph_lrs.RalphServer(folder / "ralph", ralph_lrs.make_auth_file(folder / "auth.json")).start()
    try:
        store = Store.open(folder / "sync.sqlite3", flush_interval=3600)
        recorder = attach_recorder(store, Policy())
        events = LectureEvents(recorder, COURSE, LECTURE, 0.9)
        for i in range(SYNCED):
            events._emit("paused", events._moment(float(i), [(0.0, float(i))]))
        store.flush()
        client = LrsClient(LrsConfig(server.endpoint, ralph_lrs.USER, ralph_lrs.PASSWORD))
        start = time.perf_counter()
        result = sync(recorder.outbox, client, since=None)
        elapsed = time.perf_counter() - start
        store.close()
    finally:
        server.stop()
    print(f"sync to Ralph on loopback:        {result.sent / elapsed:7.0f} statements/s"
          f"   ({result.sent} in {elapsed:.2f} s, batches of 100; {result.queued} left)")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_costs(Path(folder))
        sync_throughput(Path(folder))


if __name__ == "__main__":
    main()
