"""Run as a child process: write progress in a loop and acknowledge each durable write on stdout."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from smartcourse_desktop.records.store import Store

COURSE = "org.example.demo"


def main(path: Path) -> None:
    store = Store.open(path)
    start = time.monotonic()
    step = 0
    while True:
        position = time.monotonic() - start
        store.save_position(COURSE, "lecture", position)
        store.add_played(COURSE, "lecture", (max(position - 0.02, 0.0), position), 0.02)
        print(f"position {position:.3f}", flush=True)
        if step % 10 == 0:
            store.mark_complete(COURSE, f"lesson-{step}")
            print(f"completed lesson-{step}", flush=True)
        if step % 10 == 5:
            note = store.add_note(COURSE, "lecture", f"note {step}", position)
            print(f"note {note.id} note {step}", flush=True)
        step += 1
        time.sleep(0.01)  # pace the loop like a player's position updates


if __name__ == "__main__":
    main(Path(sys.argv[1]))
