"""The library: courses from several roots merged, the newest version winning, broken folders skipped."""

from __future__ import annotations

from smartcourse_desktop.courses.library import InstalledCourse, Library, LibraryRoot, RootKind
from tests.package_factory import COURSE_ID, make_source


def test_newest_version_wins_and_broken_folders_are_skipped(tmp_path):
    user = LibraryRoot(tmp_path / "user", RootKind.USER, True)
    system = LibraryRoot(tmp_path / "sys", RootKind.SYSTEM, False)
    make_source(user.path / COURSE_ID, "1.9")
    make_source(system.path / COURSE_ID, "1.10")
    make_source(system.path / "org.example.other", "1.0", course_id="org.example.other")
    (user.path / "broken").mkdir()
    (user.path / "broken" / "course.json").write_text("{nope")
    library = Library([user, system, LibraryRoot(tmp_path / "missing", RootKind.EXTRA, False)])
    found = {i.course.id: i for i in library.scan()}
    assert set(found) == {COURSE_ID, "org.example.other"}
    assert found[COURSE_ID].course.version == "1.10" and found[COURSE_ID].root is system
    assert library.find("org.example.other").root.kind == RootKind.SYSTEM and library.find("nope") is None
    assert library.root_of_kind(RootKind.USER) is user


def test_disk_size_counts_every_file_of_the_folder(tmp_path):
    root = LibraryRoot(tmp_path, RootKind.USER, True)
    folder = make_source(tmp_path / COURSE_ID)
    (installed,) = Library([root]).scan()
    assert isinstance(installed, InstalledCourse) and installed.folder == folder
    assert installed.disk_size() == sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
