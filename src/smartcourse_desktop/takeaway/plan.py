"""What a take-away export will write: one folder per module, in course order, with sizes."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from smartcourse_desktop.courses.model import Course, Lesson, Module
from smartcourse_desktop.system.errors import LibraryError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.takeaway.names import numbered, safe_title

log = logging.getLogger(__name__)

MP4_AUDIO = (".m4a", ".mp4", ".m4b", ".aac")
EPUB_SIZE_GUESS = 64 * 1024  # plus the images it carries


class ItemKind(StrEnum):
    AUDIO = "audio"  # an AAC/M4A file copied, then tagged and given chapters
    MP3 = "mp3"  # an MP3 copied, with ID3 tags and chapters
    REMUX = "remux"  # the audio track of a video, remuxed by libVLC without re-encoding
    EPUB = "epub"
    PDF = "pdf"


@dataclass(frozen=True)
class ExportItem:
    kind: ItemKind
    relative: PurePosixPath  # under the destination
    size: int  # bytes, an estimate for remuxes and e-books
    module: Module
    source: Path | None = None
    lesson: Lesson | None = None
    track: int = 0  # lecture number within the module
    disc: int = 0  # module number in the course


@dataclass(frozen=True)
class Skipped:
    title: str
    reason: str


@dataclass(frozen=True)
class TakeawayPlan:
    course: Course
    destination: Path
    folder: PurePosixPath  # the course folder under the destination
    modules: tuple[Module, ...]
    items: tuple[ExportItem, ...]
    skipped: tuple[Skipped, ...]

    @property
    def total_size(self) -> int:
        return sum(item.size for item in self.items)

    @property
    def lessons(self) -> list[Lesson]:
        """The lessons whose audio goes on the device: what the come-back prompt asks about."""
        return [item.lesson for item in self.items if item.lesson is not None]

    def module_folder(self, module: Module) -> PurePosixPath:
        return self.folder / numbered(self.course.modules.index(module) + 1, module.title)


def plan_takeaway(course: Course, module_ids: list[str] | None, destination: Path,
                  epub: bool = True, can_remux: bool = True) -> TakeawayPlan:
    """Plan the export of the chosen modules (all when `module_ids` is empty)."""
    chosen = tuple(m for m in course.modules if not module_ids or m.id in module_ids)
    unknown = set(module_ids or ()) - {m.id for m in course.modules}
    if unknown:
        raise LibraryError(_("the course has no module {modules}").format(modules=', '.join(sorted(unknown))))
    plan = TakeawayPlan(course, destination, PurePosixPath(safe_title(course.title)), chosen, (), ())
    items: list[ExportItem] = []
    skipped: list[Skipped] = []
    for module in chosen:
        items += _module_items(plan, module, epub, can_remux, skipped)
    return TakeawayPlan(course, destination, plan.folder, chosen, tuple(items), tuple(skipped))


def _module_items(plan: TakeawayPlan, module: Module, epub: bool, can_remux: bool,
                  skipped: list[Skipped]) -> list[ExportItem]:
    course, folder = plan.course, plan.module_folder(module)
    disc = course.modules.index(module) + 1
    items: list[ExportItem] = []
    lectures = [lesson for lesson in module.lessons if lesson.is_lecture]
    for track, lesson in enumerate(lectures, 1):
        item = _audio_item(course, module, lesson, folder, track, disc, can_remux, skipped)
        if item is not None:
            items.append(item)
    pdfs = [lesson for lesson in module.lessons if (lesson.reading or "").lower().endswith(".pdf")]
    for number, lesson in enumerate(pdfs, 1):
        source = course.path_of(lesson.reading or "")
        items.append(ExportItem(ItemKind.PDF, folder / numbered(number, lesson.title, ".pdf"), _size(source),
                                module, source, None, 0, disc))
    if epub:
        images = sum(_size(course.path_of(f.path)) for f in course.files if f.path.startswith("readings/")
                     and not f.path.lower().endswith((".md", ".pdf")))
        items.append(ExportItem(ItemKind.EPUB, folder / numbered(disc, module.title, ".epub"),
                                EPUB_SIZE_GUESS + images, module, None, None, 0, disc))
    return items


def _audio_item(course: Course, module: Module, lesson: Lesson, folder: PurePosixPath, track: int, disc: int,
                can_remux: bool, skipped: list[Skipped]) -> ExportItem | None:
    name = numbered(track, lesson.title, ".m4a")
    for candidate in (lesson.audio, lesson.media if lesson.kind.value == "audio" else None):
        suffix = Path(candidate or "").suffix.lower()
        if candidate and suffix in (*MP4_AUDIO, ".mp3"):
            source = course.path_of(candidate)
            kind, name = (ItemKind.MP3, name[:-4] + ".mp3") if suffix == ".mp3" else (ItemKind.AUDIO, name)
            return ExportItem(kind, folder / name, _size(source), module, source, lesson, track, disc)
    if lesson.media and Path(lesson.media).suffix.lower() == ".mp4":
        if can_remux:
            source = course.path_of(lesson.media)
            return ExportItem(ItemKind.REMUX, folder / name, _size(source), module, source, lesson, track, disc)
        skipped.append(Skipped(lesson.title, _("libVLC is not available to extract the audio from the video")))
        return None
    skipped.append(Skipped(lesson.title, _("its {suffix} audio does not play on every phone").format(
        suffix=Path(lesson.media or '?').suffix)))
    return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def free_space(destination: Path) -> int | None:
    """Free bytes at the destination (or its nearest existing parent); None where the system
    cannot tell, as on some phones mounted over MTP."""
    folder = destination
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError as exc:
        log.info("no free-space figure for %s: %s", destination, exc)
        return None
