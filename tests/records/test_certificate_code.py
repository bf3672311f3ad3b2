"""The certificate's verification code: stable for the same facts, different for any other."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from smartcourse_desktop.courses.model import course_from_dict
from smartcourse_desktop.records.certificate_code import (
    CertificateCodeError,
    LessonEntry,
    differences,
    normal_code,
    record_for,
    record_from_json,
)
from smartcourse_desktop.records.store_records import LessonProgress
from tests.package_factory import manifest

ISSUED = date(2026, 9, 30)
COURSE = course_from_dict(manifest())
PROGRESS = {"intro": LessonProgress("intro", completed_at=1_790_000_000.0, completed_how="watched"),
            "r1": LessonProgress("r1", completed_at=1_790_000_100.0, completed_how="read")}


def test_the_code_is_grouped_crockford_base32_and_the_same_for_the_same_facts():
    record = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED)
    code = record.code()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}", code), code
    decomposed = unicodedata.normalize("NFD", "  Åsa   Öberg ")  # typed another way: the same name
    assert record_for(COURSE, PROGRESS, decomposed, ISSUED).code() == code
    assert record_for(COURSE, dict(PROGRESS), "Åsa Öberg", ISSUED).canonical() == record.canonical()
    assert [e.how for e in record.lessons] == ["watched", "read"] and record.lessons[0].completed_on == "2026-09-21"


@pytest.mark.parametrize("change", ["learner", "version", "issued", "how", "day", "undone"])
def test_any_other_fact_gives_another_code(change):
    record = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED)
    progress = dict(PROGRESS)
    if change == "how":
        progress["intro"] = replace(PROGRESS["intro"], completed_how="marked")
    elif change == "day":
        progress["r1"] = replace(PROGRESS["r1"], completed_at=PROGRESS["r1"].completed_at + 86400)
    elif change == "undone":
        progress["r1"] = LessonProgress("r1", completed_how="undone")
    other = record_for(COURSE, progress, "Åsa Öberg", ISSUED)
    if change == "learner":
        other = replace(record, learner="Bo Berg")
    elif change == "version":
        other = replace(record, course_version="1.1")
    elif change == "issued":
        other = replace(record, issued=date(2026, 10, 1))
    assert other.code() != record.code()
    assert differences(record, other)


def test_differences_say_what_differs():
    record = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED)
    other = replace(record, learner="Bo Berg", course_version="2.0",
                    lessons=(record.lessons[0], LessonEntry("r1", "undone", "")))
    found = differences(record, other)
    assert any("name" in line and "Bo Berg" in line for line in found)
    assert any("version" in line and "2.0" in line for line in found)
    assert any("record has changed" in line and "r1" in line for line in found)
    assert differences(record, record) == []


def test_the_embedded_record_reads_back_and_bad_ones_are_refused():
    record = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED)
    assert record_from_json(record.canonical()) == record
    for bad in ("not json", "[]", '{"format": 99}', '{"format": 1, "learner": "x"}'):
        with pytest.raises(CertificateCodeError):
            record_from_json(bad)


def test_a_typed_code_is_read_forgivingly():
    code = record_for(COURSE, PROGRESS, "Åsa Öberg", ISSUED).code()
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normal_code(f"  {typed} ") == code
    for bad in ("", "1234", code + "-ABCD", code.replace(code[0], "U")):
        with pytest.raises(CertificateCodeError):
            normal_code(bad)
