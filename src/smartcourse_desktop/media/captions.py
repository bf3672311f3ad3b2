"""WebVTT captions as plain cue records, with lookup by time and text search.

Parsed with webvtt-py; the player draws them itself (in Qt), so libVLC never sees them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

import webvtt
import webvtt.errors

from smartcourse_desktop.system.errors import SmartCourseError


class CaptionError(SmartCourseError):
    """A caption file is missing or not valid WebVTT."""


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def _seconds(stamp: str) -> float:
    """'01:02:03.500' or '02:03.500' → seconds (webvtt-py 0.6 rounds its own value to whole seconds)."""
    total = 0.0
    for part in stamp.strip().split(":"):
        total = total * 60 + float(part)
    return total


class Captions:
    """The cues of one language, sorted by start time."""

    def __init__(self, cues: list[Cue], language: str = "") -> None:
        self.cues = sorted(cues, key=lambda cue: (cue.start, cue.end))
        self.language = language
        self._starts = [cue.start for cue in self.cues]

    def __len__(self) -> int:
        return len(self.cues)

    def index_at(self, time: float) -> int | None:
        """Index of the cue showing at `time` (the latest-starting one if cues overlap)."""
        index = bisect.bisect_right(self._starts, time) - 1
        if index >= 0 and self.cues[index].start <= time < self.cues[index].end:
            return index
        return None

    def cue_at(self, time: float) -> Cue | None:
        index = self.index_at(time)
        return None if index is None else self.cues[index]

    def search(self, query: str) -> list[int]:
        """Indexes of the cues containing every word of `query`, case-insensitively."""
        words = query.casefold().split()
        return [i for i, cue in enumerate(self.cues) if all(w in cue.text.casefold() for w in words)]


def parse_captions(text: str, language: str = "") -> Captions:
    try:
        parsed = webvtt.from_string(text)
        cues = [Cue(_seconds(c.start), _seconds(c.end), c.text.strip()) for c in parsed.captions]
    except (webvtt.errors.MalformedFileError, webvtt.errors.MalformedCaptionError, ValueError) as exc:
        raise CaptionError(f"not valid WebVTT: {exc}") from exc
    return Captions([cue for cue in cues if cue.text and cue.end > cue.start], language)


def load_captions(path: Path, language: str = "") -> Captions:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaptionError(f"cannot read captions {path.name}: {exc}") from exc
    try:
        if path.suffix.lower() == ".srt":
            from smartcourse_desktop.media.srt import parse_srt

            return Captions(parse_srt(text), language)
        return parse_captions(text, language)
    except CaptionError as exc:
        raise CaptionError(f"{path.name}: {exc}") from None
