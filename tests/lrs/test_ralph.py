"""Against a real LRS (Ralph, filesystem backend): what is recorded arrives once, whatever happens."""

from __future__ import annotations

import json
import threading

import pytest

from smartcourse_desktop.courses.model import course_from_dict, read_manifest
from smartcourse_desktop.records import xapi
from smartcourse_desktop.records.learning_record import Recorder, attach_recorder
from smartcourse_desktop.records.lrs import LrsClient, LrsConfig, SyncStatus, SyncWorker, sync
from smartcourse_desktop.records.playback import LectureSession
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.policy import Policy
from tests.lrs.ralph_lrs import PASSWORD, USER, RalphServer, validate
from tests.lrs.test_statements import Clock, play
from tests.package_factory import make_source

HOME = "https://city.example.org"


def config_for(server: RalphServer, password: str = PASSWORD) -> LrsConfig:
    return LrsConfig(server.endpoint, USER, password)


def an_hour_of_study(store: Store, recorder: Recorder, clock: Clock, root) -> list[dict]:
    """Lectures watched with pauses and seeks, a reading read, one lesson marked done by hand."""
    course = course_from_dict(read_manifest(make_source(root)))
    recorder.course_launched(course.id, course.title)
    for lesson in course.lessons:
        recorder.lesson_launched(course.id, lesson)
        if lesson.is_lecture:
            session = LectureSession(store, course.id, lesson, 0.9, clock)
            play(session, clock, 0.0, lesson.duration / 2)
            session.seek(lesson.duration / 3)
            clock.seconds += 400
            play(session, clock, lesson.duration / 3, lesson.duration)
            session.pause()
            session.close()
            if not store.lesson(course.id, lesson.id).completed:
                store.mark_complete(course.id, lesson.id)
                recorder.lesson_done(course, lesson.id, was_complete=False, by_hand=True)
        else:
            store.add_time(course.id, lesson.id, 300.0)
            store.mark_complete(course.id, lesson.id)
            recorder.lesson_done(course, lesson.id, was_complete=False, by_hand=False)
        clock.seconds += 700
    store.flush()
    return recorder.outbox.statements()


@pytest.fixture
def recorder(store: Store) -> Recorder:
    clock = Clock()
    recorder = attach_recorder(store, Policy(lrs_home_page=HOME), clock.now)
    recorder.clock = clock
    return recorder


@pytest.fixture
def recorded(store: Store, recorder: Recorder, tmp_path) -> list[dict]:
    return an_hour_of_study(store, recorder, recorder.clock, tmp_path / "course")  # type: ignore[arg-type]


def by_id(statements: list[dict]) -> dict[str, dict]:
    return {s["id"]: s for s in statements}


def test_statements_arrive_and_match(ralph: RalphServer, recorder: Recorder, recorded: list[dict]):
    result = sync(recorder.outbox, LrsClient(config_for(ralph)), since=None, batch=7)
    assert (result.sent, result.queued, result.error) == (len(recorded), 0, None)
    stored = by_id(ralph.stored())
    assert stored.keys() == by_id(recorded).keys()
    for statement in recorded:
        arrived = stored[statement["id"]]
        for field in ("actor", "verb", "object", "result", "context"):
            assert arrived.get(field) == statement.get(field), field
        assert arrived["timestamp"].startswith(statement["timestamp"][:19])
    assert recorder.outbox.counts(None).sent == len(recorded)
    verbs = {s["verb"]["display"]["en-US"] for s in recorded}
    assert {"launched", "initialized", "played", "seeked", "paused", "completed", "terminated"} <= verbs
    completed_by = [s.get("result", {}).get("extensions", {}).get(xapi.EXT_COMPLETED_BY) for s in recorded]
    assert "read" in completed_by and "watched" in completed_by


def test_a_resend_does_not_duplicate(ralph: RalphServer, store: Store, recorder: Recorder, recorded: list[dict]):
    client = LrsClient(config_for(ralph))
    sync(recorder.outbox, client, since=None)
    # As if the app was killed after the LRS stored a batch but before the outbox noted it:
    store._transaction(lambda db: db.execute("UPDATE xapi_outbox SET sent_at = NULL"))
    result = sync(recorder.outbox, client, since=None, batch=5)
    assert (result.sent, result.queued, result.error) == (len(recorded), 0, None)
    assert sorted(s["id"] for s in ralph.stored()) == sorted(s["id"] for s in recorded)


def test_lrs_down_keeps_statements_queued_until_it_is_back(ralph: RalphServer, recorder: Recorder,
                                                          recorded: list[dict]):
    client = LrsClient(config_for(ralph))
    first = sync(recorder.outbox, client, since=None, batch=10, max_batches=1)
    assert first.sent == 10
    ralph.stop()  # killed in the middle of the sync
    down = sync(recorder.outbox, client, since=None, batch=10)
    assert down.sent == 0 and down.queued == len(recorded) - 10
    assert "cannot reach the LRS" in (down.error or "")
    ralph.start()  # same port, same storage
    back = sync(recorder.outbox, client, since=None, batch=10)
    assert (back.sent, back.queued, back.error) == (len(recorded) - 10, 0, None)
    assert sorted(s["id"] for s in ralph.stored()) == sorted(s["id"] for s in recorded)


def test_the_background_worker_backs_off_and_sends_when_the_lrs_returns(ralph: RalphServer, recorder: Recorder,
                                                                        recorded: list[dict]):
    ralph.stop()
    statuses: list[SyncStatus] = []
    changed = threading.Condition()

    def report(status: SyncStatus) -> None:
        with changed:
            statuses.append(status)
            changed.notify_all()

    worker = SyncWorker(recorder.outbox, config_for(ralph), since=None, on_status=report, interval=3600)
    worker.start()
    try:
        with changed:
            assert changed.wait_for(lambda: statuses, timeout=60)
        assert statuses[0].queued == len(recorded) and statuses[0].last_error
        assert worker.delay() == 30.0  # backing off: the next try is not at once
        ralph.start()
        worker.wake()
        with changed:
            assert changed.wait_for(lambda: statuses[-1].queued == 0, timeout=60)
    finally:
        worker.stop()
    assert statuses[-1] == SyncStatus(0, len(recorded), None)
    assert worker.delay() == 3600


def test_wrong_credentials_give_a_clear_error_and_lose_nothing(ralph: RalphServer, recorder: Recorder,
                                                             recorded: list[dict]):
    result = sync(recorder.outbox, LrsClient(config_for(ralph, "wrong")), since=None)
    assert result.auth_failed and result.sent == 0 and result.queued == len(recorded)
    assert "refused the credentials (HTTP 401)" in (result.error or "")
    assert ralph.stored() == []
    assert sync(recorder.outbox, LrsClient(config_for(ralph)), since=None).queued == 0


def test_video_statements_validate_with_ralph(recorded: list[dict]):
    video = [s for s in recorded if xapi.VIDEO_PROFILE in s["context"].get("contextActivities", {}).get("category", [])]
    assert len(video) >= 6
    done = validate(video)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) == len(video)
    everything = validate(recorded, fail_on_unknown=False)
    assert everything.returncode == 0, everything.stderr[-2000:]


def test_every_request_says_xapi_1_0_3(recorder: Recorder, recorded: list[dict]):
    """Ralph does not check the version header, so a small local server of our own does."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[tuple[str, str | None, str | None]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.command, self.headers.get("X-Experience-API-Version"), self.headers.get("Authorization")))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(json.dumps([s["id"] for s in body]).encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        config = LrsConfig(f"http://127.0.0.1:{server.server_port}/xAPI", USER, PASSWORD)
        assert sync(recorder.outbox, LrsClient(config), since=None, batch=20).queued == 0
    finally:
        server.shutdown()
    assert seen and all(method == "POST" and version == "1.0.3" and auth.startswith("Basic ")
                        for method, version, auth in seen)
