"""`smartcourse doctor`: is libVLC usable, and does every installed lecture really play?"""

from __future__ import annotations

from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass

from smartcourse_desktop.courses.library import Library
from smartcourse_desktop.media.vlc_backend import (
    VlcUnavailable,
    decode_check,
    libvlc_version,
    load_vlc,
    own_instance,
    plugin_path,
)
from smartcourse_desktop.system.i18n import _, ngettext


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
    library = getattr(getattr(vlc, "dll", None), "_name", "") or _("unknown")
    return VlcInfo(libvlc_version() or _("unknown"), library, plugin_path() or _("unknown"))


def check_lectures(library: Library) -> Generator[MediaCheck, None, None]:
    """Briefly decode every lecture file (video and audio rendition) of the installed courses."""
    with own_instance(["--aout=dummy", "--vout=dummy"]) as instance:
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
        write(f"libVLC {info.version} ({info.library})")
        write(_("plugins: {folder}").format(folder=info.plugin_path))
        failed = 0
        with closing(check_lectures(library)) as checks:  # its libVLC is released even if writing fails
            for check in checks:
                verdict = _("playable") if check.playable else _("NOT playable: {reason}").format(reason=check.reason)
                write(f"{check.course_id}\t{check.lesson_id}\t{check.file}\t{verdict}")
                failed += not check.playable
    except VlcUnavailable as exc:
        warn(f"smartcourse: {exc}")
        return 1
    if failed:
        warn("smartcourse: " + ngettext("{count} lecture file will not play", "{count} lecture files will not play",
                                        failed).format(count=failed))
    return 1 if failed else 0
