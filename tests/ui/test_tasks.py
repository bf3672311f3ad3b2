"""ui/tasks.py: a background call delivers its result on the GUI thread, and then nothing of it stays alive."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from smartcourse_desktop.ui.tasks import Reporter, Task, run_task


class Payload:
    """Stands for what a task's function holds: a retired libVLC player, a course, a store."""


def finish(qtbot, tasks: list[Task]) -> None:
    qtbot.waitUntil(lambda: not Task._running.intersection(tasks), timeout=10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_result_and_failure_arrive_on_the_gui_thread(qtbot):
    results: list[object] = []

    def fail(_reporter: Reporter) -> None:
        raise ValueError("no")

    tasks = [run_task(lambda _r: 42, results.append, results.append),
             run_task(fail, results.append, results.append)]
    finish(qtbot, tasks)
    assert results[0] == 42 or results[1] == 42
    assert any(isinstance(r, ValueError) for r in results)


def test_finished_tasks_free_what_their_functions_held(qtbot):
    held: list[weakref.ref[Payload]] = []
    done: list[object] = []
    tasks = []
    for _ in range(5):
        payload = Payload()
        held.append(weakref.ref(payload))
        tasks.append(run_task(lambda _r, p=payload: p is not None, done.append, done.append))
        del payload
    finish(qtbot, tasks)
    assert done == [True] * 5
    assert [ref for ref in held if ref() is not None] == [], "a finished task still holds its function"
    ours = [weakref.ref(task) for task in tasks]  # other tests' tasks may still be ending meanwhile
    del tasks
    gc.collect()
    assert [ref for ref in ours if ref() is not None] == [], "finished tasks stay alive"
