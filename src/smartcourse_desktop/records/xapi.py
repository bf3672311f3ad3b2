"""xAPI 1.0.3 statements for the learning events, Qt-free and pure: events in, dicts out.

Lectures follow the xAPI Video Profile (https://w3id.org/xapi/video); courses and lessons use the
ADL verbs. A statement's id and timestamp are fixed here, when it is created, never when it is
sent, so a resend is the same statement and the LRS can settle it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from smartcourse_desktop import APP_NAME, __version__
from smartcourse_desktop.courses.model import Lesson

Statement = dict[str, Any]
Now = Callable[[], datetime]

ADL = "http://adlnet.gov/expapi/verbs/"
VIDEO = "https://w3id.org/xapi/video/"
VERBS = {
    "launched": ADL + "launched", "progressed": ADL + "progressed", "completed": ADL + "completed",
    "initialized": ADL + "initialized", "terminated": ADL + "terminated", "voided": ADL + "voided",
    "played": VIDEO + "verbs/played", "paused": VIDEO + "verbs/paused", "seeked": VIDEO + "verbs/seeked",
}
COURSE_TYPE = "http://adlnet.gov/expapi/activities/course"
LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson"
READING_TYPE = "http://id.tincanapi.com/activitytype/document"
VIDEO_TYPE = VIDEO + "activity-type/video"
AUDIO_TYPE = "https://w3id.org/xapi/audio/activity-type/audio"
VIDEO_PROFILE = {"id": "https://w3id.org/xapi/video", "objectType": "Activity",
                 "definition": {"type": "http://adlnet.gov/expapi/activities/profile"}}
EXT_TIME, EXT_TIME_FROM = VIDEO + "extensions/time", VIDEO + "extensions/time-from"
EXT_TIME_TO = VIDEO + "extensions/time-to"
EXT_PROGRESS, EXT_SEGMENTS = VIDEO + "extensions/progress", VIDEO + "extensions/played-segments"
EXT_SESSION, EXT_LENGTH = VIDEO + "extensions/session-id", VIDEO + "extensions/length"
EXT_THRESHOLD = VIDEO + "extensions/completion-threshold"
EXT_COURSE_PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"  # a whole percentage
# How a lesson became complete: "watched", "read" or "marked-by-learner" (the "Mark as done" button).
EXT_COMPLETED_BY = "urn:smartcourse:xapi:extension:completed-by"
ACTIVITY_BASE = "urn:smartcourse:course:"
DEFAULT_HOME_PAGE = "https://smartcourse.invalid/local-account"  # RFC 2606: never resolves


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    import uuid  # loaded with the first statement, not at start-up (it imports `platform`)

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Author:
    """Who the statements are about, the clock that stamps them and the source of their ids."""

    actor: dict[str, Any]
    now: Now = _utc_now
    new_id: Callable[[], str] = _new_id

    def fixed_now(self) -> Author:
        """This author with the next statement's id and time fixed at this moment, so that the
        statement can be built later (off the GUI thread) exactly as if it had been built now."""
        at, statement_id = self.now(), self.new_id()
        return Author(self.actor, lambda: at, lambda: statement_id)


def make_actor(user: str, home_page: str | None = None, mapping: Mapping[str, str] | None = None) -> dict[str, Any]:
    """An xAPI account (homePage from the policy); an email only when the mapping gives a mailto: value."""
    name = (mapping or {}).get(user, user)
    if name.startswith("mailto:"):
        return {"objectType": "Agent", "mbox": name}
    return {"objectType": "Agent", "account": {"homePage": home_page or DEFAULT_HOME_PAGE, "name": name}}


def course_id_iri(course_id: str) -> str:
    return ACTIVITY_BASE + quote(course_id, safe="")


def lesson_id_iri(course_id: str, lesson_id: str) -> str:
    return f"{course_id_iri(course_id)}:lesson:{quote(lesson_id, safe='')}"


def course_activity(course_id: str, title: str | None = None) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": COURSE_TYPE}
    if title:
        definition["name"] = {"und": title}
    return {"objectType": "Activity", "id": course_id_iri(course_id), "definition": definition}


def lesson_type(lesson: Lesson) -> str:
    if lesson.is_lecture:
        return VIDEO_TYPE if lesson.media else AUDIO_TYPE
    return READING_TYPE if lesson.reading else LESSON_TYPE


def lesson_activity(course_id: str, lesson: Lesson) -> dict[str, Any]:
    return {"objectType": "Activity", "id": lesson_id_iri(course_id, lesson.id),
            "definition": {"type": lesson_type(lesson), "name": {"und": lesson.title}}}


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration, e.g. PT1H2M3.5S."""
    seconds = round(max(seconds, 0.0), 2)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT" + (f"{int(hours)}H" if hours else "") + (f"{int(minutes)}M" if minutes else "")
    return text + (f"{secs:g}S" if secs or text == "PT" else "")


def played_segments(segments: list[tuple[float, float]]) -> str:
    """The Video Profile's played-segments: "0[.]12.5[,]30[.]41"."""
    return "[,]".join(f"{round(a, 3):g}[.]{round(b, 3):g}" for a, b in segments)


def statement(author: Author, verb: str, obj: dict[str, Any], result: dict[str, Any] | None = None,
              context: dict[str, Any] | None = None) -> Statement:
    made: Statement = {
        "id": author.new_id(),
        "timestamp": author.now().astimezone(UTC).isoformat(timespec="milliseconds"),
        "actor": author.actor,
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": obj,
    }
    if result:
        made["result"] = result
    made["context"] = {"platform": f"{APP_NAME} {__version__}", **(context or {})}
    return made


def course_statement(author: Author, verb: str, course_id: str, title: str | None = None,
                     progress: float | None = None) -> Statement:
    """Course launched, progressed or completed (`progress` 0..1, sent as cmi5's whole percentage)."""
    result: dict[str, Any] = {}
    if progress is not None:
        result["extensions"] = {EXT_COURSE_PROGRESS: round(progress * 100)}
        if verb == "completed":
            result["completion"] = True
    return statement(author, verb, course_activity(course_id, title), result)


def lesson_statement(author: Author, verb: str, course_id: str, lesson: Lesson, spent: float | None = None,
                     completed_by: str | None = None) -> Statement:
    """A lesson launched, or completed (reading: with its time spent; by hand: marked as such)."""
    result: dict[str, Any] = {}
    if verb == "completed":
        result["completion"] = True
        if spent is not None:
            result["duration"] = iso_duration(spent)
        if completed_by:
            result["extensions"] = {EXT_COMPLETED_BY: completed_by}
    context = {"contextActivities": {"parent": [course_activity(course_id)]}}
    return statement(author, verb, lesson_activity(course_id, lesson), result, context)


@dataclass(frozen=True)
class LectureMoment:
    """Where a lecture stands when an event happens."""

    session_id: str
    length: float
    time: float = 0.0
    segments: tuple[tuple[float, float], ...] = ()
    threshold: float | None = None

    @property
    def progress(self) -> float:
        if self.length <= 0:
            return 0.0
        return min(round(sum(b - a for a, b in self.segments) / self.length, 3), 1.0)


def lecture_statement(author: Author, verb: str, course_id: str, lesson: Lesson, moment: LectureMoment,
                      time_from: float | None = None, spent: float | None = None) -> Statement:
    """A Video Profile statement: initialized, played, paused, seeked, completed or terminated."""
    extensions: dict[str, Any] = {}
    if verb == "seeked":
        extensions = {EXT_TIME_FROM: round(max(time_from or 0.0, 0.0), 3), EXT_TIME_TO: round(max(moment.time, 0.0), 3)}
    elif verb != "initialized":
        extensions = {EXT_TIME: round(max(moment.time, 0.0), 3)}
        if verb in ("paused", "completed", "terminated"):
            extensions[EXT_PROGRESS] = moment.progress
            extensions[EXT_SEGMENTS] = played_segments(list(moment.segments))
    result: dict[str, Any] = {"extensions": extensions} if extensions else {}
    if verb == "completed":
        result.update(completion=True, duration=iso_duration(spent or 0.0))
        result["extensions"][EXT_COMPLETED_BY] = "watched"
    context_ext: dict[str, Any] = {EXT_SESSION: moment.session_id}
    if verb in ("initialized", "paused", "completed", "terminated"):
        context_ext[EXT_LENGTH] = round(max(moment.length, 0.0), 3)
    if verb == "initialized" and moment.threshold is not None:
        context_ext[EXT_THRESHOLD] = moment.threshold
    context = {"contextActivities": {"parent": [course_activity(course_id)], "category": [VIDEO_PROFILE]},
               "extensions": context_ext}
    return statement(author, verb, lesson_activity(course_id, lesson), result or None, context)


def voiding_statement(author: Author, voided_id: str) -> Statement:
    """Voids an earlier statement (a completion the learner undid)."""
    return statement(author, "voided", {"objectType": "StatementRef", "id": voided_id})


@dataclass(frozen=True)
class Summary:
    """What a statement says, in parts the UI puts into translated plain words."""

    verb: str
    name: str  # the lesson's or course's title ("" if the statement names none)
    completed_by: str | None = None
    percent: int | None = None
    voids: bool = False


def summary(statement_: Statement) -> Summary:
    obj = statement_["object"]
    if obj.get("objectType") == "StatementRef":
        return Summary("voided", "", voids=True)
    extensions = statement_.get("result", {}).get("extensions", {})
    name = next(iter(obj.get("definition", {}).get("name", {}).values()), "")
    return Summary(statement_["verb"]["display"]["en-US"], name, extensions.get(EXT_COMPLETED_BY),
                   extensions.get(EXT_COURSE_PROGRESS))
