"""xAPI statements from learning events, and the outbox that keeps them (no LRS involved)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smartcourse_desktop.courses.model import Lesson, LessonKind
from smartcourse_desktop.records import xapi
from smartcourse_desktop.records.learning_record import Recorder, attach_recorder
from smartcourse_desktop.records.outbox import Outbox
from smartcourse_desktop.records.playback import LectureSession
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.policy import Policy

COURSE = "org.example.course"
LECTURE = Lesson("l1", LessonKind.VIDEO, "Smart lighting", 600.0, media="media/l1.mp4")
AUDIO = Lesson("l2", LessonKind.AUDIO, "Interview", 300.0, audio="media/l2.m4a")
READING = Lesson("r1", LessonKind.READING, "Open data", 300.0, reading="r1.md")


class Clock:
    """Monotonic seconds and UTC wall time that move only when the test says."""

    def __init__(self) -> None:
        self.seconds = 1000.0
        self.start = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds - 1000.0)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def recorder(store: Store, clock: Clock) -> Recorder:
    recorder = attach_recorder(store, Policy(lrs_home_page="https://city.example.org"), clock.now)
    recorder.clock = clock
    recorder._launches.__init__(3600, clock)  # type: ignore[misc]
    recorder._progress.__init__(600, clock)  # type: ignore[misc]
    return recorder


def by_id(statements: list[dict]) -> dict[str, dict]:
    return {s["id"]: s for s in statements}


def verbs(outbox: Outbox) -> list[str]:
    return [s["verb"]["display"]["en-US"] for s in outbox.statements()]


def play(session: LectureSession, clock: Clock, start: float, end: float) -> None:
    session.play(start)
    position = start
    while position < end:
        clock.seconds += 0.5
        position = min(position + 0.5, end)
        session.tick(position)


def test_actor_is_an_account_unless_it_configures_an_email():
    assert xapi.make_actor("jdoe", "https://city.example.org") == {
        "objectType": "Agent", "account": {"homePage": "https://city.example.org", "name": "jdoe"}}
    mapped = xapi.make_actor("jdoe", "https://city.example.org", {"jdoe": "E1234"})
    assert mapped["account"]["name"] == "E1234" and "mbox" not in mapped
    assert xapi.make_actor("jdoe", None, {"jdoe": "mailto:j.doe@city.example.org"}) == {
        "objectType": "Agent", "mbox": "mailto:j.doe@city.example.org"}
    assert xapi.make_actor("jdoe")["account"]["homePage"] == xapi.DEFAULT_HOME_PAGE


def test_iso_durations_and_played_segments():
    assert xapi.iso_duration(0) == "PT0S"
    assert xapi.iso_duration(3723.5) == "PT1H2M3.5S"
    assert xapi.iso_duration(120) == "PT2M"
    assert xapi.played_segments([(0.0, 12.5), (30.0, 41.0)]) == "0[.]12.5[,]30[.]41"


def test_id_and_timestamp_are_fixed_at_creation(clock: Clock):
    author = xapi.Author(xapi.make_actor("jdoe"), clock.now)
    made = xapi.lesson_statement(author, "launched", COURSE, READING)
    clock.seconds += 3600
    assert made["timestamp"] == "2030-03-04T09:00:00.000+00:00"
    assert made["id"] != xapi.lesson_statement(author, "launched", COURSE, READING)["id"]
    assert made["object"]["id"] == "urn:smartcourse:course:org.example.course:lesson:r1"
    assert made["object"]["definition"]["type"] == xapi.READING_TYPE


def test_outbox_writes_behind_and_keeps_statements_across_restarts(paths, clock: Clock):
    store = Store.open(paths.database, flush_interval=3600)
    recorder = attach_recorder(store, Policy(), clock.now)
    recorder.lesson_launched(COURSE, READING)
    assert recorder.outbox._queue  # only in memory: the GUI thread did no I/O
    store.close()
    store = Store.open(paths.database)
    try:
        (statement,) = Outbox(store).statements()
        assert statement["verb"]["id"] == xapi.VERBS["launched"]
        assert statement["timestamp"] == "2030-03-04T09:00:00.000+00:00"
    finally:
        store.close()


def test_a_lecture_follows_the_video_profile(store: Store, recorder: Recorder, clock: Clock):
    session = LectureSession(store, COURSE, LECTURE, 0.9, clock)
    play(session, clock, 0.0, 100.0)
    session.seek(300.0)
    play(session, clock, 300.0, 320.0)
    session.pause()
    clock.seconds += 400  # past the throttle
    play(session, clock, 320.0, 600.0)
    clock.seconds += 400
    play(session, clock, 100.0, 300.0)
    session.pause()  # what the player does before closing a lecture
    session.close()
    statements = recorder.outbox.statements()
    assert [s["verb"]["display"]["en-US"] for s in statements] == [
        "initialized", "played", "seeked", "paused", "played", "played", "completed", "paused", "terminated"]
    for statement in statements:
        assert statement["object"]["definition"]["type"] == xapi.VIDEO_TYPE
        assert xapi.VIDEO_PROFILE in statement["context"]["contextActivities"]["category"]
        assert statement["context"]["extensions"][xapi.EXT_SESSION] == session.events.session_id
    seeked = statements[2]["result"]["extensions"]
    assert (seeked[xapi.EXT_TIME_FROM], seeked[xapi.EXT_TIME_TO]) == (100.0, 300.0)
    completed = statements[6]["result"]
    assert completed["completion"] is True
    assert completed["extensions"][xapi.EXT_PROGRESS] >= 0.9
    assert completed["extensions"][xapi.EXT_COMPLETED_BY] == "watched"
    assert completed["extensions"][xapi.EXT_SEGMENTS].startswith("0[.]")
    assert completed["duration"].startswith("PT") and completed["duration"].endswith("S")
    assert statements[8]["result"]["extensions"][xapi.EXT_SEGMENTS] == "0[.]600"


def test_an_audio_lecture_is_an_audio_activity(store: Store, recorder: Recorder, clock: Clock):
    LectureSession(store, COURSE, AUDIO, 0.9, clock).close()
    assert {s["object"]["definition"]["type"] for s in recorder.outbox.statements()} == {xapi.AUDIO_TYPE}


def test_an_hour_of_study_makes_tens_of_statements(store: Store, recorder: Recorder, clock: Clock):
    """An hour of a restless learner: a pause or a seek every 20 seconds of a lecture."""
    long_lecture = Lesson("long", LessonKind.VIDEO, "Long", 3600.0, media="media/long.mp4")
    recorder.lesson_launched(COURSE, long_lecture)
    session = LectureSession(store, COURSE, long_lecture, 0.9, clock)
    position = 0.0
    for step in range(180):
        play(session, clock, position, position + 20.0)
        position += 20.0
        if step % 2:
            session.pause()
        else:
            session.seek(position)
        recorder.lesson_launched(COURSE, long_lecture)
        recorder.course_progress(COURSE, "Course", step / 1000)
    session.close()
    count = len(recorder.outbox.statements())
    assert 10 <= count <= 60, count


def test_done_by_hand_is_told_apart_from_read_and_watched(store: Store, recorder: Recorder, paths):
    from smartcourse_desktop.courses.model import course_from_dict, read_manifest
    from tests.package_factory import make_source

    course = course_from_dict(read_manifest(make_source(paths.data / "src")))
    lecture = next(lesson for lesson in course.lessons if lesson.is_lecture)
    reading = next(lesson for lesson in course.lessons if not lesson.is_lecture)
    store.mark_complete(course.id, lecture.id)
    recorder.lesson_done(course, lecture.id, was_complete=False, by_hand=True)
    store.mark_complete(course.id, reading.id)
    recorder.lesson_done(course, reading.id, was_complete=False, by_hand=False)
    recorder.lesson_done(course, lecture.id, was_complete=True, by_hand=False)  # watched: recorded by its session
    completed = [s for s in recorder.outbox.statements() if s["object"]["id"].count(":lesson:")]
    assert [s["result"]["extensions"][xapi.EXT_COMPLETED_BY] for s in completed] == ["marked-by-learner", "read"]
    assert [xapi.summary(s) for s in completed] == [xapi.Summary("completed", lecture.title, "marked-by-learner"),
                                                    xapi.Summary("completed", reading.title, "read")]


def test_undoing_done_voids_that_completion(store: Store, recorder: Recorder):
    first = recorder.lesson_completed(COURSE, READING, 120.0, by_hand=True)
    voiding_id = recorder.undo_completion(COURSE, READING.id)
    voiding = by_id(recorder.outbox.statements())[voiding_id]
    assert voiding["verb"]["id"] == xapi.VERBS["voided"]
    assert voiding["object"] == {"objectType": "StatementRef", "id": first}
    assert recorder.undo_completion(COURSE, "never-completed") is None


def test_course_completion_is_sent_once(recorder: Recorder):
    for fraction in (0.5, 1.0, 1.0):
        recorder.course_progress(COURSE, "Course", fraction)
    assert verbs(recorder.outbox) == ["progressed", "completed"]


def test_retention_then_cap_drop_the_oldest_sent_first(store: Store, clock: Clock):
    outbox = Outbox(store, retention_days=30, cap=3)
    author = xapi.Author(xapi.make_actor("jdoe"), clock.now)
    made = []
    for _ in range(6):
        made.append(xapi.lesson_statement(author, "launched", COURSE, READING))
        outbox.add(made[-1], COURSE, READING.id)
        clock.seconds += 86400 * 10
    outbox.flush()
    outbox.mark_sent([made[2]["id"]])
    removed = outbox.prune(now=clock.now().timestamp())  # made[0..2] are 60, 50 and 40 days old
    assert removed == 3
    assert [e.id for e in outbox.entries()] == [m["id"] for m in reversed(made[3:])]
    outbox.mark_sent([made[5]["id"]])
    Outbox(store, retention_days=365, cap=2).prune(now=clock.now().timestamp())
    assert {e.id for e in outbox.entries()} == {made[3]["id"], made[4]["id"]}


def test_the_backlog_is_held_unless_policy_sends_it(store: Store, clock: Clock):
    from smartcourse_desktop.records.lrs import LrsConfig, backlog_start

    outbox = Outbox(store)
    author = xapi.Author(xapi.make_actor("jdoe"), clock.now)
    outbox.add(xapi.lesson_statement(author, "launched", COURSE, READING), COURSE)
    config = LrsConfig("https://lrs.example.org/xAPI", "u", "p")
    since = backlog_start(outbox, config, now=clock.now().timestamp() + 60)
    outbox.add(xapi.lesson_statement(xapi.Author(author.actor, lambda: clock.now() + timedelta(minutes=2)),
                                     "launched", COURSE, READING), COURSE)
    assert outbox.counts(since) == type(outbox.counts(since))(queued=1, sent=0, held=1)
    assert backlog_start(outbox, LrsConfig(config.endpoint, "u", "p", send_backlog=True)) is None
    assert backlog_start(outbox, config, now=0.0) == since  # stamped once, when first configured


def test_no_http_client_is_loaded_without_an_endpoint(tmp_path):
    """Start-up and recording never import urllib3 (nor open a connection) when no LRS is configured."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from smartcourse_desktop.records.store import Store\n"
        "from smartcourse_desktop.records.learning_record import attach_recorder\n"
        "from smartcourse_desktop.records.lrs import lrs_config\n"
        "from smartcourse_desktop.system.policy import Policy\n"
        "from smartcourse_desktop.courses.model import Lesson, LessonKind\n"
        f"store = Store.open(Path({str(tmp_path / 'p.sqlite3')!r}))\n"
        "recorder = attach_recorder(store, Policy())\n"
        "recorder.lesson_launched('c', Lesson('l', LessonKind.READING, 'L', 1.0))\n"
        "assert lrs_config(Policy()) is None\n"
        "store.close()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('urllib3', 'http', 'httpx'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_credentials_anyone_could_change_are_refused(tmp_path):
    from smartcourse_desktop.records.lrs import lrs_config
    from smartcourse_desktop.system.errors import LrsError

    credentials = tmp_path / "lrs.toml"
    credentials.write_text('username = "u"\npassword = "p"\n', encoding="utf-8")
    credentials.chmod(0o666)
    endpoint = "https://lrs.example.org/xAPI"
    with pytest.raises(LrsError, match="writable by no one else"):
        lrs_config(Policy(lrs_endpoint=endpoint, lrs_credentials_file=credentials))
    with pytest.raises(LrsError, match="no lrs_credentials_file"):
        lrs_config(Policy(lrs_endpoint=endpoint))
    assert lrs_config(Policy(lrs_learner_endpoint=False), learner_endpoint=endpoint) is None


def test_a_75_kb_address_typed_by_the_learner_is_quoted_short():
    from smartcourse_desktop.records.lrs import lrs_config
    from smartcourse_desktop.system.errors import LrsError

    with pytest.raises(LrsError, match="must start with https://") as raised:
        lrs_config(Policy(lrs_learner_endpoint=True), learner_endpoint="lrs.example.org/" + "x" * 75_000)
    assert len(str(raised.value)) < 200


def test_policy_reads_the_lrs_keys(tmp_path):
    from smartcourse_desktop.system.policy import load_policy

    path = tmp_path / "policy.toml"
    path.write_text('lrs_endpoint = "https://lrs.example.org/xAPI"\nlrs_credentials_file = "/etc/sc/lrs.toml"\n'
                    'lrs_ca_file = "/etc/sc/ca.pem"\nlrs_home_page = "https://city.example.org"\n'
                    'lrs_send_backlog = true\nlrs_learner_endpoint = true\n[lrs_actor_names]\njdoe = "E1234"\n')
    policy = load_policy(path)
    assert policy.problem is None
    assert (policy.lrs_credentials_file, policy.lrs_ca_file) == (Path("/etc/sc/lrs.toml"), Path("/etc/sc/ca.pem"))
    assert (policy.lrs_home_page, policy.lrs_send_backlog, policy.lrs_learner_endpoint) == (
        "https://city.example.org", True, True)
    assert policy.lrs_actor_names == {"jdoe": "E1234"}
    assert not Policy().lrs_send_backlog


def test_a_learner_named_lrs_must_be_a_web_address_and_the_machine_one_wins():
    from smartcourse_desktop.records.lrs import check_endpoint, learner_may_set_endpoint, lrs_config
    from smartcourse_desktop.system.errors import LrsError

    assert check_endpoint("  https://lrs.city.example/xAPI ") == "https://lrs.city.example/xAPI"
    assert check_endpoint("") == "" and check_endpoint("   ") == ""
    for bad in ("lrs.example.org", "ftp://lrs.example.org", "https://", "http://a b/x", "https://x.org/?a=1"):
        with pytest.raises(LrsError):
            check_endpoint(bad)
    with pytest.raises(LrsError, match="must start with https://"):
        lrs_config(Policy(lrs_learner_endpoint=True), learner_endpoint="lrs.example.org/xAPI")
    assert learner_may_set_endpoint(Policy(lrs_learner_endpoint=True))
    assert not learner_may_set_endpoint(Policy(lrs_learner_endpoint=True, lrs_endpoint="https://it.example/x"))
    assert not learner_may_set_endpoint(Policy())


def test_an_lrs_counts_as_named_for_the_certificate_only_where_it_would_be_used():
    from smartcourse_desktop.records.lrs import lrs_named

    assert lrs_named(Policy(lrs_endpoint="https://it.example/xAPI"))
    assert lrs_named(Policy(lrs_learner_endpoint=True), "https://mine.example/xAPI")
    assert not lrs_named(Policy(), "https://mine.example/xAPI")  # the policy does not allow it
    assert not lrs_named(Policy(lrs_learner_endpoint=True), "  ")
