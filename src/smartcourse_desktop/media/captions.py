"""WebVTT captions as plain cue records, with lookup by time and text search.

Parsed with webvtt-py; the player draws them itself (in Qt), so libVLC never sees them. Where
webvtt-py is more lenient than the W3C WebVTT parser (timestamps such as `00:00:1.0`, NUL
characters, character references), the text is prepared and the cues checked here to match it.
"""

from __future__ import annotations

import bisect
import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import webvtt
import webvtt.errors

from smartcourse_desktop.system.errors import SmartCourseError, shortened
from smartcourse_desktop.system.i18n import _


class CaptionError(SmartCourseError):
    """A caption file is missing or not valid WebVTT."""


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


TIMESTAMP = re.compile(r"(\d+):(\d+)(?::(\d+))?\.(\d+)")
TIMINGS = re.compile(rf"({TIMESTAMP.pattern})[ \t]*-->[ \t]*({TIMESTAMP.pattern})(?![\d:.])")


def valid_timestamp(match: re.Match[str] | None) -> bool:
    """The W3C "collect a WebVTT timestamp" rules: mm:ss.ttt with mm at most 59 written with two
    digits, or h+:mm:ss.ttt; minutes and seconds two digits up to 59; exactly three fraction digits."""
    if match is None:
        return False
    first, second, third, fraction = match.groups()
    if third is None and (len(first) != 2 or int(first) > 59):
        return False
    parts = (second, third) if third is not None else (second,)
    return len(fraction) == 3 and all(len(p) == 2 and int(p) <= 59 for p in parts)


def valid_timings(line: str) -> bool:
    found = TIMINGS.match(line)
    return found is not None and all(valid_timestamp(TIMESTAMP.fullmatch(found.group(i))) for i in (1, 6))


def prepare(text: str) -> str:
    """The parser's preprocessing (NUL becomes U+FFFD, CR and CRLF end lines), and cue blocks
    whose timings the W3C parser would reject are left out, so they can't become cues."""
    text = text.replace("\0", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")
    header, *blocks = re.split(r"\n{2,}", text)
    return "\n\n".join([header, *(b for b in blocks if _keeps(b.split("\n")))]) + "\n"


def _keeps(lines: list[str]) -> bool:
    """False for a cue block with bad timings (its timings line is the first, or the second after an id)."""
    timing = lines[0] if "-->" in lines[0] else (lines[1] if len(lines) > 1 else "")
    return "-->" not in timing or valid_timings(timing)


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
        parsed = webvtt.from_string(prepare(text))
        cues = [Cue(_seconds(c.start), _seconds(c.end), html.unescape(c.text).strip()) for c in parsed.captions]
    except (webvtt.errors.MalformedFileError, webvtt.errors.MalformedCaptionError, ValueError) as exc:
        raise CaptionError(_("not valid WebVTT: {exc}").format(exc=shortened(str(exc)))) from exc
    return Captions([cue for cue in cues if cue.text and cue.end > cue.start], language)


def load_captions(path: Path, language: str = "") -> Captions:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaptionError(_("cannot read captions {name}: {exc}").format(name=path.name, exc=exc)) from exc
    try:
        if path.suffix.lower() == ".srt":
            from smartcourse_desktop.media.srt import parse_srt

            return Captions(parse_srt(text), language)
        return parse_captions(text, language)
    except CaptionError as exc:
        raise CaptionError(_("{name}: {exc}").format(name=path.name, exc=exc)) from None


PHRASE_END = (",", ";", ":", ".", "!", "?", "–", "—", ")")
PHRASE_START = frozenset({  # a break before one of these starts a new phrase (English, Swedish, German)
    "and", "or", "but", "nor", "so", "yet", "because", "although", "while", "when", "where", "which",
    "who", "whom", "whose", "that", "if", "than", "as", "to", "of", "in", "on", "at", "for", "from",
    "with", "without", "by", "about", "into", "over", "under", "between", "through", "along", "across",
    "och", "eller", "men", "så", "att", "som", "när", "där", "om", "för", "till", "från", "med",
    "utan", "av", "på", "i", "und", "oder", "aber", "dass", "weil", "wenn", "mit", "von", "zu", "für", "auf",
})
LINE = 2.0  # each line costs more than any uneven or mid-phrase break, so the fewest lines win
UNEVEN = 1.0  # times the square of a line's unused share of the width: lines of even length
MID_PHRASE = 0.35  # a break inside a phrase (none after punctuation, a little before a link word)
BEFORE_LINK = 0.1
ORPHAN = 100.0  # one word alone on a line, while the cue has more than one


def caption_lines(text: str, width: float, measure: Callable[[str], float] = len) -> list[str]:
    """The lines to show a cue in, within `width` (as `measure` counts it: characters by default).

    As few lines as fit, broken after punctuation or before a conjunction or preposition where
    possible, of even length, and never one word alone on a line while the cue has more words
    (unless that word is wider than `width` by itself, when the label wraps it).
    """
    words = text.split()
    if not words:
        return []
    if measure(" ".join(words)) <= width:
        return [" ".join(words)]
    return [" ".join(words[start:end]) for start, end in _layout(words, max(width, 1.0), measure)]


def _layout(words: list[str], width: float, measure: Callable[[str], float]) -> list[tuple[int, int]]:
    """The least-cost line breaks, by dynamic programming over word positions."""
    cost = [0.0] + [math.inf] * len(words)
    back = [0] * (len(words) + 1)
    for end in range(1, len(words) + 1):
        for start in range(end - 1, -1, -1):
            length = measure(" ".join(words[start:end]))
            if length > width and end - start > 1:
                break
            total = cost[start] + _line_cost(words, start, end, length, width)
            if total < cost[end]:
                cost[end], back[end] = total, start
    spans, end = [], len(words)
    while end > 0:
        spans.append((back[end], end))
        end = back[end]
    return spans[::-1]


def _line_cost(words: list[str], start: int, end: int, length: float, width: float) -> float:
    cost = LINE + UNEVEN * (max(width - length, 0.0) / width) ** 2
    if end - start == 1 and len(words) > 1:
        cost += ORPHAN
    if end < len(words) and not words[end - 1].endswith(PHRASE_END):
        cost += BEFORE_LINK if words[end].casefold() in PHRASE_START else MID_PHRASE
    return cost
