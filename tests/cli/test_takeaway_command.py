"""`smartcourse take-away` writes the same folder as the dialog and remembers what to ask about."""

from __future__ import annotations

from smartcourse_desktop.app import main
from smartcourse_desktop.records.comeback import comeback_file, lessons_to_ask
from tests.takeaway.takeaway_helpers import bundled, files_under


def test_take_away_module_one_without_the_ebook(capsys, tmp_path, paths):
    course = bundled()
    code = main(["take-away", course.id, "--module", "m01", "-o", str(tmp_path / "phone"), "--no-epub"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    files = files_under(tmp_path / "phone")
    assert [f.rsplit("/", 1)[-1] for f in files] == [
        "01 Two Conversations About the Smart City.m4a", "01 Why a Social-Sciences View of Smart Cities.m3u8",
        "02 A Walk Through the Sensed City.m4a", "index.html"]
    assert all(str(tmp_path / "phone" / f) in out for f in files)
    asked = lessons_to_ask(comeback_file(paths.database), course, {})
    assert [lesson.id for lesson in asked] == ["m01-lecture", "m01-audio"]


def test_unknown_module_is_one_line_and_writes_nothing(capsys, tmp_path, paths):
    code = main(["take-away", bundled().id, "--module", "m99", "-o", str(tmp_path / "phone")])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == "smartcourse take-away: the course has no module m99"
    assert not (tmp_path / "phone").exists()


def test_an_unknown_75_kb_course_id_is_quoted_short(capsys, tmp_path, paths):
    code = main(["take-away", "c" * 75_000, "-o", str(tmp_path / "phone")])
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err) < 200 and "…" in err, err[:300]
