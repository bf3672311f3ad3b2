"""The code in a PDF's metadata, read back with pypdf, and checked against a record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.certificate_code import CertificateCodeError, record_for
from smartcourse_desktop.records.certificate_verify import (
    check_certificate,
    check_typed_code,
    read_pdf,
    stamp_pdf,
)
from smartcourse_desktop.records.store_records import LessonProgress
from tests.package_factory import manifest
from tests.pdf_factory import write_pdf

COURSE = course_from_dict(manifest())
DONE_AT = datetime(2026, 9, 20, 12, 0).timestamp()  # local noon: the same date in UTC in every time zone
PROGRESS = {"intro": LessonProgress("intro", completed_at=DONE_AT, completed_how="watched"),
            "r1": LessonProgress("r1", completed_at=DONE_AT, completed_how="read")}
ISSUED = date(2026, 9, 28)


def test_the_stamped_code_reads_back_and_matches_the_record(tmp_path):
    record = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED)
    drawn = write_pdf(tmp_path / "drawn.pdf", [["Certificate of completion"]])
    target = tmp_path / "certificate.pdf"
    code = stamp_pdf(drawn, target, record)
    assert read_pdf(target) == (code, record)
    assert check_certificate(code, record, COURSE, PROGRESS, "Åsa Öberg").matches
    assert check_certificate(code, record, COURSE, PROGRESS, "").matches  # no name known here: the certificate's
    later = {**PROGRESS, "r1": LessonProgress("r1", completed_how="undone")}
    verdict = check_certificate(code, record, COURSE, later, "Åsa Öberg")
    assert not verdict.matches and any("r1" in problem for problem in verdict.problems)
    newer = check_certificate(code, record, replace(COURSE, version="2.0"), PROGRESS, "Åsa Öberg")
    assert not newer.matches and any("version" in problem for problem in newer.problems)
    assert not check_certificate(code, replace(record, learner="Eve"), COURSE, PROGRESS, "Eve").matches


def test_a_typed_code_is_tried_for_each_day_since_the_last_completion():
    code = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED).code()
    verdict = check_typed_code(code, [(COURSE, PROGRESS)], "Åsa Öberg", date(2026, 11, 29))
    assert verdict.matches and verdict.claimed is not None and verdict.claimed.issued == ISSUED
    assert not check_typed_code(code, [(COURSE, PROGRESS)], "Bo Berg", date(2026, 11, 29)).matches
    assert not check_typed_code(code, [(COURSE, {})], "Åsa Öberg", date(2026, 11, 29)).matches


def test_files_without_a_code_are_refused(tmp_path):
    plain = write_pdf(tmp_path / "plain.pdf", [["no code here"]])
    text = tmp_path / "notes.pdf"
    text.write_text("not a PDF")
    for path in (plain, text, tmp_path / "missing.pdf"):
        with pytest.raises(CertificateCodeError):
            read_pdf(path)
