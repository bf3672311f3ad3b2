"""`smartcourse doctor`: is libVLC usable, and does every installed lecture really play?"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from smartcourse_desktop.courses.library import Library
from smartcourse_desktop.media.vlc_backend import (
    VlcUnavailable,
    decode_check,
    libvlc_version,
    load_vlc,
    make_instance,
    plugin_path,
)


@dataclass(frozen=True)
class MediaCheck:
    course_id: str
    lesson_id: str
    file: str
    playable: bool
    reason: str = ""
    duration: float = 0.0


@dataclass(frozen=True)
class VlcInfo:
    version: str
    library: str
    plugin_path: str


def vlc_info() -> VlcInfo:
    """Raises VlcUnavailable with the reason when libVLC cannot be loaded."""
    vlc = load_vlc()
    library = getattr(getattr(vlc, "dll", None), "_name", "") or "unknown"
    return VlcInfo(libvlc_version() or "unknown", library, plugin_path() or "unknown")


def check_lectures(library: Library, instance: Any | None = None) -> Iterator[MediaCheck]:
    """Briefly decode every lecture file (video and audio rendition) of the installed courses."""
    instance = instance or make_instance(["--aout=dummy", "--vout=dummy"])
    for installed in library.scan():
        course = installed.course
        for lesson in course.lessons:
            for relative in filter(None, (lesson.media, lesson.audio) if lesson.is_lecture else ()):
                result = decode_check(instance, course.path_of(relative))
                yield MediaCheck(course.id, lesson.id, relative, result.ok, result.reason, result.duration)


def run(library: Library, write: Callable[[str], None], warn: Callable[[str], None]) -> int:
    """Print the libVLC details and one line per lecture file; the exit status counts failures."""
    try:
        info = vlc_info()
        checks = check_lectures(library)
        write(f"libVLC {info.version} ({info.library})")
        write(f"plugins: {info.plugin_path}")
        failed = 0
        for check in checks:
            verdict = "playable" if check.playable else f"NOT playable: {check.reason}"
            write(f"{check.course_id}\t{check.lesson_id}\t{check.file}\t{verdict}")
            failed += not check.playable
    except VlcUnavailable as exc:
        warn(f"smartcourse: {exc}")
        return 1
    if failed:
        warn(f"smartcourse: {failed} lecture file(s) will not play")
    return 1 if failed else 0
