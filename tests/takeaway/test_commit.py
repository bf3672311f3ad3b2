"""How a take-away export lands at the destination: written aside, then moved into place at once."""

from __future__ import annotations

import pytest

from smartcourse_desktop.takeaway.export import TakeawayCancelled, export_takeaway
from smartcourse_desktop.takeaway.plan import plan_takeaway
from tests.takeaway.takeaway_helpers import bundled, files_under


def test_the_course_folder_appears_only_when_everything_is_written(tmp_path):
    tmp_path = tmp_path / "stick"  # beside the test's own XDG folders
    tmp_path.mkdir()
    """A phone's media scanner or a learner looking at the stick never sees a half-made folder."""
    plan = plan_takeaway(bundled(), ["m01", "m02"], tmp_path)
    course_folder = tmp_path / plan.folder
    seen_while_writing: list[bool] = []
    export_takeaway(plan, lambda done, total: seen_while_writing.append(course_folder.exists()))
    assert seen_while_writing[:-1] and not any(seen_while_writing[:-1])  # the last call reports the end
    assert course_folder.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == [course_folder.name]


def test_an_export_into_an_earlier_one_replaces_its_files_and_keeps_the_rest(tmp_path):
    tmp_path = tmp_path / "stick"  # beside the test's own XDG folders
    tmp_path.mkdir()
    course = bundled()
    first = plan_takeaway(course, ["m01"], tmp_path, epub=False)
    export_takeaway(first)
    mine = tmp_path / first.folder / "my notes.txt"
    mine.write_text("keep")
    second = plan_takeaway(course, ["m01", "m02"], tmp_path, epub=False)
    result = export_takeaway(second)
    folder = tmp_path / second.folder
    expected = sorted({item.relative.relative_to(second.folder).as_posix() for item in second.items}
                      | {f"{second.module_folder(m).name}/{second.module_folder(m).name}.m3u8" for m in second.modules}
                      | {"index.html", "my notes.txt"})
    assert files_under(folder) == expected
    assert sorted(result.written) == sorted(p for p in folder.rglob("*") if p.is_file() and p != mine)
    assert "Who Holds the Keys" not in (folder / "index.html").read_text(encoding="utf-8")
    assert second.modules[1].title in (folder / "index.html").read_text(encoding="utf-8")
    assert mine.read_text() == "keep" and not list(tmp_path.rglob("*.part"))


def test_a_cancelled_export_leaves_an_earlier_one_as_it_was(tmp_path):
    tmp_path = tmp_path / "stick"  # beside the test's own XDG folders
    tmp_path.mkdir()
    course = bundled()
    export_takeaway(plan_takeaway(course, ["m01"], tmp_path, epub=False))
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    plan = plan_takeaway(course, ["m01", "m02"], tmp_path, epub=False)
    seen: list[int] = []
    with pytest.raises(TakeawayCancelled):
        export_takeaway(plan, lambda done, total: seen.append(done),
                        lambda: bool(seen) and seen[-1] >= plan.total_size // 2)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_what_a_killed_export_left_is_cleared_by_the_next(tmp_path):
    tmp_path = tmp_path / "stick"  # beside the test's own XDG folders
    tmp_path.mkdir()
    plan = plan_takeaway(bundled(), ["m01"], tmp_path, epub=False)
    left = tmp_path / f"{plan.folder.name}.part" / "01 Module" / "01 Lecture.m4a"
    left.parent.mkdir(parents=True)
    left.write_bytes(b"half a file")
    export_takeaway(plan)
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan.folder.name]
