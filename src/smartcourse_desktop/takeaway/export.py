"""Write a take-away plan: every file through a temporary name, with progress and cancel.

Every file is written under a temporary name first; once all are written, the destination is
flushed once (like `sync -f`) and the files are renamed into place. A cancelled or failed export
removes what it wrote, so the destination is left as it was. Where the destination cannot rename
(some phones over MTP), a file is copied to its name instead, and the result says so.
"""

from __future__ import annotations

import ctypes
import io
import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.takeaway.epub import write_epub
from smartcourse_desktop.takeaway.mp4chapters import header_length
from smartcourse_desktop.takeaway.pages import index_html, playlist
from smartcourse_desktop.takeaway.plan import ExportItem, ItemKind, TakeawayPlan
from smartcourse_desktop.takeaway.tags import AudioTags, module_card, tagged_m4a, tagged_mp3

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
PART = ".part"


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
    done: int = 0
    folders: list[Path] = field(default_factory=list)
    pending: list[tuple[Path, Path]] = field(default_factory=list)  # (temporary, target)

    def check(self) -> None:
        if self.cancelled():
            raise TakeawayCancelled("the export was cancelled; nothing was left behind")

    def advance(self, size: int) -> None:
        self.done = min(self.done + size, self.plan.total_size)
        self.progress(self.done, self.plan.total_size)


def export_takeaway(plan: TakeawayPlan, progress: Callable[[int, int], None] = lambda done, total: None,
                    cancelled: Callable[[], bool] = lambda: False, modified: datetime | None = None) -> TakeawayResult:
    """Write `plan` under its destination; report bytes written of the planned total."""
    run = _Run(plan, progress, cancelled, TakeawayResult(plan))
    try:
        for item in plan.items:
            run.check()
            _write_item(run, item, modified or datetime.now(UTC))
        for module in plan.modules:
            entries = [i for i in plan.items if i.module == module and i.lesson is not None]
            _write(run, plan.module_folder(module) / f"{plan.module_folder(module).name}.m3u8",
                   playlist(entries, plan.module_folder(module)).encode("utf-8"))
        _write(run, plan.folder / "index.html", index_html(plan).encode("utf-8"))
        run.check()
        _commit(run)
    except BaseException as exc:
        _remove(run)
        if isinstance(exc, OSError):
            raise TakeawayError(f"cannot write to {plan.destination}: {exc.strerror or exc}") from exc
        raise
    progress(plan.total_size, plan.total_size)
    return run.result


def _write_item(run: _Run, item: ExportItem, modified: datetime) -> None:
    if item.kind == ItemKind.EPUB:
        buffer = io.BytesIO()
        write_epub(run.plan.course, item.module, buffer, modified)
        _write(run, item.relative, buffer.getvalue(), item.size)
    elif item.kind == ItemKind.PDF:
        assert item.source is not None
        _write(run, item.relative, item.source.read_bytes(), item.size)
    elif item.kind == ItemKind.MP3 and item.source is not None:
        _write(run, item.relative, tagged_mp3(item.source.read_bytes(), _tags(run.plan, item)), item.size)
    elif item.kind == ItemKind.AUDIO and item.source is not None and (head := header_length(item.source)):
        with open(item.source, "rb") as handle:  # only the boxes before the media data change
            tagged, trailer = tagged_m4a(handle.read(head), _tags(run.plan, item), item.source.stat().st_size - head)
        _write(run, item.relative, tagged, item.size, (item.source, head), trailer)
    else:
        tagged, trailer = tagged_m4a(_audio_bytes(run, item), _tags(run.plan, item))
        _write(run, item.relative, tagged, item.size, None, trailer)


def _audio_bytes(run: _Run, item: ExportItem) -> bytes:
    assert item.source is not None
    if item.kind == ItemKind.AUDIO:
        return item.source.read_bytes()
    from smartcourse_desktop.takeaway.remux import RemuxCancelled, remux_audio

    try:
        return remux_audio(item.source, run.cancelled)
    except RemuxCancelled:
        raise TakeawayCancelled("the export was cancelled; nothing was left behind") from None


def _tags(plan: TakeawayPlan, item: ExportItem) -> AudioTags:
    assert item.lesson is not None
    lectures = sum(1 for i in plan.items if i.module == item.module and i.lesson is not None)
    return AudioTags(
        title=item.lesson.title, album=plan.course.title, artist=plan.course.publisher,
        track=(item.track, lectures), disc=(item.disc, len(plan.course.modules)),
        comment=f"SmartCourse lesson {item.lesson.id} ({plan.course.id})", cover_png=module_card(item.disc),
        chapters=tuple((c.start, c.title) for c in item.lesson.chapters), duration=item.lesson.duration)


def _write(run: _Run, relative: PurePosixPath, data: bytes, planned: int = 0,
           tail: tuple[Path, int] | None = None, trailer: bytes = b"") -> None:
    """Write `data`, then the rest of the file `tail` from its offset on, to a temporary name beside
    the target (renamed into place by `_commit`)."""
    target = run.plan.destination.joinpath(*relative.parts)
    _make_folders(run, target.parent)
    temporary = target.with_name(target.name + PART)
    total = len(data) + (tail[0].stat().st_size - tail[1] if tail else 0)
    run.pending.append((temporary, target))
    with open(temporary, "wb") as handle:
        for start in range(0, len(data), CHUNK):
            run.check()
            chunk = data[start:start + CHUNK]
            handle.write(chunk)
            run.advance(planned * len(chunk) // max(total, 1))
        handle.flush()
        if tail:
            _copy_rest(run, tail, handle, planned, total)
        handle.write(trailer)


def _commit(run: _Run) -> None:
    """Flush the written files to the device, then give them their names."""
    _flush(run.plan.destination, [temporary for temporary, _ in run.pending])
    while run.pending:
        temporary, target = run.pending[0]
        _rename(run, temporary, target)
        run.result.written.append(target)
        run.pending.pop(0)
    _flush(run.plan.destination, [])


def _flush(folder: Path, files: list[Path]) -> None:
    """One `syncfs` of the destination where the system has it (Linux), else an fsync per file."""
    if sys.platform.startswith("linux"):
        handle = os.open(folder, os.O_RDONLY)
        try:
            if ctypes.CDLL(None, use_errno=True).syncfs(handle) == 0:
                return
        finally:
            os.close(handle)
    for path in files:
        with open(path, "rb+") as written:
            os.fsync(written.fileno())


def _copy_rest(run: _Run, tail: tuple[Path, int], out: BinaryIO, planned: int, total: int) -> None:
    """Copy the source from its offset by the kernel (sendfile) where it can, else by chunks."""
    with open(tail[0], "rb") as source:
        offset, end = tail[1], os.fstat(source.fileno()).st_size
        while offset < end:
            run.check()
            try:
                sent = os.sendfile(out.fileno(), source.fileno(), offset, min(CHUNK, end - offset))
            except (AttributeError, OSError):  # no sendfile (Windows) or not for this file system
                source.seek(offset)
                sent = out.write(source.read(min(CHUNK, end - offset)))
            if sent == 0:
                raise TakeawayError(f"{tail[0].name} ended early")
            offset += sent
            run.advance(planned * sent // max(total, 1))


def _rename(run: _Run, temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except OSError as exc:  # MTP and other file systems without rename
        log.warning("cannot rename %s (%s); copying it instead", temporary, exc)
        run.result.atomic = False
        shutil.copyfile(temporary, target)


def _make_folders(run: _Run, folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        run.folders.append(path)


def _remove(run: _Run) -> None:
    for temporary, _ in run.pending:
        temporary.unlink(missing_ok=True)
    for path in run.result.written:
        path.unlink(missing_ok=True)
    for folder in reversed(run.folders):
        try:
            folder.rmdir()
        except OSError as exc:
            log.info("left %s in place: %s", folder, exc)
