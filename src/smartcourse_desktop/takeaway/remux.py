"""The audio track of a video, remuxed into M4A by libVLC's stream output: no re-encoding.

The chain is `#std{access=file,mux=mp4}` with the video and subtitle tracks dropped; it needs only
the stream_out_standard, mux_mp4 and access_output_file plugins (packaging/vlc-plugins.txt).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from smartcourse_desktop.media.vlc_backend import load_vlc, media_player
from smartcourse_desktop.system.errors import SmartCourseError
from smartcourse_desktop.system.i18n import _

POLL_SECONDS = 0.02


class RemuxError(SmartCourseError):
    """libVLC could not extract the audio track."""


class RemuxCancelled(SmartCourseError):
    """The learner cancelled while the audio was being extracted."""


def remux_audio(source: Path, cancelled: Callable[[], bool] = lambda: False) -> bytes:
    """The audio track of `source` as M4A bytes (written through a private temporary folder)."""
    vlc = load_vlc()
    with tempfile.TemporaryDirectory(prefix="smartcourse-remux-") as folder:
        target = Path(folder) / "audio.m4a"
        instance = vlc.Instance(["--quiet", "--no-video-title-show", "--aout=dummy", "--vout=dummy"])
        if instance is None:
            raise RemuxError(_("libVLC could not start"))
        player = media_player(instance, source, f":sout=#std{{access=file,mux=mp4,dst='{target}'}}",
                              ":no-sout-video", ":no-sout-spu")
        try:
            state = _run(vlc, player, cancelled)
        finally:
            player.stop()
            player.release()
            instance.release()
        if state != vlc.State.Ended or not target.is_file() or target.stat().st_size == 0:
            raise RemuxError(_("libVLC could not extract the audio of {name}").format(name=source.name))
        return target.read_bytes()


def _run(vlc: ModuleType, player: Any, cancelled: Callable[[], bool]) -> Any:
    if player.play() != 0:
        raise RemuxError(_("libVLC could not open the video"))
    while (state := player.get_state()) not in (vlc.State.Ended, vlc.State.Error, vlc.State.Stopped):
        if cancelled():
            raise RemuxCancelled(_("cancelled"))
        time.sleep(POLL_SECONDS)
    return state
