"""The FTS5 search index: what it finds, how it ranks and quotes, and how it is kept current."""

from __future__ import annotations

import json

import pytest

from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.reading.search_index import (
    MARK_END,
    MARK_START,
    HitKind,
    SearchIndex,
    index_course,
    index_missing,
    index_path,
    match_expression,
    remove_course,
)
from tests.reading_course import COURSE_ID, make_course, payload


@pytest.fixture
def course(tmp_path):
    return load_course(make_course(tmp_path / "course"))


@pytest.fixture
def index(paths, course):
    index_course(course, paths)
    opened = SearchIndex.open(index_path(paths))
    yield opened
    opened.close()


def test_index_lives_in_the_cache_not_beside_progress(paths):
    assert index_path(paths).parent == paths.cache
    assert index_path(paths) != paths.database


def test_reading_hit_names_lesson_section_and_highlights(index):
    hits = index.search("lighthouse")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.course_id, hit.lesson_id, hit.kind, hit.anchor) == (COURSE_ID, "r1", HitKind.READING, "closing-words")
    assert hit.heading == "Closing words" and hit.lesson_title == "Budgets and people"
    assert f"{MARK_START}lighthouse{MARK_END}" in hit.snippet
    assert hit.terms == ["lighthouse"]


def test_caption_hit_ignores_diacritics_and_carries_the_cue_time(index):
    hits = index.search("cafe")
    assert [(h.lesson_id, h.kind, h.start) for h in hits] == [("l1", HitKind.CAPTION, 65.5)]
    assert f"{MARK_START}café{MARK_END}" in hits[0].snippet


def test_transcript_is_indexed_when_there_are_no_captions(index):
    hits = index.search("Tuesday")
    assert [(h.lesson_id, h.kind, h.start) for h in hits] == [("l2", HitKind.TRANSCRIPT, None)]


def test_last_word_is_a_prefix_and_all_words_must_match(index):
    assert {h.lesson_id for h in index.search("residents coun")} == {"r1"}
    assert index.search("residents lighthouse") == []
    assert index.search("open da")[0].lesson_id == "r2"


def test_title_weighs_more_than_body(index):
    hits = index.search("budgets")
    assert hits[0].kind == HitKind.TITLE or hits[0].heading == "Budgets and people"


@pytest.mark.parametrize("text", ['"', 'NEAR(a b)', "a OR", "*", "-x", "^", "col:x", "'; DROP TABLE entry; --", "   "])
def test_fts_syntax_in_user_input_is_harmless(index, text):
    index.search(text)  # no exception
    assert index.search("lighthouse")


def test_match_expression_quotes_every_word():
    assert match_expression('city "hall" OR') == '"city" "hall" "OR"*'
    assert match_expression("***") is None


def test_replacing_a_course_drops_its_old_text(paths, course, index, tmp_path):
    files = payload()
    files["readings/r2.md"] = b"# Open data\n\nA lantern replaced the old text.\n"
    newer = load_course(make_course(tmp_path / "course", "2.0", files))
    index_course(newer, paths)
    assert index.search("portals") == []
    assert index.search("lantern")[0].lesson_id == "r2"


def test_remove_course_forgets_it(paths, index):
    remove_course(COURSE_ID, paths)
    assert index.search("lighthouse") == [] and index.indexed_versions() == {}


def test_index_missing_indexes_new_stamps_and_drops_removed_courses(paths, course):
    assert index_missing([course], paths) == [COURSE_ID]
    assert index_missing([course], paths) == []
    assert index_missing([], paths) == []
    index = SearchIndex.open(index_path(paths))
    assert index.indexed_versions() == {} and index.search("lighthouse") == []
    index.close()


def test_damaged_index_file_is_rebuilt(paths, course):
    index_path(paths).write_bytes(b"this is not a database" * 100)
    assert index_missing([course], paths) == [COURSE_ID]
    index = SearchIndex.open(index_path(paths))
    assert index.search("lighthouse")
    index.close()


def test_a_hit_names_the_words_leading_to_it(index):
    (hit,) = index.search("lighthouse")
    assert hit.phrase == "the reading mentions a lighthouse"


def test_a_hostile_reading_is_indexed_as_far_as_it_goes_and_other_readings_are_intact(paths, tmp_path):
    files = payload()
    nested = "\n".join("    " * i + "- nested" for i in range(1_200))
    files["readings/r2.md"] = ("Open data intro.\n\n" + nested).encode()
    course = load_course(make_course(tmp_path / "hostile", files=files))
    assert index_missing([course], paths) == [COURSE_ID]
    index = SearchIndex.open(index_path(paths))
    try:
        assert index.search("lighthouse") and index.search("intro")
    finally:
        index.close()


def other_course(tmp_path, course_id: str = "org.example.other", title: str = "Other demo"):
    """A second installed course with the same lessons under another id and title."""
    folder = make_course(tmp_path / course_id)
    data = json.loads((folder / "course.json").read_text())
    data.update(id=course_id, title=title)
    (folder / "course.json").write_text(json.dumps(data), encoding="utf-8")
    return load_course(folder)


def test_a_title_match_ranks_its_lesson_first(index):
    hits = index.search("privacy")
    assert (hits[0].lesson_id, hits[0].kind) == ("r2", HitKind.TITLE)


def test_the_reading_opening_under_the_lesson_title_is_not_a_second_hit(index):
    hits = index.search("privacy")
    assert [(h.lesson_id, h.kind) for h in hits] == [("r2", HitKind.TITLE)]


def test_two_courses_give_each_place_once_titles_first(paths, course, tmp_path):
    index_course(course, paths)
    index_course(other_course(tmp_path), paths)
    index = SearchIndex.open(index_path(paths))
    try:
        hits = index.search("zoning")
        privacy = index.search("privacy")
    finally:
        index.close()
    places = [(h.course_id, h.lesson_id, h.kind, h.anchor, h.start, h.snippet) for h in hits]
    assert len(places) == len(set(places)) == 6
    assert {h.course_id for h in hits[:2]} == {COURSE_ID, "org.example.other"}
    assert all(h.kind == HitKind.TITLE for h in hits[:2]) and all(h.kind != HitKind.TITLE for h in hits[2:])
    assert sorted((h.course_id, h.lesson_id, h.kind) for h in privacy) == [
        ("org.example.other", "r2", HitKind.TITLE), (COURSE_ID, "r2", HitKind.TITLE)]
