"""The verification code in a certificate PDF's metadata, and checking it against this PC's record.

The code (records/certificate_code.py) is stored under `/SmartCourseVerification`, with the record
it was computed over under `/SmartCourseRecord` (so a mismatch can say what differs), and in the
standard Subject and Keywords, which PDF viewers show. pypdf reads and writes them, without Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.certificate_code import (
    CertificateCodeError,
    CertificateRecord,
    differences,
    normal_name,
    record_for,
    record_from_json,
)
from smartcourse_desktop.records.progress import ProgressMap
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.private_files import check_replaceable

log = logging.getLogger(__name__)

CODE_KEY = "/SmartCourseVerification"
RECORD_KEY = "/SmartCourseRecord"
MAX_DAYS_BACK = 3660  # a typed code is tried for every issue date since the last completion, at most this far


def stamp_pdf(source: Path, target: Path, record: CertificateRecord) -> str:
    """Copy the PDF `source` to `target` (atomically) with the record's code in its metadata; the code."""
    from pypdf import PdfReader, PdfWriter

    code = record.code()
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.add_metadata({CODE_KEY: code, RECORD_KEY: record.canonical(),
                         "/Subject": f"SmartCourse verification code {code}", "/Keywords": code})
    check_replaceable(target)
    temporary = target.with_name(target.name + ".part")
    try:
        with open(temporary, "wb") as out:
            writer.write(out)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return code


def read_pdf(path: Path) -> tuple[str, CertificateRecord]:
    """The code and the record stored in a certificate PDF; CertificateCodeError if there are none."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        metadata = PdfReader(path).metadata
    except (OSError, PyPdfError, ValueError) as exc:
        log.warning("%s can't be read as a PDF: %s", path, exc)  # pypdf's words are English
        raise CertificateCodeError(_("{path} can't be read as a PDF: the file is damaged or not a PDF").format(
            path=path)) from exc
    code = metadata.get(CODE_KEY) if metadata is not None else None
    record = metadata.get(RECORD_KEY) if metadata is not None else None
    if not code or not record:
        raise CertificateCodeError(_("{path} has no SmartCourse verification code: it is not a certificate saved by "
                                     "SmartCourse Desktop, or one saved before certificates carried a code").format(
            path=path))
    return str(code), record_from_json(str(record))


@dataclass(frozen=True)
class Verdict:
    matches: bool
    claimed: CertificateRecord | None  # what the certificate says, when known
    problems: tuple[str, ...] = ()


def check_certificate(code: str, claimed: CertificateRecord, course: Course | None, progress: ProgressMap,
                      learner: str) -> Verdict:
    """Does the certificate (its code and record) match this PC's record? `learner` is the name this
    PC knows ("" when none: the certificate's own name is used)."""
    if claimed.code() != code:
        return Verdict(False, claimed, (_("the certificate's data does not match its code: the file was edited"),))
    if course is None or course.id != claimed.course_id:
        return Verdict(False, claimed, (_("the course {course_id} is not installed on this PC").format(
            course_id=claimed.course_id),))
    actual = record_for(course, progress, learner or claimed.learner, claimed.issued)
    if actual.code() == code:
        return Verdict(True, claimed)
    return Verdict(False, claimed, tuple(differences(claimed, actual)))


def check_typed_code(code: str, candidates: Iterable[tuple[Course, ProgressMap]], learner: str,
                     today: date) -> Verdict:
    """A printed code typed in: does it match this PC's record of one of `candidates`, issued to
    `learner` on some day from the last completion up to today?"""
    for course, progress in candidates:
        for issued in _issue_dates(progress, today):
            record = record_for(course, progress, learner, issued)
            if record.code() == code:
                return Verdict(True, record)
    return Verdict(False, None, (_("no certificate issued to “{name}” from the learning record on this PC has this "
                                   "code: the name, the course version or the record differs (or the record "
                                   "has changed since)").format(name=normal_name(learner)),))


def _issue_dates(progress: ProgressMap, today: date) -> list[date]:
    stamps = [r.completed_at for r in progress.values() if r.completed_at is not None]
    if not stamps:
        return []
    first = datetime.fromtimestamp(max(stamps)).date() - timedelta(days=1)  # local date, as printed
    days = min(max((today - first).days, 0), MAX_DAYS_BACK)
    return [today - timedelta(days=n) for n in range(days + 1)]
