"""VlcPlayer: the only Qt wrapper of the libVLC backend (media/vlc_backend.py), whose one
libVLC instance it plays with.

libVLC calls back on its own threads. Each callback only emits `_vlc_event`, a queued signal, so
the work happens on the GUI thread; nothing calls back into libVLC from a callback. Each opened
file gets a fresh MediaPlayer. Blocking libVLC calls (probing a file, stopping and releasing the
old MediaPlayer) run on the player's own thread, so opening, stopping and switching never block
the window, and never wait behind indexing, backups or imports on the global thread pool.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import Enum, IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import Shiboken

from smartcourse_desktop.media.vlc_backend import (
    Probe,
    event_manager,
    load_vlc,
    media_player,
    probe,
    return_freed_memory,
    shared_instance,
)
from smartcourse_desktop.ui.player.player_thread import Outbox, PlayerThread
from smartcourse_desktop.ui.text import translate

log = logging.getLogger(__name__)

MIN_RATE, MAX_RATE = 0.5, 2.0
# libVLC must let go of the video window before Qt destroys it: a stop still running then can crash
# in the video output. It takes about 0.1 s; the wait is long only for a machine under heavy load.
SHUTDOWN_TIMEOUT_S = 10.0


class PlaybackState(Enum):
    EMPTY = "empty"
    LOADING = "loading"
    READY = "ready"
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    ERROR = "error"


class _Event(IntEnum):
    TIME = 1
    LENGTH = 2
    PLAYING = 3
    PAUSED = 4
    ENDED = 5
    ERROR = 6


def _event_table(vlc: Any) -> dict[Any, tuple[_Event, Callable[[Any], int]]]:
    """libVLC event → our event and the value it carries. Attached once per MediaPlayer."""
    def none(_e: Any) -> int:
        return 0
    return {
        vlc.EventType.MediaPlayerTimeChanged: (_Event.TIME, lambda e: int(e.u.new_time)),
        vlc.EventType.MediaPlayerLengthChanged: (_Event.LENGTH, lambda e: int(e.u.new_length)),
        vlc.EventType.MediaPlayerPlaying: (_Event.PLAYING, none),
        vlc.EventType.MediaPlayerPaused: (_Event.PAUSED, none),
        vlc.EventType.MediaPlayerEndReached: (_Event.ENDED, none),
        vlc.EventType.MediaPlayerEncounteredError: (_Event.ERROR, none),
    }


def _release(player: Any) -> None:
    """On the player's thread: stop() can take a while, and must never run inside a libVLC callback."""
    player.stop()
    player.release()
    return_freed_memory()


def shut_down_first(owner: QObject) -> list[VlcPlayer]:
    """A list for `owner`'s players, which are shut down (stopped, released, waited for) as soon as
    `owner` is being destroyed: before any child made after this call, such as a video surface that
    libVLC may still draw into, since Qt deletes children in the order they were made."""
    players: list[VlcPlayer] = []

    def shut_down(_guard: QObject) -> None:
        for player in players:
            if Shiboken.isValid(player):  # one destroyed already has let go through its own hook
                player.shutdown()

    QObject(owner).destroyed.connect(shut_down)
    return players


class VlcPlayer(QObject):
    """Plays one file at a time. Positions and durations are in milliseconds in signals."""

    position_changed = Signal(int)
    duration_changed = Signal(int)
    state_changed = Signal(object)  # PlaybackState
    error = Signal(str)
    ended = Signal()
    _vlc_event = Signal(int, int, int)  # generation, _Event, value
    _probed = Signal(int, object)  # generation, Probe

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vlc = load_vlc()
        self._instance = shared_instance()
        self._events = _event_table(self._vlc)
        self._player: Any = None
        self._manager: Any = None  # the current player's event manager, to detach from
        self._generation = 0
        self._path: Path | None = None
        self._no_video = False
        self._state = PlaybackState.EMPTY
        self._position = 0  # ms
        self._duration = 0  # ms
        self._advanced = False
        self._window: int | None = None
        self._rate, self._volume, self._muted = 1.0, 80, False
        self._vlc_event.connect(self._on_vlc_event, Qt.ConnectionType.QueuedConnection)
        self._probed.connect(self._on_probed, Qt.ConnectionType.QueuedConnection)
        self._outbox = Outbox(self._vlc_event.emit)
        self._probe_outbox = Outbox(self._probed.emit)
        self._worker = PlayerThread()
        for closer in (self._outbox.close, self._probe_outbox.close):
            self.destroyed.connect(closer)
        # the libVLC calls already queued (a stop and release) do not outlive the player; PlayerWidget
        # also shuts its player down before its video surface goes
        self.destroyed.connect(lambda _obj, worker=self._worker: worker.finish(SHUTDOWN_TIMEOUT_S))

    # -- what the UI reads ----------------------------------------------------------------------
    @property
    def state(self) -> PlaybackState:
        return self._state

    @property
    def position(self) -> float:
        return self._position / 1000

    @property
    def duration(self) -> float:
        return self._duration / 1000

    @property
    def instance(self) -> Any:
        """The backend's libVLC instance this player plays with."""
        return self._instance

    @property
    def rate(self) -> float:
        return self._rate

    def vlc_rate(self) -> float:
        """The rate libVLC itself reports (for checks), or the chosen one before playing."""
        return float(self._player.get_rate()) if self._player is not None else self._rate

    # -- opening --------------------------------------------------------------------------------
    def set_video_window(self, handle: int | None) -> None:
        """The native window (X11 id, HWND or NSView) that video is drawn into."""
        self._window = handle

    def open(self, path: Path, start: float = 0.0, no_video: bool = False) -> None:
        """Check the file off the GUI thread; READY (or ERROR with a message) follows."""
        self._retire()
        self._generation += 1
        generation = self._generation
        self._path, self._no_video, self._duration, self._position = path, no_video, 0, int(start * 1000)
        self._set_state(PlaybackState.LOADING)
        instance, send = self._instance, self._probe_outbox.send

        def check() -> None:
            try:
                result = probe(instance, path)
            except Exception as exc:
                result = Probe(False, f"{path.name}: {exc}")
            send(generation, result)

        self._worker.submit(check)

    def _on_probed(self, generation: int, result: Probe) -> None:
        if generation != self._generation:
            return
        if not result.ok:
            self._fail(result.reason)
            return
        self._duration = int(result.duration * 1000)
        self._position = min(self._position, max(self._duration - 250, 0))
        self.duration_changed.emit(self._duration)
        self.position_changed.emit(self._position)
        self._set_state(PlaybackState.READY)

    # -- transport ------------------------------------------------------------------------------
    def play(self) -> None:
        if self._state == PlaybackState.PAUSED and self._player is not None:
            self._player.set_pause(0)
        elif self._state in (PlaybackState.READY, PlaybackState.ENDED):
            self._start_player()

    def pause(self) -> None:
        if self._state == PlaybackState.PLAYING and self._player is not None:
            self._player.set_pause(1)

    def toggle(self) -> None:
        self.pause() if self._state == PlaybackState.PLAYING else self.play()

    def seek(self, seconds: float) -> None:
        if self._state == PlaybackState.LOADING and self._player is None:
            self._position = max(0, int(seconds * 1000))  # still checking the file: start there
            return
        if self._duration <= 0 or self._state in (PlaybackState.EMPTY, PlaybackState.ERROR):
            return
        limit = self._duration - 250 if self._duration > 500 else self._duration
        self._position = max(0, min(int(seconds * 1000), limit))
        if self._player is not None:
            self._player.set_time(self._position)
        elif self._state == PlaybackState.ENDED:
            self._set_state(PlaybackState.READY)
        self.position_changed.emit(self._position)

    def stop(self) -> None:
        """Stop without blocking; the file stays open (READY) at the current position."""
        had_player = self._player is not None
        self._retire()
        if had_player and self._state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
            self._set_state(PlaybackState.READY)

    def close(self) -> None:
        self._retire()
        self._generation += 1
        self._path, self._duration, self._position = None, 0, 0
        self._set_state(PlaybackState.EMPTY)

    # -- sound and speed (clamped; remembered for the next MediaPlayer) -------------------------
    def set_rate(self, rate: float) -> None:
        self._rate = round(min(max(rate, MIN_RATE), MAX_RATE), 2)
        if self._player is not None:
            self._player.set_rate(self._rate)

    def set_volume(self, volume: int) -> None:
        self._volume = min(max(int(volume), 0), 100)
        if self._player is not None:
            self._player.audio_set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self._player is not None:
            self._player.audio_set_mute(self._muted)

    # -- libVLC objects -------------------------------------------------------------------------
    def _start_player(self) -> None:
        assert self._path is not None
        start = 0 if self._state == PlaybackState.ENDED else self._position
        options = [f":start-time={start / 1000:.3f}"] + ([":no-video"] if self._no_video else [])
        player = media_player(self._instance, self._path, *options)
        self._embed(player)
        player.set_rate(self._rate)
        player.audio_set_volume(self._volume)
        player.audio_set_mute(self._muted)
        self._manager = self._attach(player, self._generation)
        self._player, self._position, self._advanced = player, start, False
        self._set_state(PlaybackState.LOADING)
        if player.play() != 0:
            self._fail(translate("VlcPlayer", "libVLC could not start playing %1").replace("%1", self._path.name))

    def _embed(self, player: Any) -> None:
        """Video goes into our widget; keys and clicks stay with Qt."""
        player.video_set_key_input(False)
        player.video_set_mouse_input(False)
        if self._window is None or self._no_video:
            return
        if sys.platform.startswith("win"):
            player.set_hwnd(self._window)
        elif sys.platform == "darwin":
            player.set_nsobject(self._window)
        else:
            player.set_xwindow(self._window)

    def _attach(self, player: Any, generation: int) -> Any:
        manager = event_manager(player)  # not player.event_manager(): python-vlc caches it forever
        send = self._outbox.send
        for kind, (event, value) in self._events.items():
            manager.event_attach(kind, lambda e, ev=event, get=value: send(generation, int(ev), get(e)))
        return manager

    def _retire(self) -> None:
        """Detach, then stop and release the current MediaPlayer on the player's thread.

        Detaching returns only when no callback of ours runs (libVLC holds the manager's lock
        around them), so nothing calls into the callbacks once they are dropped here."""
        player, manager, self._player, self._manager = self._player, self._manager, None, None
        if player is None:
            return
        self._generation += 1  # late events of the old player are ignored
        for kind in self._events:
            manager.event_detach(kind)
        self._worker.submit(lambda: _release(player))

    def shutdown(self) -> bool:
        """At quit: stop everything and wait (at most SHUTDOWN_TIMEOUT_S) for libVLC to let go,
        on the player's own thread only. True if it did in time."""
        self._retire()
        if self._worker.finish(SHUTDOWN_TIMEOUT_S):
            return True
        log.warning("libVLC did not let go of the player within %.0f s", SHUTDOWN_TIMEOUT_S)
        return False

    # -- events, on the GUI thread --------------------------------------------------------------
    def _on_vlc_event(self, generation: int, event: int, value: int) -> None:
        if generation != self._generation:
            return
        handler = {
            _Event.TIME: self._on_time,
            _Event.LENGTH: self._on_length,
            _Event.PLAYING: lambda _v: self._set_state(PlaybackState.PLAYING),
            _Event.PAUSED: lambda _v: self._set_state(PlaybackState.PAUSED),
            _Event.ENDED: self._on_ended,
            _Event.ERROR: lambda _v: self._fail(
                translate("VlcPlayer", "libVLC could not decode %1").replace("%1", self._name())),
        }[_Event(event)]
        handler(value)

    def _on_time(self, ms: int) -> None:
        if ms <= 0 and self._position > 1000:
            return  # libVLC reports 0 once before a start-time seek lands
        self._advanced = self._advanced or ms > 0
        self._position = ms
        self.position_changed.emit(ms)

    def _on_length(self, ms: int) -> None:
        if ms > 0 and ms != self._duration:
            self._duration = ms
            self.duration_changed.emit(ms)

    def _on_ended(self, _value: int) -> None:
        if not self._advanced and self._duration <= 0:
            self._fail(translate("VlcPlayer", "%1 ended at once: it is damaged or empty").replace("%1", self._name()))
            return
        self._retire()
        self._position = self._duration
        self.position_changed.emit(self._duration)
        self._set_state(PlaybackState.ENDED)
        self.ended.emit()

    def _fail(self, message: str) -> None:
        log.warning("playback failed: %s", message)
        self._retire()
        self._set_state(PlaybackState.ERROR)
        self.error.emit(message)

    def _name(self) -> str:
        return self._path.name if self._path else ""

    def _set_state(self, state: PlaybackState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
