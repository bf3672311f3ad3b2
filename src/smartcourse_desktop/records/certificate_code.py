"""The certificate's verification code: a digest of what the certificate claims (issue #12.7).

SHA-256 over a canonical serialisation of the learner's name, the course id and version, the issue
date and the per-lesson record (lesson id, how it was completed, the completion date), shown as
20 Crockford base32 characters in groups of four (`7K3F-9QPA-…`, 100 bits) that can be typed back
in any case, with O read as 0 and I or L as 1.

What it proves: recomputed from the learning record on the same PC, a match shows that the
certificate was not edited and belongs to this record; it is no protection against forgery by
someone who controls the PC (see docs/completion.md).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.completion import CompletionKind, kind_of
from smartcourse_desktop.records.progress import ProgressMap
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _

FORMAT = 1
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O or U
CODE_CHARS = 20
GROUP = 4
TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})


class CertificateCodeError(SmartCourseError):
    """A certificate's embedded record or a typed code can't be read."""


@dataclass(frozen=True)
class LessonEntry:
    lesson_id: str
    how: str  # CompletionKind value; "undone" for a lesson not completed
    completed_on: str  # ISO date (UTC) of the completion, "" if none


@dataclass(frozen=True)
class CertificateRecord:
    """What a certificate claims, in the form the code is computed over."""

    learner: str
    course_id: str
    course_version: str
    issued: date
    lessons: tuple[LessonEntry, ...]

    def canonical(self) -> str:
        """One JSON text, the same for the same facts on any machine (sorted keys, no spaces, NFC)."""
        document = {"format": FORMAT, "learner": normal_name(self.learner), "course": self.course_id,
                    "version": self.course_version, "issued": self.issued.isoformat(),
                    "lessons": [[e.lesson_id, e.how, e.completed_on] for e in self.lessons]}
        return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def code(self) -> str:
        digest = hashlib.sha256(self.canonical().encode("utf-8")).digest()
        return format_code(_base32(digest)[:CODE_CHARS])


def normal_name(name: str) -> str:
    """The learner's name as typed, without extra spaces, in NFC: "Åsa  Öberg " is "Åsa Öberg"."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def lesson_entries(course: Course, progress: ProgressMap) -> tuple[LessonEntry, ...]:
    """Every lesson of the course in course order, as the record on this PC has it."""
    entries = []
    for lesson in course.lessons:
        record = progress.get(lesson.id)
        kind = kind_of(lesson, record)
        stamp = record.completed_at if record is not None and kind != CompletionKind.UNDONE else None
        day = datetime.fromtimestamp(stamp, UTC).date().isoformat() if stamp is not None else ""
        entries.append(LessonEntry(lesson.id, kind.value, day))
    return tuple(entries)


def record_for(course: Course, progress: ProgressMap, learner: str, issued: date) -> CertificateRecord:
    return CertificateRecord(normal_name(learner), course.id, course.version, issued, lesson_entries(course, progress))


def record_from_json(text: str) -> CertificateRecord:
    """The record embedded in a certificate PDF (its `canonical()` text)."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise CertificateCodeError(_("the certificate's record has an unknown format ({format})").format(
                format=repr(data.get('format'))))
        lessons = tuple(LessonEntry(str(a), str(b), str(c)) for a, b, c in data["lessons"])
        return CertificateRecord(str(data["learner"]), str(data["course"]), str(data["version"]),
                                 date.fromisoformat(data["issued"]), lessons)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise CertificateCodeError(_("the certificate's record can't be read: {exc}").format(exc=exc)) from exc


def format_code(raw: str) -> str:
    return "-".join(raw[i:i + GROUP] for i in range(0, len(raw), GROUP))


def normal_code(typed: str) -> str:
    """A code as typed ("7k3f 9qpa-…", with O for 0) in its printed form; CertificateCodeError if it
    can't be one."""
    raw = "".join(typed.upper().translate(TYPED).replace("-", " ").split())
    if len(raw) != CODE_CHARS or any(c not in ALPHABET for c in raw):
        raise CertificateCodeError(_("“{typed}” is not a verification code: it has {code_chars} letters and digits in "
                                     "groups of four, like 7K3F-9QPA-…").format(
            typed=typed.strip(), code_chars=CODE_CHARS))
    return format_code(raw)


def differences(claimed: CertificateRecord, actual: CertificateRecord) -> list[str]:
    """In words, what differs between a certificate's record and the one on this PC."""
    found = []
    if normal_name(claimed.learner) != normal_name(actual.learner):
        found.append(_("the learner's name: “{learner}” on the certificate, “{learner2}” on this PC").format(
            learner=claimed.learner, learner2=actual.learner))
    if claimed.course_id != actual.course_id:
        found.append(_("the course: {course_id} on the certificate, {course_id2} on this PC").format(
            course_id=claimed.course_id, course_id2=actual.course_id))
    elif claimed.course_version != actual.course_version:
        found.append(_("the course version: {course_version} on the certificate, {course_version2} installed on this "
                       "PC").format(course_version=claimed.course_version, course_version2=actual.course_version))
    if claimed.issued != actual.issued:
        found.append(_("the date: {issued} on the certificate, {issued2} here").format(
            issued=claimed.issued.isoformat(), issued2=actual.issued.isoformat()))
    ours = {e.lesson_id: e for e in actual.lessons}
    changed = [e.lesson_id for e in claimed.lessons if ours.get(e.lesson_id) != e]
    changed += [i for i in ours if i not in {e.lesson_id for e in claimed.lessons}]
    if changed:
        found.append(_("the learning record has changed since the certificate was made (lessons: {lessons})").format(
            lessons=", ".join(changed)))
    return found


def _base32(data: bytes) -> str:
    number, bits = int.from_bytes(data, "big"), len(data) * 8
    return "".join(ALPHABET[(number >> shift) & 31] for shift in range(bits - 5, -1, -5))
