"""Write a take-away plan: into a staging folder, then into place at once, with progress and cancel.

Every file is written into a staging folder beside the course folder at the destination (its
name plus `.part`), then the destination is flushed once (like `sync -f`), the staging folder is
renamed to the course folder (one rename for the whole export) and the destination is flushed
again, so the names are on the device too. Where the course folder is there already (an earlier
export), the staged folders and files are moved into it one by one, replacing what they replace.
A cancelled or failed export removes what it wrote, so the destination is left as it was. Where
the destination cannot rename (some phones over MTP), a file is copied to its name instead, and
the result says so.
"""

from __future__ import annotations

import ctypes
import io
import logging
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.takeaway.epub import write_epub
from smartcourse_desktop.takeaway.mp4chapters import header_length
from smartcourse_desktop.takeaway.pages import index_html, playlist
from smartcourse_desktop.takeaway.plan import ExportItem, ItemKind, TakeawayPlan
from smartcourse_desktop.takeaway.tags import AudioTags, module_card, tagged_m4a, tagged_mp3

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
PART = ".part"
HERE = PurePosixPath(".")


class TakeawayCancelled(SmartCourseError):
    """The learner cancelled the export; what it had written was removed."""


class TakeawayError(SmartCourseError):
    """The export could not be written."""


@dataclass
class TakeawayResult:
    plan: TakeawayPlan
    written: list[Path] = field(default_factory=list)
    atomic: bool = True


@dataclass
class _Run:
    plan: TakeawayPlan
    progress: Callable[[int, int], None]
    cancelled: Callable[[], bool]
    result: TakeawayResult
    target: Path  # the course folder at the destination
    staging: Path  # beside it, where everything is written first
    lectures: Counter[str]  # lectures per module id, for the track tags
    done: int = 0
    folders: list[Path] = field(default_factory=list)  # made at the destination, removed on failure
    staged_folders: set[PurePosixPath] = field(default_factory=lambda: {HERE})  # under the course folder
    files: list[PurePosixPath] = field(default_factory=list)  # written, under the course folder

    def check(self) -> None:
        if self.cancelled():
            raise TakeawayCancelled(_("the export was cancelled; nothing was left behind"))

    def advance(self, size: int) -> None:
        self.done = min(self.done + size, self.plan.total_size)
        self.progress(self.done, self.plan.total_size)


def export_takeaway(plan: TakeawayPlan, progress: Callable[[int, int], None] = lambda done, total: None,
                    cancelled: Callable[[], bool] = lambda: False, modified: datetime | None = None) -> TakeawayResult:
    """Write `plan` under its destination; report bytes written of the planned total."""
    target = plan.destination.joinpath(*plan.folder.parts)
    lectures = Counter(item.module.id for item in plan.items if item.lesson is not None)
    run = _Run(plan, progress, cancelled, TakeawayResult(plan), target, target.with_name(target.name + PART), lectures)
    try:
        _begin(run)
        for item in plan.items:
            run.check()
            _write_item(run, item, modified or datetime.now(UTC))
        _write_pages(run)
        run.check()
        _commit(run)
    except BaseException as exc:
        _remove(run)
        if isinstance(exc, OSError):
            raise TakeawayError(_("cannot write to {destination}: {strerror}").format(
                destination=plan.destination, strerror=exc.strerror or exc)) from exc
        raise
    progress(plan.total_size, plan.total_size)
    return run.result


def _begin(run: _Run) -> None:
    """Make the destination where it is missing, and an empty staging folder (one left by an export
    that was killed is removed)."""
    missing, folder = [], run.target.parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        run.folders.append(path)
    if os.path.lexists(run.staging):
        shutil.rmtree(run.staging)
    run.staging.mkdir()


def _write_item(run: _Run, item: ExportItem, modified: datetime) -> None:
    if item.kind == ItemKind.EPUB:
        buffer = io.BytesIO()
        write_epub(run.plan.course, item.module, buffer, modified)
        _write(run, item.relative, buffer.getvalue(), item.size)
    elif item.kind == ItemKind.PDF:
        assert item.source is not None
        _write(run, item.relative, item.source.read_bytes(), item.size)
    elif item.kind == ItemKind.MP3 and item.source is not None:
        _write(run, item.relative, tagged_mp3(item.source.read_bytes(), _tags(run, item)), item.size)
    elif item.kind == ItemKind.AUDIO and item.source is not None:
        _write_m4a(run, item, item.source)
    else:
        tagged, trailer = tagged_m4a(_remuxed(run, item), _tags(run, item))
        _write(run, item.relative, tagged, item.size, None, trailer)


def _write_m4a(run: _Run, item: ExportItem, source: Path) -> None:
    """Only the boxes before the media data change; the rest is copied from the same open file."""
    with open(source, "rb") as handle:
        head, size = header_length(handle), os.fstat(handle.fileno()).st_size
        handle.seek(0)
        if head is None:  # the media data comes first: the whole file is rewritten
            tagged, trailer = tagged_m4a(handle.read(), _tags(run, item))
            _write(run, item.relative, tagged, item.size, None, trailer)
        else:
            tagged, trailer = tagged_m4a(handle.read(head), _tags(run, item), size - head)
            _write(run, item.relative, tagged, item.size, (handle, head, size), trailer)


def _remuxed(run: _Run, item: ExportItem) -> bytes:
    assert item.source is not None
    from smartcourse_desktop.takeaway.remux import RemuxCancelled, remux_audio

    try:
        return remux_audio(item.source, run.cancelled)
    except RemuxCancelled:
        raise TakeawayCancelled(_("the export was cancelled; nothing was left behind")) from None


def _tags(run: _Run, item: ExportItem) -> AudioTags:
    assert item.lesson is not None
    course = run.plan.course
    return AudioTags(
        title=item.lesson.title, album=course.title, artist=course.publisher,
        track=(item.track, run.lectures[item.module.id]), disc=(item.disc, len(course.modules)),
        comment=f"SmartCourse lesson {item.lesson.id} ({course.id})", cover_png=module_card(item.disc),
        chapters=tuple((c.start, c.title) for c in item.lesson.chapters), duration=item.lesson.duration)


def _write_pages(run: _Run) -> None:
    plan = run.plan
    for module in plan.modules:
        folder = plan.module_folder(module)
        entries = [i for i in plan.items if i.module == module and i.lesson is not None]
        _write(run, folder / f"{folder.name}.m3u8", playlist(entries, folder).encode("utf-8"))
    _write(run, plan.folder / "index.html", index_html(plan).encode("utf-8"))


def _write(run: _Run, relative: PurePosixPath, data: bytes, planned: int = 0,
           tail: tuple[BinaryIO, int, int] | None = None, trailer: bytes = b"") -> None:
    """Write `data`, then the bytes of the open file `tail` from its offset to its end, then
    `trailer`, to the file's place in the staging folder."""
    path = _staged(run, relative.relative_to(run.plan.folder))
    total = len(data) + (tail[2] - tail[1] if tail else 0)
    with open(path, "wb") as handle:
        for start in range(0, len(data), CHUNK):
            run.check()
            chunk = data[start:start + CHUNK]
            handle.write(chunk)
            run.advance(planned * len(chunk) // max(total, 1))
        handle.flush()
        if tail:
            _copy_rest(run, tail, handle, planned, total)
        handle.write(trailer)


def _staged(run: _Run, relative: PurePosixPath) -> Path:
    """The path of `relative` in the staging folder, its folders made as needed."""
    for folder in reversed(relative.parents):
        if folder not in run.staged_folders:
            run.staging.joinpath(*folder.parts).mkdir()
            run.staged_folders.add(folder)
    run.files.append(relative)
    return run.staging.joinpath(*relative.parts)


def _commit(run: _Run) -> None:
    """Flush the written files to the device, move them into place, and flush their names."""
    _flush(run.plan.destination, [run.staging.joinpath(*relative.parts) for relative in run.files])
    _place(run, HERE)
    _flush(run.plan.destination, [])


def _place(run: _Run, relative: PurePosixPath) -> None:
    """Move the staged file or folder `relative` to its place, by one rename where nothing is there;
    into a folder that is there already, entry by entry."""
    staged, target = run.staging.joinpath(*relative.parts), run.target.joinpath(*relative.parts)
    if relative in run.staged_folders and os.path.isdir(target):
        for child in sorted(os.listdir(staged)):
            _place(run, relative / child)
        staged.rmdir()
        return
    _move(run, staged, target, relative in run.staged_folders)
    run.folders += [run.target.joinpath(*folder.parts) for folder in sorted(run.staged_folders)
                    if folder == relative or relative in folder.parents]
    run.result.written += [run.target.joinpath(*path.parts) for path in run.files
                           if path == relative or relative in path.parents]


def _move(run: _Run, staged: Path, target: Path, folder: bool) -> None:
    try:
        os.replace(staged, target)
    except OSError as exc:  # MTP and other file systems without rename
        log.warning("cannot rename %s (%s); copying it instead", staged, exc)
        run.result.atomic = False
        if folder:
            shutil.copytree(staged, target, dirs_exist_ok=True)
            shutil.rmtree(staged)
        else:
            shutil.copyfile(staged, target)
            staged.unlink()


@cache
def _syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    return getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)


def _flush(folder: Path, files: list[Path]) -> None:
    """One `syncfs` of the destination where the system has it (Linux), else an fsync per file."""
    syncfs = _syncfs()
    if syncfs is not None:
        handle = os.open(folder, os.O_RDONLY)
        try:
            if syncfs(handle) == 0:
                return
        finally:
            os.close(handle)
    for path in files:
        with open(path, "rb+") as written:
            os.fsync(written.fileno())


def _copy_rest(run: _Run, tail: tuple[BinaryIO, int, int], out: BinaryIO, planned: int, total: int) -> None:
    """Copy the open source from its offset by the kernel (sendfile) where it can, else by chunks."""
    source, offset, end = tail
    while offset < end:
        run.check()
        try:
            sent = os.sendfile(out.fileno(), source.fileno(), offset, min(CHUNK, end - offset))
        except (AttributeError, OSError):  # no sendfile (Windows) or not for this file system
            source.seek(offset)
            sent = out.write(source.read(min(CHUNK, end - offset)))
        if sent == 0:
            raise TakeawayError(_("{name} ended early").format(name=Path(source.name).name))
        offset += sent
        run.advance(planned * sent // max(total, 1))


def _remove(run: _Run) -> None:
    if os.path.lexists(run.staging):
        shutil.rmtree(run.staging)
    for path in run.result.written:
        path.unlink(missing_ok=True)
    for folder in reversed(run.folders):
        try:
            folder.rmdir()
        except OSError as exc:
            log.info("left %s in place: %s", folder, exc)
