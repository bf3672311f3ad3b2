"""The one libVLC backend: loading libVLC, the app's one instance and its options, probing a file
and the decode check. No Qt: ui/player/vlc_player.py (VlcPlayer) is the only Qt wrapper of it.

Loading is guarded, since the app must start without libVLC: python-vlc calls sys.exit() when
PYTHON_VLC_LIB_PATH points at a wrong file, and vlc.Instance() returns None when the plugin folder
is bad; both are turned into VlcUnavailable with a reason. Nothing here imports vlc until it is
needed, so the first window opens without it.

libVLC reports no error for some broken files (random bytes "play" and end at once), so a file
counts as playable only when parsing finds an audio or video track and a length. Probing and the
decode check block; callers run them off the GUI thread.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shlex
import sys
import threading
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from smartcourse_desktop.system.i18n import _

log = logging.getLogger(__name__)

def install_hint() -> str:
    return _("Install VLC's library: sudo apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output")


class VlcUnavailable(Exception):
    """libVLC cannot be loaded; the message says why and how to fix it."""


def point_at_bundled_libvlc(environ: MutableMapping[str, str] | None = None) -> None:
    """In the PyInstaller bundle, use the libVLC and plugins shipped beside the app: set in `environ`,
    the process's own unless given (by the runtime hook, before any thread starts)."""
    env = os.environ if environ is None else environ
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return
    root = Path(bundle) / "vlc"
    lib = next(iter(sorted(root.glob("libvlc.so*")) + sorted(root.glob("libvlc.dll"))), None)
    if lib is None:
        return
    env.setdefault("PYTHON_VLC_LIB_PATH", str(lib))
    env.setdefault("PYTHON_VLC_MODULE_PATH", str(root))
    env.setdefault("VLC_PLUGIN_PATH", str(root / "plugins"))


@cache
def load_vlc() -> ModuleType:
    """Import python-vlc, or raise VlcUnavailable with a readable reason."""
    point_at_bundled_libvlc()
    share_heaps()
    try:
        import vlc
    except SystemExit as exc:
        raise VlcUnavailable(_("libVLC could not be loaded ({exc}). {install_hint}").format(
            exc=exc, install_hint=install_hint())) from None
    except (ImportError, OSError, NameError, AttributeError, NotImplementedError) as exc:
        raise VlcUnavailable(_("libVLC is not installed ({exc}). {install_hint}").format(
            exc=exc, install_hint=install_hint())) from None
    if getattr(vlc, "dll", None) is None:
        raise VlcUnavailable(_("libVLC is not installed. {install_hint}").format(install_hint=install_hint()))
    return vlc


def libvlc_version() -> str | None:
    try:
        vlc = load_vlc()
    except VlcUnavailable:
        return None
    raw = vlc.libvlc_get_version()
    return raw.decode() if isinstance(raw, bytes) else str(raw)


# Local files: a small cache so playback starts at once; captions are drawn by Qt, so libVLC must
# not load a .vtt lying next to the media; keys and clicks belong to Qt. Decoding stays in software:
# a hardware decoder (DXVA2/D3D11VA on office PCs, VA-API) that resumes mid-slide shows grey until
# the next keyframe, up to 20 s in our lectures (issue 12, point 6), and 2 fps slides cost the CPU
# next to nothing. A frame decoded without its reference is dropped rather than shown: after a seek
# at 1.25× or 2×, where the decoder skips frames to catch up, libVLC's video output showed flat grey
# until the next keyframe (tests/ui/test_player_wm.py). Turning the catching up off instead
# ("--no-avcodec-hurry-up") also cured it, but made seeks at 1× slower (p95 about 2 s).
INSTANCE_ARGS = [
    "--file-caching=150",
    "--avcodec-hw=none",
    "--no-avcodec-corrupted",
    "--no-sub-autodetect-file",
    "--no-video-title-show",
    "--no-snapshot-preview",
    "--no-osd",
    "--audio-time-stretch",  # keep the pitch when the speed changes
    "--no-xlib",
    "--quiet",
]
EXTRA_ARGS_ENV = "SMARTCOURSE_VLC_ARGS"  # e.g. "--aout=dummy --vout=dummy" for headless runs
PARSE_TIMEOUT_MS = 5000
AUDIO_SUFFIXES = frozenset({".m4a", ".mp3", ".aac", ".ogg", ".oga", ".opus", ".flac", ".wav"})


@dataclass(frozen=True)
class Probe:
    ok: bool
    reason: str = ""
    duration: float = 0.0
    has_video: bool = False
    has_audio: bool = False


def make_instance(extra: list[str] | None = None) -> Any:
    """A libVLC instance, or VlcUnavailable when libVLC or its plugins cannot be loaded."""
    vlc = load_vlc()
    args = INSTANCE_ARGS + shlex.split(os.environ.get(EXTRA_ARGS_ENV, "")) + list(extra or [])
    instance = vlc.Instance(args)
    if instance is None:
        raise VlcUnavailable(_("libVLC found no plugins (plugin folder: {folder}). {install_hint}").format(
            folder=plugin_path() or _("unknown"), install_hint=install_hint()))
    return instance


@contextmanager
def own_instance(extra: list[str] | None = None) -> Iterator[Any]:
    """A libVLC instance for one command's checks, released after; its threads end once every media
    and player made from it is released too. Raises VlcUnavailable like make_instance."""
    instance = make_instance(extra)
    try:
        yield instance
    finally:
        instance.release()


@cache
def shared_instance() -> Any:
    """The app's one libVLC instance, made on first use; raises VlcUnavailable with the reason."""
    return make_instance()


def event_manager(obj: Any) -> Any:
    """The libVLC event manager of a MediaPlayer or Media, fetched fresh each time.

    Never python-vlc's `obj.event_manager()`: its `memoize_parameterless` keeps every object that
    asked, with its event manager and attached callbacks, in a class-level dict that is never
    emptied, so each player or media ever opened stays alive. Detach what you attach through the
    manager you got here, before releasing `obj`.
    """
    vlc = load_vlc()
    if isinstance(obj, vlc.MediaPlayer):
        return vlc.libvlc_media_player_event_manager(obj)
    return vlc.libvlc_media_event_manager(obj)


M_ARENA_MAX = -8  # glibc's mallopt() parameter: how many heaps (arenas) threads may get
HEAP_ARENAS = 4


@cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (the only one with arenas and malloc_trim), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    return libc if hasattr(libc, "gnu_get_libc_version") and hasattr(libc, "malloc_trim") else None


def share_heaps() -> None:
    """Let libVLC's threads share a few heaps, so memory freed by a released player is reused.

    Each libVLC player decodes on threads of its own, and glibc gives new threads heaps (arenas) of
    their own, up to 8 per core; freed memory stays in its arena. Measured over 60 restarts of a
    player: malloc's in-use bytes stay at 6 MB, but its free-and-kept bytes grow from 16 to 140 MB
    and RSS by about 1 MB per restart for the first 30 restarts. With 4 arenas RSS stays within 5 MB.
    """
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, HEAP_ARENAS)


def return_freed_memory() -> None:
    """Give the free heap memory of released players back to the system; call it off the GUI thread."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def plugin_path() -> str | None:
    """Where libVLC loads its plugins from: the environment, python-vlc's guess, or beside libvlccore."""
    found = os.environ.get("VLC_PLUGIN_PATH") or getattr(load_vlc(), "plugin_path", None)
    if found:
        return str(found)
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return None
    for line in maps.splitlines():
        if "libvlccore" in line:
            candidate = Path(line.split()[-1]).parent / "vlc" / "plugins"
            if candidate.is_dir():
                return str(candidate)
    return None


def probe(instance: Any, path: Path) -> Probe:
    """Parse `path` and say whether it has something to play, with the reason if not."""
    if not path.is_file():
        return Probe(False, _("the file {name} is missing").format(name=path.name))
    if path.stat().st_size == 0:
        return Probe(False, empty_or_damaged(path))
    vlc = load_vlc()
    media = instance.media_new_path(str(path))
    parsed = threading.Event()
    manager = event_manager(media)
    manager.event_attach(vlc.EventType.MediaParsedChanged, lambda _event: parsed.set())
    try:
        media.parse_with_options(vlc.MediaParseFlag.local, PARSE_TIMEOUT_MS)
        parsed.wait(PARSE_TIMEOUT_MS / 1000 + 1)
        return _judge(vlc, media, path)
    except (ValueError, TypeError, OSError) as exc:  # python-vlc chokes on some garbage track data
        log.info("probing %s failed: %s", path, exc)  # python-vlc's own words mean nothing to a learner
        return Probe(False, empty_or_damaged(path))
    finally:
        manager.event_detach(vlc.EventType.MediaParsedChanged)
        media.release()


def media_player(instance: Any, path: Path, *options: str) -> Any:
    """A MediaPlayer of `instance` for `path`, with media options such as ":start-time=12.000". The
    media is the player's alone; python-vlc's media_player_new(path) makes one it never releases,
    which keeps the instance alive."""
    media = instance.media_new_path(str(path))
    for option in options:
        media.add_option(option)
    player = instance.media_player_new()
    player.set_media(media)
    media.release()
    return player


def empty_or_damaged(path: Path) -> str:
    kind = "audio" if path.suffix.lower() in AUDIO_SUFFIXES else "video"
    return _("This lecture's {kind} file is empty or damaged").format(kind=kind)


def _judge(vlc: Any, media: Any, path: Path) -> Probe:
    status = media.get_parsed_status()
    if status != vlc.MediaParsedStatus.done:
        return Probe(False, _("{name} could not be read ({status})").format(
            name=path.name, status=_status_name(status)))
    kinds = {track.type for track in media.tracks_get() or ()}
    has_video, has_audio = vlc.TrackType.video in kinds, vlc.TrackType.audio in kinds
    duration = max(media.get_duration(), 0) / 1000
    if not (has_video or has_audio):
        return Probe(False, _("{name} is damaged or not a media file (no audio or video found)").format(name=path.name))
    if duration <= 0:
        return Probe(False, _("{name} is damaged (its length is unknown)").format(name=path.name))
    return Probe(True, "", duration, has_video, has_audio)


def _status_name(status: Any) -> str:
    return {1: _("skipped"), 2: _("damaged or unsupported"), 3: _("timed out")}.get(int(status), str(status))


def decode_check(instance: Any, path: Path, timeout: float = 5.0) -> Probe:
    """Probe `path`, then play it briefly with the instance's outputs: does time advance?"""
    result = probe(instance, path)
    if not result.ok:
        return result
    vlc = load_vlc()
    player = media_player(instance, path)
    outcome: dict[str, str] = {}
    done = threading.Event()
    events = {
        vlc.EventType.MediaPlayerTimeChanged: lambda e: _finish(outcome, done, "") if e.u.new_time > 0 else None,
        vlc.EventType.MediaPlayerEncounteredError: lambda e: _finish(outcome, done, _("libVLC could not decode it")),
        vlc.EventType.MediaPlayerEndReached: lambda e: _finish(outcome, done, _("playback ended at once")),
    }
    manager = event_manager(player)
    for kind, callback in events.items():
        manager.event_attach(kind, callback)
    try:
        player.play()
        reason = outcome.get("reason", "") if done.wait(timeout) else _("no picture or sound came out in time")
    finally:
        for kind in events:
            manager.event_detach(kind)
        player.stop()
        player.release()
    return Probe(not reason, reason, result.duration, result.has_video, result.has_audio)


def _finish(outcome: dict[str, str], done: threading.Event, reason: str) -> None:
    """Runs on a libVLC thread: only record and signal."""
    outcome.setdefault("reason", reason)
    done.set()
