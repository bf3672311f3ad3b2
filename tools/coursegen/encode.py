"""ffmpeg encoding (H.264 slide video, AAC narration) and ffprobe durations."""

from __future__ import annotations

import bisect
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

BITEXACT = ["-fflags", "+bitexact", "-map_metadata", "-1", "-movflags", "+faststart"]


@dataclass(frozen=True)
class Encoding:
    fps: int = 2
    keyframe_interval: int = 40  # frames: 20 s at 2 fps, plus a keyframe at every slide start
    crf: int = 30
    preset: str = "veryslow"
    audio_bitrate: str = "32k"  # the native AAC encoder averages about 43 kbit/s here


def ffmpeg(*args: str) -> None:
    if shutil.which("ffmpeg") is None:
        raise RuntimeError("ffmpeg is not installed (apt install ffmpeg)")
    command = ["ffmpeg", "-nostdin", "-y", "-hide_banner", "-loglevel", "error", *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"ffmpeg failed: {result.stderr.strip()}\n{' '.join(command)}")


def encode_audio(wav: Path, out: Path, enc: Encoding) -> None:
    """Mono AAC-LC in an MP4 (.m4a) container."""
    ffmpeg("-i", str(wav), "-map", "0:a", "-c:a", "aac", "-b:a", enc.audio_bitrate, "-ac", "1",
           "-flags:a", "+bitexact", *BITEXACT, str(out))


def link_frames(slides: list[Path], starts: tuple[float, ...], duration: float, fps: int, folder: Path) -> None:
    """One symlink per video frame to the slide shown at that time."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for frame in range(round(duration * fps)):
        index = bisect.bisect_right(starts, frame / fps + 1e-6) - 1
        (folder / f"{frame:05d}.png").symlink_to(slides[max(index, 0)].resolve())


def encode_video(frames: Path, audio: Path, starts: tuple[float, ...], out: Path, enc: Encoding) -> None:
    """H.264 still-image video from the frame folder, muxed with an already encoded AAC track."""
    keyframes = ",".join(f"{start:.3f}" for start in starts)
    ffmpeg(
        "-framerate", str(enc.fps), "-i", str(frames / "%05d.png"), "-i", str(audio),
        "-map", "0:v", "-map", "1:a",
        "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
        "-c:v", "libx264", "-preset", enc.preset, "-tune", "stillimage", "-crf", str(enc.crf),
        "-g", str(enc.keyframe_interval), "-force_key_frames", keyframes, "-threads", "1",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-flags:v", "+bitexact", "-c:a", "copy", *BITEXACT, str(out),
    )


def probe_duration(path: Path) -> float:
    """The container's duration in seconds, as ffprobe reports it."""
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=True,
    )
    return float(result.stdout.strip())
